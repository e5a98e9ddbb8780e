import type {Point, Position} from 'unist'
import {rangeOf} from './lines.js'
import type {Subject} from './subject.js'

/**
 * Where a piece of a value is in the source: the value's recorded position
 * narrowed to `needle` when the source text there contains it (values are
 * cleaned while extracted, so the piece is searched for rather than
 * computed). Falls back to the value's position, then to its parent's.
 *
 * @param subject
 *   The subject, with its text and positions.
 * @param pointer
 *   JSON Pointer of the value.
 * @param needle
 *   The piece to find, as it appears in the value.
 * @param occurrence
 *   Which occurrence of `needle` in the value, from 0.
 */
export function locateIn(
  subject: Subject,
  pointer: string,
  needle: string,
  occurrence = 0
): Position | Point | undefined {
  const position = positionOf(subject, pointer)
  if (!position) return undefined
  const {text, lines} = subject
  if (text === undefined || lines === undefined) return position
  const range = rangeOf(lines, position)
  if (!range) return position
  const haystack = text.slice(range[0], range[1]).toLowerCase()
  const lower = needle.toLowerCase()
  let found = haystack.indexOf(lower)
  for (let count = 0; count < occurrence && found !== -1; count++) found = haystack.indexOf(lower, found + 1)
  if (found === -1) return position
  const start = range[0] + found
  return {start: lines.point(start), end: lines.point(start + needle.length)}
}

/**
 * The recorded position of a value, or of its nearest parent that has one
 * (`/knowledge/0/description` → `/knowledge/0` → `/knowledge`).
 *
 * @param subject
 *   The subject.
 * @param pointer
 *   JSON Pointer of the value.
 */
export function positionOf(subject: Pick<Subject, 'positions'>, pointer: string): Position | undefined {
  for (let current = pointer; current !== ''; current = current.slice(0, current.lastIndexOf('/'))) {
    const position = subject.positions[current]
    if (position) return position
  }

  return undefined
}
