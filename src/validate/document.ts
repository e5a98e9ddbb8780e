import {Report} from '../messages/report.js'
import type {ParseResult} from '../pipeline.js'
import {decode} from '../read/decode.js'
import {createSubject, type Subject} from './subject.js'

/**
 * The subject of a parsed document: its result, plus the decoded text rules
 * search (placeholders are found in the source, not only in the values).
 *
 * @param result
 *   What `parse` returned.
 * @param input
 *   The document as given to `parse`; `undefined` when unknown.
 * @param file
 *   File path or name put on messages.
 */
export function documentSubject(
  result: ParseResult,
  input: string | Uint8Array | undefined,
  file: string | undefined
): Subject {
  // Decoding again is cheap, and keeps `parse`'s result free of the text.
  const text = input === undefined ? undefined : decode(input, new Report(file))
  const usable = !result.messages.some(
    (message) => message.ruleId === 'binary-content' || message.ruleId === 'empty-document'
  )
  return createSubject({
    kind: 'document',
    file,
    text,
    profession: result.profession,
    usable,
    positions: result.positions,
    confidence: result.confidence,
    sections: result.sections,
    frontMatter: result.frontMatter,
    messages: result.messages
  })
}
