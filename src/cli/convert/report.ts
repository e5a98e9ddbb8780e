import {failureText} from '../errors.js'
import {messageLines, worstSeverity} from '../message-line.js'
import type {Job} from './job.js'

/** How a job ended. */
export type Outcome = 'converted' | 'warned' | 'failed' | 'crashed'

/** Counts of outcomes. */
export type Tally = Record<Outcome, number>

/** How to print. */
export interface ReportOptions {
  quiet: boolean
  debug: boolean
}

/** A tally at zero. */
export function createTally(): Tally {
  return {converted: 0, warned: 0, failed: 0, crashed: 0}
}

/**
 * How a job ended: crashed (a bug), failed (unreadable, unparsed, unwritable,
 * or an error message), warned (output, with warnings), or converted.
 */
export function outcomeOf(job: Job): Outcome {
  if (job.failure) return job.failure.internal ? 'crashed' : 'failed'
  if (!job.result) return 'failed'
  const worst = worstSeverity(job.result.messages)
  if (worst === 'error' || (job.target !== undefined && !job.written)) return 'failed'
  return worst === 'warning' ? 'warned' : 'converted'
}

/**
 * The lines of one finished job: its messages, then its failure if any.
 *
 * @param job
 *   The finished job.
 * @param options
 *   Quiet and debug.
 */
export function jobText(job: Job, options: ReportOptions): string {
  let text = job.result ? messageLines(job.result.messages, job.source.path, options) : ''
  if (job.failure) text += failureText(job.failure.reason, job.failure.error, options.debug)
  return text
}

/**
 * The closing line: `4 files: 3 converted (1 with warnings), 1 failed in
 * 0.05 s (80 docs/s)`. Files with warnings are converted too, hence the
 * parentheses.
 *
 * @param tally
 *   Outcomes.
 * @param seconds
 *   Wall time of the run.
 */
export function summaryLine(tally: Tally, seconds: number): string {
  const converted = tally.converted + tally.warned
  const failed = tally.failed + tally.crashed
  const total = converted + failed
  const rate = Math.round(total / Math.max(seconds, 0.001))
  const crashed = tally.crashed > 0 ? ` (${tally.crashed} internal ${tally.crashed === 1 ? 'error' : 'errors'})` : ''
  return (
    `${total} ${total === 1 ? 'file' : 'files'}: ${converted} converted (${tally.warned} with warnings), ` +
    `${failed} failed${crashed} in ${seconds.toFixed(2)} s (${rate} docs/s)`
  )
}

/**
 * The note after the first pass of `--learn`: `learned 5,123 labels from
 * 400 documents`, so a reader knows the output used the batch's vocabulary.
 *
 * @param labels
 *   Distinct labels learned.
 * @param documents
 *   Documents they were learned from.
 */
export function learnedLine(labels: number, documents: number): string {
  return `learned ${count(labels, 'label')} from ${count(documents, 'document')}`
}

function count(value: number, noun: string): string {
  return `${value.toLocaleString('en-US')} ${noun}${value === 1 ? '' : 's'}`
}

/**
 * The note when `--fail-fast` stopped a batch: `stopped at the first failure
 * (--fail-fast): 12 files not converted`, so the summary's counts are not
 * mistaken for the whole batch.
 *
 * @param skipped
 *   Documents never started.
 */
export function stoppedLine(skipped: number): string {
  return `stopped at the first failure (--fail-fast): ${count(skipped, 'file')} not converted`
}
