import {describeError} from '../errors.js'
import type {Job, Settings, Step} from './job.js'
import {learn} from './learn.js'
import {parse} from './parse.js'
import {read} from './read.js'
import {write} from './write.js'

/** The steps every document goes through, in order. */
export const steps: readonly Step[] = [read, parse, write]

/** The first pass of `--learn`: parse to learn the vocabulary, write nothing. */
export const learnSteps: readonly Step[] = [read, parse, learn]

/**
 * Run one job through the steps. A step that reports a failure stops the
 * job; a step that throws is a bug, recorded as an internal failure of this
 * document so the rest of the batch still runs.
 *
 * @param job
 *   The job; updated in place.
 * @param settings
 *   What the steps share.
 * @param pipeline
 *   Steps to run. Default: `steps`.
 */
export async function runJob(job: Job, settings: Settings, pipeline: readonly Step[] = steps): Promise<Job> {
  for (const step of pipeline) {
    if (job.failure) break
    try {
      await step(job, settings)
    } catch (error) {
      job.failure = {
        reason: `${job.source.path}: internal error: ${describeError(error)}`,
        error,
        internal: true
      }
    }
  }

  return job
}

/**
 * Run every job, one after the other so the report is in path order, and
 * hand each to `done` as soon as it finishes (for streaming reports).
 *
 * @param jobs
 *   Jobs to run.
 * @param settings
 *   What the steps share.
 * @param done
 *   Called with each finished job.
 * @param pipeline
 *   Steps to run. Default: `steps`.
 */
export async function runJobs(
  jobs: readonly Job[],
  settings: Settings,
  done: (job: Job) => void,
  pipeline: readonly Step[] = steps
): Promise<void> {
  for (const job of jobs) {
    done(await runJob(job, settings, pipeline))
  }
}
