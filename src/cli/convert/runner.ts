import type {Lexicon} from '../../segment/lexicon.js'
import {finish, runTask, type Finished} from './document.js'
import {createJob, type Settings, type Task} from './job.js'
import {internalFailure} from './pipeline.js'
import type {ReportOptions} from './report.js'
import {createSettings, type RunConfig} from './settings.js'
import type {Vocabulary} from './vocabulary.js'

/** Runs the tasks of a batch, on this thread or on workers. */
export interface Runner {
  /** Threads that parse (1 on the main thread). */
  readonly threads: number
  /** Most documents to have started and not yet reported. */
  readonly window: number
  /** Run one task; never rejects (a bug becomes a crashed document). */
  run(task: Task): Promise<Finished>
  /** Use the vocabulary learned by a first pass for the tasks that follow. */
  learned(vocabulary: Vocabulary): void
  /** Release threads; the runner is not used after. */
  close(): Promise<void>
}

/**
 * Run every task on this thread: for small batches, where starting workers
 * (each loading the parser) costs more than it saves, and for `--concurrency 1`.
 *
 * @param config
 *   The run's configuration.
 * @param lexicon
 *   The `--lexicon` files, already loaded.
 */
export async function createInlineRunner(config: RunConfig, lexicon: readonly Lexicon[]): Promise<Runner> {
  const settings: Settings = await createSettings(config, lexicon)
  return {
    threads: 1,
    window: 4,
    async run(task) {
      return runTask(task, settings, config).catch((error: unknown) => crashed(task, error, config))
    },
    learned(vocabulary) {
      // Learned labels first: the batch's own names guide its lists; the user's lexicons still link.
      settings.lexicon = [vocabulary.lexicon, ...lexicon]
    },
    async close() {}
  }
}

/**
 * A task that hit a bug outside the steps (a worker that died, a result
 * that could not be sent back), as a crashed document.
 *
 * @param task
 *   The task.
 * @param error
 *   What was thrown.
 * @param options
 *   How to report.
 */
export function crashed(task: Task, error: unknown, options: ReportOptions): Finished {
  return finish(createJob(task.source, internalFailure(task.source.path, error)), options)
}
