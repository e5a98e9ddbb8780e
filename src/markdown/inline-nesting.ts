import type {Point} from 'unist'

/**
 * Emphasis marks and brackets of one paragraph (or heading), measured line
 * by line for `checkMarkdownNesting`: how deeply they nest, and the work
 * micromark does resolving them.
 *
 * micromark resolves emphasis and links per paragraph, and each emphasis
 * it closes (and each `]` it reads) makes it splice the events of the
 * paragraph, so the work grows with the number of closers times the length
 * of the paragraph; nested ones cost more still (`*a *a … b* b*` 4,000 deep,
 * 24 KB, takes ten seconds). The nesting is the number of marks or brackets
 * still open when a closing one comes, read generously: a mark between two
 * letters opens when nothing is open, code spans and autolinks are not
 * skipped.
 */
export class InlineNesting {
  /** Work so far, in the units of `checkMarkdownNesting`. */
  work = 0
  /** Characters of the paragraph before the current line. */
  private characters = 0
  /** Emphasis marks (`*`, `_`) open. */
  private marks = 0
  /** Brackets (`[`, `![`) open. */
  private brackets = 0

  constructor(private readonly text: string) {}

  /** Start a new paragraph (or none). */
  reset(): void {
    this.characters = 0
    this.marks = 0
    this.brackets = 0
  }

  /**
   * Read the paragraph text of a line, from `at` to `end`.
   *
   * @returns
   *   Where marks or brackets first nest deeper than `limit`, or `undefined`.
   */
  line(at: number, end: number, limit: number, line: number, lineStart: number): Point | undefined {
    const text = this.text
    for (let index = at; index < end; index++) {
      const code = text.charCodeAt(index)
      if (code === 92 /* \ */) {
        index++
      } else if (code === 91 /* [ */) {
        this.brackets++
      } else if (code === 93 /* ] */) {
        if (this.brackets === 0) continue
        if (this.brackets > limit) return {line, column: index - lineStart + 1, offset: index}
        this.brackets--
        this.close(index - at)
      } else if (code === 42 /* * */ || code === 95 /* _ */) {
        let runEnd = index + 1
        while (runEnd < end && text.charCodeAt(runEnd) === code) runEnd++
        const run = runEnd - index
        // Line starts and ends count as whitespace.
        const before = index > at && !isWhitespace(text.charCodeAt(index - 1))
        const after = runEnd < end && !isWhitespace(text.charCodeAt(runEnd))
        const closes = before && (!after || (code === 42 && this.marks > 0))
        const opens = after && !closes && (!before || code === 42)
        if (closes && this.marks > 0) {
          if (this.marks > limit) return {line, column: index - lineStart + 1, offset: index}
          this.marks = Math.max(0, this.marks - run)
          this.close(index - at)
        } else if (opens) {
          this.marks += run
        }

        index = runEnd - 1
      }
    }

    this.characters += end - at + 1
    return undefined
  }

  /** A closing mark or bracket `offset` characters into the line: micromark splices the paragraph's events. */
  private close(offset: number): void {
    this.work += (this.characters + offset) / 10
  }
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}
