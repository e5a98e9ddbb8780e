/**
 * Where each character of a decoded text node is in the HTML source. The
 * node's value differs from its source slice where character references
 * (`&amp;`) were decoded, CRLF was normalised (the LF maps to the CR, where
 * the line ends) and a stray tag was dropped; every other character is
 * where it was. Linear in the slice.
 *
 * @param raw
 *   The node's source slice.
 * @param value
 *   The node's decoded value.
 * @param start
 *   Offset of the slice in the source.
 */
export function sourceOffsets(raw: string, value: string, start: number): (index: number) => number {
  if (raw === value) return (index) => start + index
  const offsets = new Int32Array(value.length)
  let r = 0
  for (let index = 0; index < value.length; index++) {
    // A tag the parser dropped inside the text's slice (a second `<html>` or `<body>`).
    while (raw.charCodeAt(r) === 60 /* < */ && value.charCodeAt(index) !== 60) {
      const close = raw.indexOf('>', r)
      if (close === -1) break
      r = close + 1
    }

    // CRLF, normalised to LF: the line ending starts at the CR.
    if (raw.charCodeAt(r) === 13 && value.charCodeAt(index) === 10 && raw.charCodeAt(r + 1) === 10) {
      offsets[index] = start + r
      r += 2
      continue
    }

    offsets[index] = start + Math.min(r, raw.length)
    const end = raw.charCodeAt(r) === 38 /* & */ ? referenceEnd(raw, r) : r
    // A reference, unless its text is in the value as is (`&b` that is not one).
    if (end > r + 1 && !value.startsWith(raw.slice(r, end), index)) {
      // One may decode to two code units (an astral character): both map to it.
      if (isLowSurrogate(value.charCodeAt(index + 1))) offsets[++index] = start + r
      r = end
    } else {
      r++
    }
  }

  return (index) => offsets[index] ?? start + raw.length
}

/** End of a character reference starting at `&`: after its `;`, or after its name. */
function referenceEnd(raw: string, at: number): number {
  let end = at + 1
  while (end < raw.length && end - at < 40 && isReferenceCharacter(raw.charCodeAt(end))) end++
  return raw.charCodeAt(end) === 59 /* ; */ ? end + 1 : end
}

function isReferenceCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 35
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc_00 && code <= 0xdf_ff
}
