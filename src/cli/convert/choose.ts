import os from 'node:os'
import type {Lexicon} from '../../segment/lexicon.js'
import {createInlineRunner, type Runner} from './runner.js'
import type {RunConfig} from './settings.js'

/**
 * How many documents a batch needs before one worker per core beats the
 * main thread alone, on a machine with `cores` cores. A worker loads the
 * parser (and the lexicons) again and warms up its own compiled code, and
 * the main thread alone already keeps about 1.4 cores busy (V8 collects
 * garbage and compiles on helper threads). Measured on 2 cores with the dev
 * corpus: one thread is as fast or faster up to 1,600 documents (`npm run
 * bench`: 7.1 s against 8.0 s), two workers are faster at 4,000 (9 s against
 * 11 s) and 15,000. Each further core takes a share of the per-document
 * time, so the break-even falls with the number of cores (an estimate: only
 * 2 cores were measured).
 *
 * @param cores
 *   Cores available; with 1, workers never pay.
 */
export function poolFrom(cores: number): number {
  return cores < 2 ? Number.POSITIVE_INFINITY : Math.ceil(2000 / (cores - 1))
}

/**
 * The runner for a batch. With `--concurrency N`, N workers (1: the main
 * thread). Without, the main thread for a batch too small to pay for
 * starting workers (`poolFrom`), else one worker per core.
 *
 * @param config
 *   The run's configuration.
 * @param lexicon
 *   The `--lexicon` files, loaded (used on the main thread only).
 * @param documents
 *   Documents to convert.
 * @param concurrency
 *   `--concurrency`, if given.
 * @param failFast
 *   `--fail-fast`: documents go to workers one at a time.
 */
export async function chooseRunner(
  config: RunConfig,
  lexicon: readonly Lexicon[],
  documents: number,
  concurrency: number | undefined,
  failFast = false
): Promise<Runner> {
  const cores = os.availableParallelism()
  const threads = Math.min(concurrency ?? cores, documents)
  const small = concurrency === undefined && documents < poolFrom(cores)
  if (threads <= 1 || small) return createInlineRunner(config, lexicon)
  const {createPoolRunner} = await import('./pool.js')
  return createPoolRunner(config, threads, failFast ? 1 : undefined)
}
