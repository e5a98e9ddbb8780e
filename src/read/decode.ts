import type {Report} from '../messages/report.js'

/**
 * Turn input into text: strip a byte order mark, decode UTF-8 bytes (invalid
 * sequences become U+FFFD with a warning), and refuse binary content.
 *
 * @returns
 *   The text, or `undefined` when the input is binary (an error is reported).
 */
export function decode(input: string | Uint8Array, report: Report): string | undefined {
  return decodeText(input, report)?.text
}

/** Decoded text, and what one scan of it found. */
export interface DecodedText {
  text: string
  /**
   * The text has no control characters and no whitespace but spaces and
   * line breaks (LF, CR): no tab, no no-break space. Its lines then need no
   * look for such whitespace when they are collapsed (see `collapseSpaces`).
   */
  plain: boolean
}

/**
 * Control characters (tab, form feed and vertical tab among them) and
 * whitespace other than spaces and line breaks, in one class: both what
 * makes a text look binary and what `collapse` looks for besides spaces.
 * The class lists `\s`'s members; a test holds it to `\s`.
 */
export const unusualCharacter = /[\0-\x09\x0B\x0C\x0E-\x1F\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/

/** `decode`, also telling whether the text is plain (see `DecodedText`). */
export function decodeText(input: string | Uint8Array, report: Report): DecodedText | undefined {
  const decoded = typeof input === 'string' ? {text: input, invalid: false} : decodeBytes(input)
  const value = decoded.text.charCodeAt(0) === 0xfe_ff ? decoded.text.slice(1) : decoded.text
  // One native scan; a plain text (almost every page) cannot look binary.
  const plain = !unusualCharacter.test(value)

  // A binary file is refused with one error: its bytes are rarely UTF-8, and
  // a warning about them would say nothing more.
  if (!plain && looksBinary(value)) {
    report.add({
      ruleId: 'binary-content',
      severity: 'error',
      reason: 'Unexpected binary content (NUL or control characters), expected a text or Markdown document'
    })
    return undefined
  }

  if (decoded.invalid) {
    report.add({
      ruleId: 'invalid-utf8',
      severity: 'warning',
      reason: 'Unexpected invalid UTF-8, expected UTF-8 text; invalid bytes were replaced with U+FFFD',
      // Placed in the text as returned, after any byte order mark.
      place: pointAt(value, Math.max(0, value.indexOf('\uFFFD')))
    })
  }

  return {text: value, plain}
}

/** Bytes as text, and whether some were not valid UTF-8 (they are U+FFFD in the text). */
function decodeBytes(bytes: Uint8Array): {text: string; invalid: boolean} {
  // UTF-16 with a byte order mark, as some Windows tools save text.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {text: new TextDecoder('utf-16le').decode(bytes), invalid: false}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {text: new TextDecoder('utf-16be').decode(bytes), invalid: false}

  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), invalid: false}
  } catch {
    return {text: new TextDecoder('utf-8').decode(bytes), invalid: true}
  }
}

/** Control characters other than tab, line feed, form feed and carriage return (NUL among them). */
const controlCharacter = /[\0-\x08\x0B\x0E-\x1F]/

/** NUL anywhere in the first 8 KiB, or more than 10% control characters. */
function looksBinary(text: string): boolean {
  const length = Math.min(text.length, 8192)
  // Text has none: one native scan says so (a third of the time of the loop).
  if (!controlCharacter.test(length === text.length ? text : text.slice(0, length))) return false
  let control = 0
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0) return true
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++
  }

  return length > 0 && control / length > 0.1
}

/** Line and column of an offset; lines end at LF, CRLF or a lone CR. */
export function pointAt(text: string, offset: number): {line: number; column: number; offset: number} {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }

  return {line, column: offset - lineStart + 1, offset}
}
