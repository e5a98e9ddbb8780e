import {readDocument, readFailure} from '../read-document.js'
import type {Step} from './job.js'

/**
 * Read the document's bytes, if it is a regular file no larger than
 * `--max-file-size` (a larger one is skipped unread); decoding is the
 * parser's job (it warns on bad UTF-8).
 */
export const read: Step = async (job, settings) => {
  try {
    job.bytes = await readDocument(job.source.path, settings.maxFileSize)
  } catch (error) {
    job.failure = {reason: readFailure(job.source.path, error), error, internal: false}
  }
}
