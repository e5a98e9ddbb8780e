/*
 * The line syntax of CommonMark that `checkMarkdownNesting` needs: where
 * container markers, thematic breaks, fences and other blocks start. Every
 * function is linear in the line.
 */

/** A place in the current line: offset and column (a tab advances to the next multiple of 4). */
export class Cursor {
  at = 0
  column = 0
  private end = 0

  constructor(private readonly text: string) {}

  line(start: number, end: number): void {
    this.at = start
    this.column = 0
    this.end = end
  }

  reset(at: number, column: number): void {
    this.at = at
    this.column = column
  }

  /** The character here; NaN at the end of the line. */
  code(): number {
    return this.at < this.end ? this.text.charCodeAt(this.at) : Number.NaN
  }

  advance(): void {
    this.at++
    this.column++
  }

  /** Skip spaces and tabs up to `limit` columns (a tab may overshoot); returns the columns skipped. */
  skip(limit: number): number {
    const from = this.column
    while (this.at < this.end && this.column - from < limit) {
      const code = this.text.charCodeAt(this.at)
      if (code === 32) this.column++
      else if (code === 9) this.column += 4 - (this.column % 4)
      else break
      this.at++
    }

    return this.column - from
  }
}

export function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9
}

export function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (!isSpaceOrTab(text.charCodeAt(index))) return false
  }

  return true
}

/**
 * The end of a list marker at `at` (`-`, `+`, `*`, or 1–9 digits and `.` or
 * `)`) when whitespace or the line end follows it; -1 otherwise.
 */
export function listMarkerEnd(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at)
  let markerEnd: number
  if (code === 45 || code === 43 || code === 42) {
    markerEnd = at + 1
  } else {
    markerEnd = at
    while (markerEnd < end && markerEnd - at < 9 && isDigit(text.charCodeAt(markerEnd))) markerEnd++
    if (markerEnd === at) return -1
    const delimiter = text.charCodeAt(markerEnd)
    if (markerEnd >= end || (delimiter !== 46 /* . */ && delimiter !== 41) /* ) */) return -1
    markerEnd++
  }

  return markerEnd >= end || isSpaceOrTab(text.charCodeAt(markerEnd)) ? markerEnd : -1
}

/**
 * Whether the rest of a line from a `-` or `*` is a thematic break, in time
 * linear in the line however many markers are asked about: only a marker
 * in the line's tail of markers and spaces can start one, and the first
 * such marker that does not leaves at most two more to ask about.
 */
export class ThematicBreaks {
  private start = 0
  private end = 0
  /** Start of the line's tail of `-` and spaces, and of `*` and spaces; -1 until needed. */
  private dashes = -1
  private stars = -1

  constructor(private readonly text: string) {}

  line(start: number, end: number): void {
    this.start = start
    this.end = end
    this.dashes = -1
    this.stars = -1
  }

  at(at: number, marker: number): boolean {
    if (marker === 45 /* - */) {
      if (this.dashes === -1) this.dashes = this.tail(marker)
      return at >= this.dashes && isThematicBreak(this.text, at, this.end, marker)
    }

    if (marker === 42 /* * */) {
      if (this.stars === -1) this.stars = this.tail(marker)
      return at >= this.stars && isThematicBreak(this.text, at, this.end, marker)
    }

    return false
  }

  private tail(marker: number): number {
    let tail = this.end
    while (tail > this.start) {
      const code = this.text.charCodeAt(tail - 1)
      if (code !== marker && !isSpaceOrTab(code)) break
      tail--
    }

    return tail
  }
}

/** Whether the rest of the line is a thematic break of `marker` (`- - -`, `***`): three or more, and only spaces besides. */
function isThematicBreak(text: string, at: number, end: number, marker: number): boolean {
  let count = 0
  for (let index = at; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === marker) count++
    else if (!isSpaceOrTab(code)) return false
  }

  return count >= 3
}

/** Whether a line starts a block that cannot continue a paragraph lazily: a heading, a fence, HTML, a thematic break. */
export function startsBlock(text: string, at: number, end: number): boolean {
  const code = text.charCodeAt(at)
  if (code === 35 /* # */ || code === 60 /* < */ || startsFence(text, at, end)) return true
  return (code === 45 || code === 42 || code === 95) /* - * _ */ && isThematicBreak(text, at, end, code)
}

/**
 * Whether a code fence starts at `at`: three or more backticks or tildes, and
 * after backticks no other backtick on the line (else it is inline code).
 */
export function startsFence(text: string, at: number, end: number): boolean {
  const code = text.charCodeAt(at)
  if ((code !== 96 /* ` */ && code !== 126) /* ~ */ || text.charCodeAt(at + 1) !== code || text.charCodeAt(at + 2) !== code) return false
  if (code === 126) return true
  let index = at + 3
  while (index < end && text.charCodeAt(index) === code) index++
  while (index < end && text.charCodeAt(index) !== code) index++
  return index >= end
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
