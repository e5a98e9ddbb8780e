import type {Job, Settings, Task} from './job.js'
import {createJob} from './job.js'
import type {Lesson} from './lesson.js'
import {learnSteps, runJob, steps} from './pipeline.js'
import {jobText, outcomeOf, type Outcome, type ReportOptions} from './report.js'

/**
 * A finished document as plain data, small enough to send back from a
 * worker: the parse result stays behind, only what is reported and output
 * comes back.
 */
export interface Finished {
  outcome: Outcome
  /** Its report lines for stderr (messages, then failure), newline-terminated. */
  text: string
  /** The profession JSON, for standard output. */
  json?: string | undefined
  /** Its JSON Lines record (`--jsonl`); UTF-8 bytes when it comes from a worker. */
  line?: string | Uint8Array | undefined
  /** What it teaches (the first pass of `--learn`). */
  lesson?: Lesson | undefined
}

/**
 * Run one task through its pass's steps, on whichever thread.
 *
 * @param task
 *   The document and where it goes.
 * @param settings
 *   What the steps share.
 * @param options
 *   How to report.
 */
export async function runTask(task: Task, settings: Settings, options: ReportOptions): Promise<Finished> {
  const job = createJob(task.source)
  job.target = task.target
  await runJob(job, settings, task.pass === 'learn' ? learnSteps : steps)
  return finish(job, options)
}

/**
 * What is left of a job once it has run (or failed before running).
 *
 * @param job
 *   The job.
 * @param options
 *   How to report.
 */
export function finish(job: Job, options: ReportOptions): Finished {
  const finished: Finished = {outcome: outcomeOf(job), text: jobText(job, options)}
  if (job.json !== undefined && !job.target) finished.json = job.json
  if (job.line !== undefined) finished.line = job.line
  if (job.lesson) {
    finished.lesson = job.lesson
    // A learning pass reports nothing: the converting pass reads every document again.
    finished.text = ''
  }

  return finished
}
