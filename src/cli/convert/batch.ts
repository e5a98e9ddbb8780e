import type {Progress} from '../progress.js'
import {finish, type Finished} from './document.js'
import type {Job} from './job.js'
import {runInOrder} from './ordered.js'
import type {ReportOptions} from './report.js'
import type {Runner} from './runner.js'
import {Vocabulary} from './vocabulary.js'

/** What both passes of a batch use. */
export interface Batch {
  /** The jobs, in report order; those that failed before running (no input, no output name) included. */
  jobs: readonly Job[]
  runner: Runner
  progress: Progress
  report: ReportOptions
  /** Most documents started and not yet reported. */
  window: number
}

/**
 * The first pass of `--learn`: parse every convertible document and take in
 * what it teaches, in input order (so the vocabulary is the same whatever
 * the concurrency). Nothing is reported or written: the second pass reads
 * every document again and reports on it.
 *
 * @param batch
 *   The batch.
 */
export async function learnPass(batch: Batch): Promise<Vocabulary> {
  const vocabulary = new Vocabulary()
  const jobs = batch.jobs.filter((job) => !job.failure)
  batch.progress.start(jobs.length, 'learning')
  await runInOrder(
    jobs,
    (job) => batch.runner.run({source: job.source, target: undefined, pass: 'learn'}),
    (finished) => {
      if (finished.lesson) vocabulary.learn(finished.lesson)
      batch.progress.tick()
    },
    batch.window
  )
  vocabulary.finish()
  return vocabulary
}

/**
 * The converting pass: every document through find → read → parse → write,
 * handed to `emit` in input order; jobs that failed before running are
 * emitted in their place.
 *
 * @param batch
 *   The batch.
 * @param emit
 *   Takes each finished document; returns `false` to stop starting more.
 * @returns
 *   How many documents were never started because `emit` stopped the batch.
 */
export async function convertPass(
  batch: Batch,
  emit: (finished: Finished) => Promise<boolean | void>
): Promise<number> {
  let emitted = 0
  batch.progress.start(batch.jobs.length, 'converting')
  await runInOrder(
    batch.jobs,
    async (job) =>
      job.failure
        ? finish(job, batch.report)
        : batch.runner.run({source: job.source, target: job.target, pass: 'convert'}),
    async (finished) => {
      emitted++
      batch.progress.log(finished.text)
      batch.progress.tick()
      return emit(finished)
    },
    batch.window
  )
  return batch.jobs.length - emitted
}
