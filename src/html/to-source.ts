import type {Root} from 'mdast'
import type {Point, Position} from 'unist'
import type {Block} from '../sections/block.js'
import type {VirtualText} from './virtual-text.js'

/**
 * Move positions from the rendered text to the HTML source, on the blocks
 * and on the mdast tree (a position object shared by both is moved once).
 * Lines and blank-line gaps were counted in the rendered text; what users
 * see in messages and `result.positions` is where the text is in their file.
 *
 * @param blocks
 *   The flattened blocks.
 * @param tree
 *   The tree they were flattened from.
 * @param text
 *   The rendered text, which knows where its characters come from.
 * @param source
 *   The HTML.
 */
export function toSource(blocks: Block[], tree: Root, text: VirtualText, source: string): void {
  const lines = lineStarts(source)
  const moved = new Map<Position, Position>()
  const point = (virtual: Point): Point => {
    const offset = Math.max(0, Math.min(source.length, text.sourceOffset(virtual.offset ?? 0)))
    const line = lineOf(lines, offset)
    return {line: line + 1, column: offset - lines[line]! + 1, offset}
  }

  const move = (position: Position): Position => {
    let result = moved.get(position)
    if (!result) {
      result = {start: point(position.start), end: point(position.end)}
      moved.set(position, result)
    }

    return result
  }

  const pending: Block[] = [...blocks]
  while (pending.length > 0) {
    const block = pending.pop()!
    block.position = move(block.position)
    // Loops, not `push(...list)`: spreading 100,000 items or more overflows the stack.
    for (const detail of block.details) pending.push(detail)
  }

  const nodes: Array<{position?: Position | undefined; children?: unknown[]}> = [tree]
  while (nodes.length > 0) {
    const node = nodes.pop()!
    if (node.position) node.position = move(node.position)
    if (node.children) for (const child of node.children as typeof nodes) nodes.push(child)
  }
}

/** Start offset of every line (LF, CRLF or CR). */
function lineStarts(source: string): number[] {
  const starts = [0]
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code === 10 || (code === 13 && source.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }

  return starts
}

/** Index of the line holding `offset`. */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }

  return low
}
