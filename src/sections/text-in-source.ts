import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {Point, Position} from 'unist'

/**
 * Where each character of a block's plain text is in the source.
 *
 * The text is its source slice less what reading it left out or changed:
 * runs of whitespace (line breaks, tabs, NBSP) collapsed to one space,
 * markup (`*`, `_`, `` ` ``, `\`, brackets, link destinations, bullets,
 * indentation, HTML tags) dropped, character references (`&amp;`) decoded.
 * Both are walked left to right: a character of the text is the next source
 * character equal to it, a space the next run of source whitespace, a
 * decoded character the reference it came from; source in between is
 * skipped. Linear in the slice (each look-ahead is bounded), no regular
 * expressions.
 */
export interface TextInSource {
  /** Where the `length` characters at `offset` in the text are (to the block's end when `length` is `undefined`). */
  place(offset: number, length?: number | undefined): Position
}

/** Characters skipped one by one before a text character counts as added (a space the text put between two runs). */
const reach = 64
/** Source looked at for one text character at most, skipped markup included. */
const horizon = 4096

/**
 * Characters the whole alignment may look at, per character of the slice and
 * the text: a text whose characters are not in the source (or unclosed `<`
 * repeated) would otherwise look far ahead for each. Past it the text is
 * taken as not in the slice.
 */
const budgetPerCharacter = 16

/** What is left of the alignment's budget. */
interface Budget {
  left: number
}

/** A source unit a text character matched: from `start` to `end`, standing for `length` text characters. */
interface Match {
  start: number
  end: number
  length: number
}

/**
 * Align `text` with the source slice of `position`.
 *
 * @returns
 *   `undefined` when the position has no offsets (YAML front matter) or the
 *   text is not in the slice (less than half its characters were found).
 */
export function textInSource(source: string, position: Position, text: string): TextInSource | undefined {
  const from = position.start.offset
  const to = position.end.offset
  if (from === undefined || to === undefined || to < from || to > source.length) return undefined
  // A text with no reference and no two whitespace characters in a row is most often its slice as
  // it is, or its slice with runs of spaces made one: both are placed without walking.
  if (!text.includes('&') && !doubleWhitespace.test(text)) {
    if (to - from === text.length && source.startsWith(text, from)) return verbatim(source, position, text)
    const runs = spaceRuns(source, from, to, text)
    if (runs) return spaced(source, position, text, runs)
  }

  return walk(source, position, text)
}

/**
 * `textInSource` by walking the text and the slice character by character:
 * what the quick roads (`verbatim`, `spaced`) give the same for the texts
 * they take, and the one road for any other.
 *
 * @returns
 *   `undefined` when the text is not in the slice.
 */
export function walk(source: string, position: Position, text: string): TextInSource | undefined {
  const from = position.start.offset!
  const to = position.end.offset!
  const starts = new Int32Array(text.length)
  const ends = new Int32Array(text.length)
  let at = from
  let added = 0
  const budget: Budget = {left: budgetPerCharacter * (to - from + text.length) + 1024}
  for (let index = 0; index < text.length; ) {
    // Most characters are the next source character as they are: matched
    // here, as `find` would on its first look, without a `Match` made.
    const code = text.charCodeAt(index)
    if (at < to) {
      const next = source.charCodeAt(at)
      if (isWhitespace(code) ? isWhitespace(next) : next === code && code !== 38 /* & */) {
        budget.left--
        starts[index] = at
        at = isWhitespace(code) ? whitespaceEnd(source, at + 1, to) : at + 1
        ends[index] = at
        index++
        continue
      }
    }

    const match = find(source, at, to, text, index, budget)
    if (budget.left < 0) return undefined
    if (match) {
      for (let part = 0; part < match.length; part++) {
        starts[index + part] = match.start
        ends[index + part] = match.end
      }

      index += match.length
      at = match.end
    } else {
      starts[index] = at
      ends[index] = at
      added++
      index++
    }
  }

  if (added * 2 > text.length) return undefined
  const point = pointsFrom(source, position.start, to)
  return {
    place(offset, length) {
      const first = Math.max(0, Math.min(offset, text.length))
      const start = first < text.length ? starts[first]! : to
      if (length === undefined) return {start: point(start), end: position.end}
      const last = Math.min(first + length, text.length) - 1
      const end = last >= first ? ends[last]! : start
      return {start: point(start), end: point(end)}
    }
  }
}

