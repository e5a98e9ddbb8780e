/**
 * Start-up: a single-file CLI run against `node -e 0`, alternating, median
 * of many runs (a single start-up is a few tens of milliseconds, noise
 * included).
 */
import {fileURLToPath} from 'node:url'
import {runNode} from './batch.js'
import {median} from './corpus.js'

const bin = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url))

/** Whether the built CLI has a command (`validate` may not have landed yet). */
export async function hasCommand(name) {
  return (await runNode([bin, name, '--help'])).code === 0
}

/**
 * Median wall times of `node -e 0` and of each CLI command run on `file`.
 *
 * @param commands
 *   Commands to time, e.g. `['parse', 'validate']`.
 * @returns
 *   `{nodeMs, commands: {parse: {ms, ratio}, …}}`.
 */
export async function startup(commands, file, runs) {
  const times = {node: []}
  for (const command of commands) times[command] = []
  for (let run = 0; run < runs; run++) {
    times.node.push((await runNode(['-e', '0'])).ms)
    for (const command of commands) times[command].push((await runNode([bin, command, file])).ms)
  }

  const nodeMs = median(times.node)
  const result = {nodeMs, commands: {}}
  for (const command of commands) {
    const ms = median(times[command])
    result.commands[command] = {ms, ratio: ms / nodeMs}
  }

  return result
}
