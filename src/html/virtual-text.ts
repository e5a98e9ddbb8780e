import type {Point} from 'unist'

/**
 * The page as it reads when rendered: its text, one block per line, with
 * blank lines where the layout puts space between blocks. The mdast tree of
 * an HTML page is positioned in this text, so that `flatten` counts lines and
 * blank-line gaps as it does on a copy-pasted page; every character written
 * from the source keeps where it came from, so positions can be mapped back
 * to the HTML (see `toSource`).
 */
export class VirtualText {
  value = ''
  private line = 1
  private lineStart = 0
  /** Blank lines owed before the next character; `undefined` while a line is open. */
  private pending: number | undefined = 0
  /** Offsets where the distance to the source changes, and the source offset there. */
  private readonly anchors: number[] = []
  private readonly sources: number[] = []

  /** End the open line; at least `blankLines` blank lines come before the next text. */
  breakLine(blankLines: number): void {
    this.pending = Math.max(this.pending ?? 0, blankLines)
  }

  /** Whether text has been written on the current line. */
  get lineOpen(): boolean {
    return this.pending === undefined
  }

  /**
   * Write one character (or a surrogate pair).
   *
   * @param source
   *   Offset of the character in the HTML, if it comes from there.
   * @param sourceEnd
   *   Offset after it in the HTML, when known: a character decoded from a
   *   reference (`&#39;`) is longer there than here, and a position ending
   *   just after it ends after the reference's `;`.
   */
  write(character: string, source: number | undefined, sourceEnd?: number | undefined): void {
    this.begin()
    if (source !== undefined) {
      const last = this.anchors.length - 1
      const expected = last < 0 ? -1 : this.sources[last]! + (this.value.length - this.anchors[last]!)
      if (expected !== source) {
        this.anchors.push(this.value.length)
        this.sources.push(source)
      }
    }

    this.value += character
    if (source !== undefined && sourceEnd !== undefined && sourceEnd !== source + character.length) {
      this.anchors.push(this.value.length)
      this.sources.push(sourceEnd)
    }

    // A `<br>` inside a paragraph.
    if (character === '\n') {
      this.line++
      this.lineStart = this.value.length
    }
  }

  /** Write the line breaks owed, and return the point the next character goes to. */
  begin(): Point {
    if (this.pending !== undefined) {
      if (this.value.length > 0) this.newlines(this.pending + 1)
      this.pending = undefined
    }

    return this.here()
  }

  /** The point just after the last character written. */
  here(): Point {
    const offset = this.value.length
    return {line: this.line, column: offset - this.lineStart + 1, offset}
  }

  /** The offset in the source an offset in this text comes from. */
  sourceOffset(offset: number): number {
    let low = 0
    let high = this.anchors.length - 1
    if (high < 0 || offset < this.anchors[0]!) return this.sources[0] ?? 0
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.anchors[middle]! <= offset) low = middle
      else high = middle - 1
    }

    return this.sources[low]! + (offset - this.anchors[low]!)
  }

  private newlines(count: number): void {
    this.value += '\n'.repeat(count)
    this.line += count
    this.lineStart = this.value.length
  }
}
