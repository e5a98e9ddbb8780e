import type {Report} from '../messages/report.js'

/**
 * Turn input into text: strip a byte order mark, decode UTF-8 bytes (invalid
 * sequences become U+FFFD with a warning), and refuse binary content.
 *
 * @returns
 *   The text, or `undefined` when the input is binary (an error is reported).
 */
export function decode(input: string | Uint8Array, report: Report): string | undefined {
  const text = typeof input === 'string' ? input : decodeBytes(input, report)
  const value = text.charCodeAt(0) === 0xfe_ff ? text.slice(1) : text

  if (looksBinary(value)) {
    report.add({
      ruleId: 'binary-content',
      severity: 'error',
      reason: 'Unexpected binary content (NUL or control characters), expected a text or Markdown document'
    })
    return undefined
  }

  return value
}

function decodeBytes(bytes: Uint8Array, report: Report): string {
  // UTF-16 with a byte order mark, as some Windows tools save text.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)

  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes)
    const index = text.indexOf('\uFFFD')
    report.add({
      ruleId: 'invalid-utf8',
      severity: 'warning',
      reason: 'Unexpected invalid UTF-8, expected UTF-8 text; invalid bytes were replaced with U+FFFD',
      place: pointAt(text, Math.max(0, index))
    })
    return text
  }
}

/** NUL anywhere in the first 8 KiB, or more than 10% control characters. */
function looksBinary(text: string): boolean {
  const length = Math.min(text.length, 8192)
  let control = 0
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0) return true
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++
  }

  return length > 0 && control / length > 0.1
}

/** Line and column of an offset. */
export function pointAt(text: string, offset: number): {line: number; column: number; offset: number} {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    if (text.charCodeAt(index) === 10) {
      line++
      lineStart = index + 1
    }
  }

  return {line, column: offset - lineStart + 1, offset}
}
