import {formatFromPath} from '../../read/format.js'
import type {Step} from './job.js'

/**
 * Parse the document. Its format is the one asked for, else its extension's.
 * Messages carry the path as found, which is what the report prints.
 */
export const parse: Step = async (job, settings) => {
  if (!job.bytes) return
  job.result = await settings.parse(job.bytes, {
    format: settings.format ?? formatFromPath(job.source.path),
    file: job.source.path,
    lexicon: settings.lexicon,
    detectors: job.source.plugins === undefined ? undefined : settings.detectors[job.source.plugins],
    locale: settings.locale
  })
  // The bytes are not needed past this point; a large batch should not hold them.
  job.bytes = undefined
}