/** Two whitespace characters in a row (`\s` is `isWhitespace`'s set). */
const doubleWhitespace = /\s\s/

/**
 * The runs of two spaces or more in the slice that the text has as one
 * space, when the slice is otherwise the text as it is (a copy-pasted line
 * with double spaces): the parts between them are compared natively, not
 * character by character. The text has no reference and no two whitespace
 * characters in a row, so each of its characters is the walk's next source
 * character, and a space before a run stands for the whole run.
 *
 * @returns
 *   Per run, the text offset after its space and the source offset after
 *   the run; `undefined` when the slice differs from the text otherwise.
 */
function spaceRuns(source: string, from: number, to: number, text: string): number[] | undefined {
  // Searched within the slice alone: a search of the source would run on past it to the next run of
  // spaces, for every block, however long the document.
  const slice = source.slice(from, to)
  const runs: number[] = []
  let at = 0
  let index = 0
  for (;;) {
    const run = slice.indexOf('  ', at)
    // The part up to the run's first space (or the slice's end), which the text has as it is.
    const end = run === -1 ? slice.length : run + 1
    const length = end - at
    if (index + length > text.length || !slice.startsWith(text.slice(index, index + length), at)) return undefined
    index += length
    if (end === slice.length) return index === text.length ? runs : undefined
    at = run + 2
    while (at < slice.length && slice.charCodeAt(at) === 32) at++
    runs.push(index, from + at)
  }
}

/** `textInSource` of a slice that is the text with runs of spaces (see `spaceRuns`): what the walk gives, without walking. */
function spaced(source: string, position: Position, text: string, runs: readonly number[]): TextInSource {
  const from = position.start.offset!
  const to = position.end.offset!
  const point = pointsFrom(source, position.start, to)
  // The last run whose space is before `index` in the text, as its index in `runs` (-2 for none): binary search.
  const runBefore = (index: number): number => {
    let low = 0
    let high = runs.length / 2
    while (low < high) {
      const middle = (low + high) >>> 1
      if (runs[middle * 2]! <= index) low = middle + 1
      else high = middle
    }

    return (low - 1) * 2
  }

  const startOf = (index: number): number => {
    const run = runBefore(index)
    return run < 0 ? from + index : runs[run + 1]! + index - runs[run]!
  }

  // A run's space ends where the run does; any other character after itself.
  const endOf = (index: number): number => {
    const run = runBefore(index + 1)
    return run >= 0 && runs[run] === index + 1 ? runs[run + 1]! : startOf(index) + 1
  }

  return {
    place(offset, length) {
      const first = Math.max(0, Math.min(offset, text.length))
      const start = first < text.length ? startOf(first) : to
      if (length === undefined) return {start: point(start), end: position.end}
      const last = Math.min(first + length, text.length) - 1
      return {start: point(start), end: point(last >= first ? endOf(last) : start)}
    }
  }
}

/** `textInSource` of a verbatim slice: what the walk gives, without walking. */
function verbatim(source: string, position: Position, text: string): TextInSource {
  const {length} = text
  const from = position.start.offset!
  const to = position.end.offset!
  const origin = position.start
  // One line (no break in it, as in most): columns count from the block's start.
  const oneLine = !text.includes('\n') && !text.includes('\r')
  const point = oneLine
    ? (offset: number): Point => ({line: origin.line, column: origin.column + offset - from, offset})
    : pointsFrom(source, position.start, to)
  return {
    place(offset, partLength) {
      const first = Math.max(0, Math.min(offset, length))
      const start = from + first
      if (partLength === undefined) return {start: point(start), end: position.end}
      const last = Math.min(first + partLength, length) - 1
      return {start: point(start), end: point(last >= first ? from + last + 1 : start)}
    }
  }
}

