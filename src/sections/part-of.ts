import type {Point, Position} from 'unist'

/**
 * Where the `length` characters at `offset` in a block's text are in the
 * source, for values read from part of a line (a label of a run-on list, the
 * value after `Heading: `, a misspelt word).
 *
 * The text is the source line less what was collapsed or decoded (runs of
 * spaces, markup, character references), so on one line the offset is a
 * column to within those, and never past the block's end. A block over
 * several lines has lost its line breaks: an offset into it is no column, so
 * the part is placed at the whole block.
 *
 * @param position
 *   The block's position.
 * @param offset
 *   Where the part starts in the block's text.
 * @param length
 *   Its length; `undefined` to end where the block ends.
 */
export function partOf(position: Position, offset: number, length?: number | undefined): Position {
  const {start, end} = position
  if (start.line !== end.line) return position
  const span = end.column - start.column
  const at = (delta: number): Point => {
    const clamped = Math.max(0, Math.min(delta, span))
    return {
      line: start.line,
      column: start.column + clamped,
      offset: start.offset === undefined ? undefined : start.offset + clamped
    }
  }

  return {start: at(offset), end: length === undefined ? end : at(offset + length)}
}
