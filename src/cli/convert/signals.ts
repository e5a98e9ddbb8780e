/** Signals that end a run early from outside (Ctrl-C, `kill`). */
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * Run `cleanup` if the process is interrupted, then die of the same signal
 * as if nothing had listened (exit status 128 + n, as shells expect).
 * Listening for a signal replaces Node's default of dying, hence the
 * re-raise. `kill -9` cannot be caught: what it leaves is hidden temporary
 * files, never a half-written output.
 *
 * @param cleanup
 *   Synchronous: nothing asynchronous runs once the signal is re-raised.
 * @returns
 *   Stops listening.
 */
export function onInterrupt(cleanup: () => void): () => void {
  const listener = (signal: NodeJS.Signals) => {
    release()
    try {
      cleanup()
    } finally {
      process.kill(process.pid, signal)
    }
  }

  const release = () => {
    for (const signal of signals) process.off(signal, listener)
  }

  for (const signal of signals) process.once(signal, listener)
  return release
}