/** The source unit the text character at `index` is, looking from `at`. */
function find(source: string, at: number, to: number, text: string, index: number, budget: Budget): Match | undefined {
  const wanted = text.charCodeAt(index)
  const space = isWhitespace(wanted)
  let skipped = 0
  let afterTag = false
  let offset = at
  while (offset < to && skipped <= reach && offset - at <= horizon) {
    budget.left--
    const code = source.charCodeAt(offset)
    if (code === 38 /* & */) {
      const reference = referenceAt(source, offset, to)
      // A reference read as is (a copy-pasted page, inline code) is its characters.
      if (reference && !text.startsWith(source.slice(offset, reference.end), index)) {
        if (space ? isWhitespaceText(reference.value) : text.startsWith(reference.value, index)) {
          return space
            ? {start: offset, end: whitespaceEnd(source, reference.end, to), length: 1}
            : {start: offset, end: reference.end, length: reference.value.length}
        }

        offset = reference.end
        skipped++
        continue
      }
    }

    if (space) {
      if (isWhitespace(code)) return {start: offset, end: whitespaceEnd(source, offset + 1, to), length: 1}
      // A tag the text reads as a break (`<br>`, an inline block) right before the next word.
      if (afterTag && index + 1 < text.length && code === text.charCodeAt(index + 1)) {
        return {start: offset, end: offset, length: 1}
      }
    } else if (code === wanted) {
      return {start: offset, end: offset + 1, length: 1}
    }

    const markup = markupEnd(source, offset, Math.min(to, offset + horizon), budget)
    afterTag = markup > offset && code === 60 /* < */
    if (markup > offset) offset = markup
    else {
      offset++
      skipped++
    }
  }

  return undefined
}

/**
 * End of markup the text leaves out as a whole, at `offset`: an HTML tag or
 * comment, a Markdown link destination `](…)` or reference `][…]`; `offset`
 * when there is none.
 */
function markupEnd(source: string, offset: number, to: number, budget: Budget): number {
  const code = source.charCodeAt(offset)
  const next = source.charCodeAt(offset + 1)
  if (code === 60 /* < */) {
    if (next === 33 /* ! */ && source.startsWith('<!--', offset)) {
      // Each `>` until the one that ends `-->`.
      let from = offset + 4
      for (;;) {
        const close = closeOf(source, from, to, 62, budget)
        if (close === from) return offset
        if (source.charCodeAt(close - 2) === 45 && source.charCodeAt(close - 3) === 45 /* -- */) return close
        from = close
      }
    }

    // A tag: `<name`, `</name` or `<!…`, `<?…`, up to its `>` (not an autolink `<https://…>`).
    let name = offset + 1
    if (next === 47 /* / */) name++
    else if (next === 33 || next === 63 /* ? */) return closeOf(source, offset, to, 62 /* > */, budget)
    if (!isAsciiLetter(source.charCodeAt(name))) return offset
    while (name < to && isTagNameCharacter(source.charCodeAt(name))) name++
    const after = source.charCodeAt(name)
    if (after !== 62 && after !== 47 && !isWhitespace(after)) return offset
    return closeOf(source, name, to, 62, budget)
  }

  if (code === 93 /* ] */ && next === 40 /* ( */) return destinationEnd(source, offset + 2, to, budget)
  if (code === 93 && next === 91 /* [ */) return closeOf(source, offset + 2, to, 93, budget)
  return offset
}

