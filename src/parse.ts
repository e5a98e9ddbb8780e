import {readHtml} from './html/read-html.js'
import {parseMarkdown} from './markdown/parse-markdown.js'
import {runPipeline, type ParseOptions, type ParseResult} from './pipeline.js'
import {checkDocument} from './read/input.js'

export type {ParseOptions, ParseResult, SectionInfo} from './pipeline.js'

/**
 * Parse a profession document — a copy-pasted careers page, a Markdown
 * profile or a saved HTML page — into the profession model.
 *
 * Never throws on bad input: an empty, binary or unrecognisable document
 * gives what could be found plus an error message saying why.
 *
 * @param input
 *   The document, as text or as UTF-8 bytes.
 * @param options
 *   Format, detectors, lexicons and file name for messages (`null` is no options).
 * @throws {TypeError}
 *   When `input` is not a document at all (`null`, a number, …): a mistake
 *   in the calling code, not in the document.
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  return runPipeline(checkDocument(input, 'parse'), options ?? {}, {markdown: parseMarkdown, html: readHtml})
}
