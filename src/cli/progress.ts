/**
 * What a batch tells about its progress. Report lines go through `log`, so
 * they never tear the bar.
 */
export interface Progress {
  /** Start (or restart, for a second pass) counting towards `total`. */
  start(total: number, label: string): void
  /** One more document done. */
  tick(): void
  /** Print report text (newline-terminated lines) above the bar. */
  log(text: string): void
  /** Remove the bar, printing any report text still held back. */
  stop(): void
}

/**
 * Whether to draw a progress bar: only on a terminal, never under CI (whose
 * logs are not terminals, whatever they claim) or with `--no-progress`.
 *
 * @param stream
 *   Where the bar would go (stderr).
 * @param wanted
 *   `false` for `--no-progress`.
 */
export function showProgress(stream: NodeJS.WritableStream, wanted: boolean): boolean {
  const ci = process.env['CI']
  const underCi = ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false'
  return wanted && !underCi && (stream as {isTTY?: boolean}).isTTY === true
}

/**
 * Progress on `stream`: a bar with done/total, docs/s and ETA (cli-progress,
 * loaded only when shown), or, when not shown, report text written straight
 * through.
 *
 * @param stream
 *   Where to draw (stderr).
 * @param show
 *   Whether to draw the bar (see `showProgress`).
 */
export async function createProgress(stream: NodeJS.WritableStream, show: boolean): Promise<Progress> {
  if (!show) {
    return {
      start() {},
      tick() {},
      log(text) {
        if (text !== '') stream.write(text)
      },
      stop() {}
    }
  }

  const {default: cliProgress} = await import('cli-progress')
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: '{label} [{bar}] {value}/{total} | {rate} docs/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      // Average the ETA over more documents than the default 10: parse times vary by layout.
      etaBuffer: 200
    },
    cliProgress.Presets.shades_classic
  )
  let bar: ReturnType<typeof bars.create> | undefined
  let started = 0
  let done = 0

  return {
    start(total, label) {
      if (bar) bars.remove(bar)
      started = performance.now()
      done = 0
      bar = bars.create(total, 0, {label, rate: 0})
    },
    tick() {
      done++
      const seconds = (performance.now() - started) / 1000
      bar?.increment(1, {rate: seconds > 0 ? Math.round(done / seconds) : 0})
    },
    log(text) {
      // MultiBar prints logged text above the bars on its next redraw.
      if (text !== '') bars.log(text)
    },
    stop() {
      // `stop` does not print what is still held back: redraw once first.
      bars.update()
      bars.stop()
    }
  }
}