/** After the first `close` from `offset`, or `offset` when there is none before `to`. */
function closeOf(source: string, offset: number, to: number, close: number, budget: Budget): number {
  for (let index = offset; index < to; index++) {
    if (source.charCodeAt(index) === close) {
      budget.left -= index - offset
      return index + 1
    }
  }

  budget.left -= to - offset
  return offset
}

/** After the `)` that closes a link destination (nested parentheses, `\)`), or `start - 2` when there is none. */
function destinationEnd(source: string, start: number, to: number, budget: Budget): number {
  let depth = 1
  for (let index = start; index < to; index++) {
    budget.left--
    const code = source.charCodeAt(index)
    if (code === 92 /* \ */) index++
    else if (code === 40) depth++
    else if (code === 41 && --depth === 0) return index + 1
  }

  return start - 2
}

/** A character reference at `offset` (`&amp;`, `&#39;`, `&#x27;`) and what it decodes to. */
function referenceAt(source: string, offset: number, to: number): {end: number; value: string} | undefined {
  let end = offset + 1
  while (end < to && end - offset < 40 && isReferenceCharacter(source.charCodeAt(end))) end++
  if (end === offset + 1 || source.charCodeAt(end) !== 59 /* ; */ || end >= to) return undefined
  const name = source.slice(offset + 1, end)
  if (name.charCodeAt(0) === 35 /* # */) {
    const hex = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88 /* x X */
    const digits = name.slice(hex ? 2 : 1)
    if (digits === '' || !(hex ? /^[\da-f]+$/i : /^\d+$/).test(digits)) return undefined
    const code = Number.parseInt(digits, hex ? 16 : 10)
    const valid = code > 0 && code <= 0x10_ff_ff && (code < 0xd8_00 || code > 0xdf_ff)
    return {end: end + 1, value: valid ? String.fromCodePoint(code) : '\uFFFD'}
  }

  const value = decodeNamedCharacterReference(name)
  return value === false ? undefined : {end: end + 1, value}
}

/** After the run of whitespace (and whitespace references) from `offset`. */
function whitespaceEnd(source: string, offset: number, to: number): number {
  let end = offset
  while (end < to) {
    if (isWhitespace(source.charCodeAt(end))) end++
    else {
      const reference = source.charCodeAt(end) === 38 ? referenceAt(source, end, to) : undefined
      if (!reference || !isWhitespaceText(reference.value)) break
      end = reference.end
    }
  }

  return end
}

/**
 * Points from offsets in `start.offset`…`to`, counting the line endings
 * (LF, CRLF, CR) after `start`.
 */
function pointsFrom(source: string, start: Point, to: number): (offset: number) => Point {
  const from = start.offset!
  // Offsets where a line after the block's first starts; none for a one-line block.
  const lines: number[] = []
  for (let index = from; index < to; index++) {
    const code = source.charCodeAt(index)
    if (code === 10 || (code === 13 && source.charCodeAt(index + 1) !== 10)) lines.push(index + 1)
  }

  return (offset) => {
    // Lines started at or before `offset`, by halving: a block of many lines may have many parts.
    let line = 0
    let high = lines.length
    while (line < high) {
      const middle = (line + high) >>> 1
      if (lines[middle]! <= offset) line = middle + 1
      else high = middle
    }

    const lineStart = line === 0 ? from - (start.column - 1) : lines[line - 1]!
    return {line: start.line + line, column: offset - lineStart + 1, offset}
  }
}

function isWhitespace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x16_80 ||
    (code >= 0x20_00 && code <= 0x20_0a) ||
    code === 0x20_28 ||
    code === 0x20_29 ||
    code === 0x20_2f ||
    code === 0x20_5f ||
    code === 0x30_00 ||
    code === 0xfe_ff
  )
}

function isWhitespaceText(value: string): boolean {
  return value.length === 1 && isWhitespace(value.charCodeAt(0))
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isTagNameCharacter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 45 /* - */ || code === 58 /* : */
}

function isReferenceCharacter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 35 /* # */
}
