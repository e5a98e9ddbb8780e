import {parse, type ParseOptions} from '../parse.js'
import {formatProfession} from './format-profession.js'

/**
 * Parse a document (any format `parse` reads) and write it as canonical
 * Markdown: `formatProfession(parse(input, options).profession)`.
 *
 * Idempotent: formatting canonical Markdown gives it back unchanged.
 *
 * @param input
 *   The document, as text or UTF-8 bytes.
 * @param options
 *   Parse options (input format, detectors, lexicons).
 */
export function format(input: string | Uint8Array, options: ParseOptions = {}): string {
  return formatProfession(parse(input, options).profession, {detectors: options.detectors})
}
