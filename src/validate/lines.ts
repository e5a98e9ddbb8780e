import type {Point, Position} from 'unist'

/** Offsets ↔ line/column in one text, built once per document. */
export interface LineIndex {
  /** The 1-based point of a 0-based offset. */
  point(offset: number): Point
  /** The offset of a point; `undefined` past the text. */
  offset(point: Pick<Point, 'line' | 'column'> & {offset?: number | undefined}): number | undefined
  /** The text of a 1-based line, without its line ending. */
  line(line: number): string
}

/**
 * Index the line starts of a text (linear, once), so points and offsets
 * convert in logarithmic time. Lines end at LF, CRLF or a lone CR, as the
 * parser's front ends (and vfile) count them.
 *
 * @param text
 *   The document.
 */
export function lineIndex(text: string): LineIndex {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++
    if (code === 10 || code === 13) starts.push(index + 1)
  }

  return {
    point(offset) {
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if (starts[middle]! <= offset) low = middle
        else high = middle - 1
      }

      return {line: low + 1, column: offset - starts[low]! + 1, offset}
    },
    offset(point) {
      if (point.offset !== undefined) return point.offset
      const start = starts[point.line - 1]
      return start === undefined ? undefined : start + point.column - 1
    },
    line(line) {
      const start = starts[line - 1]
      if (start === undefined) return ''
      let end = starts[line] ?? text.length
      if (end > start && text.charCodeAt(end - 1) === 10) end--
      if (end > start && text.charCodeAt(end - 1) === 13) end--
      return text.slice(start, end)
    }
  }
}

/** The range of a position as offsets, when both ends can be found. */
export function rangeOf(index: LineIndex, position: Position): [number, number] | undefined {
  const start = index.offset(position.start)
  const end = index.offset(position.end)
  return start === undefined || end === undefined ? undefined : [start, end]
}
