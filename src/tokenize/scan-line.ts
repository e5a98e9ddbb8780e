/**
 * Character classes of the loose-text layout, scanned by hand so every line
 * costs time linear in its length (no regular expression touches user text).
 */

/** Bullets seen on copy-pasted careers pages and in hand-written lists. */
const bullets = '•·▪◦–—‣●○■□▸►➢✓✔*-+'

/** Bullets that cannot be ordinary text, so they need no space after them. */
const glyphs = '•▪◦‣●○■□▸►➢'

const bullet = 1
const glyph = 2

/**
 * `bullet` and `glyph` flags by character code, below the first code past
 * every bullet: one indexed read per line, where a `Set` look-up hashed the
 * code first.
 */
const bulletFlags = (() => {
  const codes = [...bullets].map((character) => character.charCodeAt(0))
  const flags = new Uint8Array(Math.max(...codes) + 1)
  for (const code of codes) flags[code]! |= bullet
  for (const character of glyphs) flags[character.charCodeAt(0)]! |= glyph
  return flags
})()

function hasFlag(code: number, flag: number): boolean {
  return code < bulletFlags.length && (bulletFlags[code]! & flag) !== 0
}

const tabSize = 4

/** Whitespace inside a line, including the no-break spaces web pages copy as. */
export function isSpace(code: number): boolean {
  // Most characters are ASCII, where a space or a tab is all there is to rule out.
  if (code < 0xa0) return code === 32 /* space */ || code === 9 /* tab */
  return (
    code === 0xa0 /* no-break space */ ||
    code === 0x20_2f /* narrow no-break space */ ||
    code === 0x20_07 /* figure space */ ||
    code === 0x30_00 /* ideographic space */ ||
    code === 0x20_0b /* zero-width space */ ||
    code === 0xfe_ff /* BOM inside the text */ ||
    (code >= 0x20_00 && code <= 0x20_0a)
  )
}

/** What one line holds, with offsets into the whole text. */
export interface ScannedLine {
  /** Indentation width (a tab advances to the next multiple of 4). */
  indent: number
  /** Offset of the first non-space character (or of the line end when blank). */
  contentStart: number
  /** Offset after the last non-space character. */
  contentEnd: number
  /** The bullet, when the line is a list item. */
  marker: string | undefined
  /** Offset of the item text after the bullet and its spaces. */
  textStart: number
}

/**
 * Scan the line `text.slice(start, end)`.
 *
 * An ASCII bullet or dash counts only when followed by whitespace or the end
 * of the line, so `-5 °C` or `*emphasis*` stay text; glyph bullets such as `•`
 * may touch their text (`•Name`), as copies from web pages often do.
 */
export function scanLine(text: string, start: number, end: number): ScannedLine {
  return scanLineInto(text, start, end, {indent: 0, contentStart: 0, contentEnd: 0, marker: undefined, textStart: 0})
}

/**
 * `scanLine`, written into `line`: the tokenizer reuses one object for
 * every line rather than making one per line.
 */
export function scanLineInto(text: string, start: number, end: number, line: ScannedLine): ScannedLine {
  let indent = 0
  let index = start

  while (index < end && isSpace(text.charCodeAt(index))) {
    indent =
      text.charCodeAt(index) === 9 ? indent + tabSize - (indent % tabSize) : indent + 1
    index++
  }

  let contentEnd = end
  while (contentEnd > index && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--

  line.indent = indent
  line.contentStart = index
  line.contentEnd = contentEnd
  line.marker = undefined
  line.textStart = index
  if (index === contentEnd) return line

  const markerEnd = bulletEnd(text, index, contentEnd)
  if (markerEnd === undefined) return line
  if (
    markerEnd !== contentEnd &&
    !isSpace(text.charCodeAt(markerEnd)) &&
    !hasFlag(text.charCodeAt(index), glyph)
  ) {
    return line
  }

  let textStart = markerEnd
  while (textStart < contentEnd && isSpace(text.charCodeAt(textStart))) textStart++
  line.marker = text.slice(index, markerEnd)
  line.textStart = textStart
  return line
}

/** End offset of a bullet starting at `index`, if there is one. */
function bulletEnd(text: string, index: number, end: number): number | undefined {
  const code = text.charCodeAt(index)
  if (hasFlag(code, bullet)) return index + 1

  // Ordered items: 1 to 3 digits, then `.` or `)`.
  let cursor = index
  while (cursor < end && cursor - index < 3 && isDigit(text.charCodeAt(cursor))) cursor++
  if (cursor === index || cursor === end) return undefined
  const after = text.charCodeAt(cursor)
  return after === 46 /* . */ || after === 41 /* ) */ ? cursor + 1 : undefined
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
