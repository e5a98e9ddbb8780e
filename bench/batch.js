/**
 * Whole-process timings of batch conversion: the built CLI in a child
 * process, against the I/O floor in a child process of the same runtime.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {median} from './corpus.js'

const measureCli = fileURLToPath(new URL('measure-cli.js', import.meta.url))
const ioFloor = fileURLToPath(new URL('io-floor.js', import.meta.url))

/**
 * Run a Node script to the end.
 *
 * @returns
 *   `{ms, code, stderr}`: wall time from spawn to exit.
 */
export function runNode(args, options = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(process.execPath, args, {stdio: ['ignore', 'ignore', 'pipe'], ...options})
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ms: performance.now() - start, code, stderr}))
  })
}

/**
 * One `convert` run of the CLI, with its peak memory.
 *
 * @returns
 *   `{ms, maxRss, summary}`.
 * @throws
 *   When the run fails: a bench of a broken conversion measures nothing.
 */
export async function convert(args) {
  const run = await runNode([measureCli, 'convert', ...args, '--quiet', '--no-progress'])
  const marker = /^@bench (.+)$/m.exec(run.stderr)
  if (!marker || run.code !== 0) throw new Error(`convert ${args.join(' ')} failed (exit ${run.code}):\n${run.stderr}`)
  const {maxRss} = JSON.parse(marker[1])
  const summary = run.stderr.split('\n').find((line) => / files?: \d+ converted/.test(line))
  return {ms: run.ms, maxRss, summary}
}

/**
 * `convert -o` of a folder against the I/O floor on the same folder,
 * alternating, each into a fresh output folder.
 *
 * @returns
 *   `{convertMs, floorMs, ratio, maxRss}`, medians of `rounds` runs.
 */
export async function convertVersusFloor(folder, scratch, rounds) {
  const times = {convert: [], floor: []}
  let maxRss = 0
  for (let round = 0; round < rounds; round++) {
    await fs.rm(scratch, {recursive: true, force: true})
    const converted = await convert([folder, '--out-dir', scratch])
    times.convert.push(converted.ms)
    maxRss = Math.max(maxRss, converted.maxRss)
    await fs.rm(scratch, {recursive: true, force: true})
    const floor = await runNode([ioFloor, folder, scratch])
    if (floor.code !== 0) throw new Error(`I/O floor failed:\n${floor.stderr}`)
    times.floor.push(floor.ms)
  }

  await fs.rm(scratch, {recursive: true, force: true})
  const convertMs = median(times.convert)
  const floorMs = median(times.floor)
  return {convertMs, floorMs, ratio: convertMs / floorMs, maxRss}
}

/**
 * `convert -o` of 1x and of 4x the corpus on `threads` workers (a fixed
 * number, so both sizes run the same way), and of 4x on the main thread
 * alone (`--concurrency 1`), alternating.
 *
 * @returns
 *   `{x1Ms, x4Ms, ratio, x4OneThreadMs, speedup}`: medians; `ratio` is ideally 4 (less, as start-up is
 *   paid once), `speedup` is one thread's time over the workers'.
 */
export async function linearity(x1, x4, scratch, rounds, threads) {
  const times = {x1: [], x4: [], one: []}
  const runs = [['x1', x1, threads], ['x4', x4, threads], ['one', x4, 1]]
  for (let round = 0; round < rounds; round++) {
    for (const [key, folder, concurrency] of runs) {
      await fs.rm(scratch, {recursive: true, force: true})
      times[key].push((await convert([folder, '--out-dir', scratch, '--concurrency', String(concurrency)])).ms)
    }
  }

  await fs.rm(scratch, {recursive: true, force: true})
  const x1Ms = median(times.x1)
  const x4Ms = median(times.x4)
  const x4OneThreadMs = median(times.one)
  return {threads, x1Ms, x4Ms, ratio: x4Ms / x1Ms, x4OneThreadMs, speedup: x4OneThreadMs / x4Ms}
}
