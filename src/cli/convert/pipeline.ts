import {describeError} from '../errors.js'
import type {Job, Settings, Step} from './job.js'
import {learn} from './learn.js'
import {parse} from './parse.js'
import {read} from './read.js'
import {serialise} from './serialise.js'
import {write} from './write.js'

/** The steps every document goes through, in order. */
export const steps: readonly Step[] = [read, parse, serialise, write]

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
      job.failure = internalFailure(job.source.path, error)
    }
  }

  return job
}

/**
 * The failure of a document that hit a bug (a step threw, a worker died),
 * rather than a problem with the document.
 *
 * @param file
 *   The document's path as found.
 * @param error
 *   What was thrown.
 */
export function internalFailure(file: string, error: unknown): Job['failure'] {
  return {reason: `${file}: internal error: ${describeError(error)}`, error, internal: true}
}
