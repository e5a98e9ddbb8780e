import type {Lexicon} from '../../segment/lexicon.js'
import {createInlineRunner, type Runner} from './runner.js'
import type {RunConfig} from './settings.js'

/**
 * Below this many documents a batch runs on the main thread. Each worker
 * loads the parser (and the lexicons) again and warms up its own compiled
 * code: two workers spend about 60% more CPU than one thread on the same
 * batch. Measured on the 2-core machine: at 16 dev-corpus pages one thread
 * finishes first; from about 32 pages up, half the pool's CPU time (its wall
 * time when both cores are free) is below one thread's.
 */
export const inlineBelow = 32

/**
 * The runner for a batch: worker threads when there is enough work to pay
 * for starting them, else the main thread.
 *
 * @param config
 *   The run's configuration.
 * @param lexicon
 *   The `--lexicon` files, loaded (used on the main thread only).
 * @param documents
 *   Documents to convert.
 * @param threads
 *   `--concurrency`.
 */
export async function chooseRunner(
  config: RunConfig,
  lexicon: readonly Lexicon[],
  documents: number,
  threads: number
): Promise<Runner> {
  if (threads <= 1 || documents < inlineBelow) return createInlineRunner(config, lexicon)
  const {createPoolRunner} = await import('./pool.js')
  return createPoolRunner(config, Math.min(threads, documents))
}
