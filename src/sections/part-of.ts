import type {Point, Position} from 'unist'
import {textInSource} from './text-in-source.js'

/** The source a block's text was read from, to place a part of it exactly. */
export interface PartSource {
  /** The document, as the block's position counts it (the decoded text; for HTML the page). */
  source: string
  /** The block's text (`block.text`) the offset is into. */
  text: string
}

/**
 * Where the `length` characters at `offset` in a block's text are in the
 * source, for values read from part of a line (a label of a run-on list, the
 * value after `Heading: `, a misspelt word).
 *
 * With `within`, the text is aligned with the source slice of the block (see
 * `textInSource`): the part gets the line, column and offset of its first
 * character, past collapsed whitespace, markup and character references
 * (`&amp;` → where the reference starts), and ends after its last, also on a
 * later line of the block.
 *
 * Without it (a detector that has no source at hand), or when the position
 * has no offsets (YAML front matter), the text is taken as the source line
 * less what was collapsed or decoded: on one line the offset is a column to
 * within those, and never past the block's end. A block over several lines
 * has lost its line breaks: an offset into it is no column, so the part is
 * placed at the whole block.
 *
 * @param position
 *   The block's position.
 * @param offset
 *   Where the part starts in the block's text.
 * @param length
 *   Its length; `undefined` to end where the block ends.
 * @param within
 *   The source and the block's text, to place the part exactly.
 */
export function partOf(
  position: Position,
  offset: number,
  length?: number | undefined,
  within?: PartSource | undefined
): Position {
  return partsOf(position, within)(offset, length)
}

/**
 * `partOf` for several parts of one block (the labels of a run-on line): the
 * text is aligned with the source once.
 */
export function partsOf(
  position: Position,
  within?: PartSource | undefined
): (offset: number, length?: number | undefined) => Position {
  const aligned = within ? textInSource(within.source, position, within.text) : undefined
  if (aligned) return (offset, length) => aligned.place(offset, length)
  return (offset, length) => columnsOf(position, offset, length)
}

/** The part as columns of a one-line block; the whole block over several lines. */
function columnsOf(position: Position, offset: number, length: number | undefined): Position {
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
