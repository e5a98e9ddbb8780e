import {readFile} from 'node:fs/promises'
import {describeError} from '../errors.js'
import type {Step} from './job.js'

/** Read the document's bytes; decoding is the parser's job (it warns on bad UTF-8). */
export const read: Step = async (job) => {
  try {
    job.bytes = await readFile(job.source.path)
  } catch (error) {
    job.failure = {
      reason: `${job.source.path}: cannot read file: ${describeError(error)}`,
      error,
      internal: false
    }
  }
}
