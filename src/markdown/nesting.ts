import type {Point} from 'unist'
import {pointAt} from '../read/decode.js'
import type {ChunkStart} from './chunks.js'
import {InlineNesting} from './inline-nesting.js'
import {Cursor, isBlank, listMarkerEnd, startsBlock, startsFence, ThematicBreaks} from './line-syntax.js'

/**
 * How deeply block quotes and list items, and emphasis marks and brackets,
 * may nest in a Markdown document that remark reads.
 */
export const maxMarkdownDepth = 100

/**
 * How much work whose cost grows faster than the length remark may do on a
 * Markdown document, in the units of `checkMarkdownNesting` (about events
 * moved): a second or two. Profiles need a few thousand (at most 1,600 in
 * the dev corpus); 300 of them joined in one 830 KB file, 23 million.
 */
export const maxMarkdownWork = 50_000_000

/** Why a Markdown document is not given to remark, and where. */
export interface MarkdownRefusal {
  ruleId: 'markdown-too-deep' | 'markdown-too-complex'
  reason: string
  place: Point
}

/** An open block quote, or a list item and the indentation its content needs. */
interface Container {
  quote: boolean
  /** Columns of indentation, past the enclosing container's, that continue the item. */
  width: number
}

/**
 * Measure a Markdown document before remark sees it, in one pass over its
 * lines (linear in the text, no recursion), and refuse what remark cannot
 * read in reasonable time:
 *
 * - nesting deeper than `maxMarkdownDepth` (`markdown-too-deep`): block
 *   quotes and list items (`> > > …`, `- - - …`), where micromark's work per
 *   line grows with the square of the depth; and emphasis marks or
 *   brackets still open when a closing one comes (`*a *b … b* a*`,
 *   `![![…](a)](a)`), whose work grows with the square of their number.
 *   Profiles nest two or three levels; deeper only comes from generated or
 *   hostile files;
 * - work that grows with the square of the length (`markdown-too-complex`):
 *   every block quote or list that a blank line, a heading or a sibling
 *   item closes makes micromark move all the events it has read so far (so
 *   40 KB of `> a` quotes separated by blank lines take over ten seconds),
 *   every lazy line of a paragraph makes it look back over the paragraph,
 *   and every emphasis or bracket it closes makes it splice the paragraph's
 *   events. The estimate adds these up (see `InlineNesting` for the inline
 *   part) and refuses a document past `maxMarkdownWork`.
 *
 * The container rules are those of CommonMark, read generously so the
 * estimates err high: markers count after any indentation (even where
 * CommonMark sees indented code or paragraph text), HTML blocks are read as
 * Markdown, and a list marker after an unfinished item counts as a sibling.
 * Only fenced code is followed, as it must be: what looks like containers
 * there is code.
 *
 * @param text
 *   The document, decoded.
 * @param from
 *   Where its Markdown starts: after the front matter, which is YAML (see
 *   `frontMatterEnd`). A line start.
 * @param starts
 *   Where remark will read the document in pieces (see `chunkStarts`): the
 *   events it holds start over there.
 * @returns
 *   Why the document is refused, or `undefined` when remark may read it.
 */
export function checkMarkdownNesting(
  text: string,
  from = 0,
  starts: readonly ChunkStart[] = []
): MarkdownRefusal | undefined {
  const stack: Container[] = []
  const length = text.length
  const cursor = new Cursor(text)
  const breaks = new ThematicBreaks(text)
  const flow: Flow = {paragraphLines: 0, fence: 0, fenceDepth: 0}
  const inline = new InlineNesting(text)
  // Estimated events micromark's document tokenizer holds so far, and the work so far.
  let events = 0
  let work = 0
  let line = pointAt(text, from).line
  let piece = 0

  let start = from
  while (start <= length) {
    let end = start
    while (end < length) {
      const code = text.charCodeAt(end)
      if (code === 10 || code === 13) break
      end++
    }

    cursor.line(start, end)
    breaks.line(start, end)
    if (piece < starts.length && starts[piece]!.offset === start) {
      events = 0
      piece++
    }

    // Continue the open containers.
    let matched = 0
    const blank = isBlank(text, start, end)
    for (; matched < stack.length; matched++) {
      const container = stack[matched]!
      if (container.quote) {
        const {at, column} = cursor
        cursor.skip(3)
        if (cursor.code() !== 62 /* > */) {
          cursor.reset(at, column)
          break
        }

        cursor.advance()
        cursor.skip(1)
      } else if (!blank) {
        const {at, column} = cursor
        if (cursor.skip(container.width) < container.width) {
          cursor.reset(at, column)
          break
        }
      }
    }

    // Open new ones: `>`, or a list marker followed by whitespace or the line
    // end. Markers count after any indentation, so the depth errs high; in
    // fenced code they are code.
    const closed = stack.length - matched
    const unmatched = stack[matched]
    const contentColumn = cursor.column
    const fresh: Container[] = []
    let indent = 0
    while (!(flow.fence !== 0 && closed === 0)) {
      const {at, column} = cursor
      const skipped = cursor.skip(Number.POSITIVE_INFINITY)
      const markerAt = cursor.at
      const code = cursor.code()
      let container: Container
      if (code === 62 /* > */) {
        container = {quote: true, width: 0}
        cursor.advance()
        cursor.skip(1)
      } else {
        const markerEnd = markerAt < end ? listMarkerEnd(text, markerAt, end) : -1
        if (markerEnd === -1 || breaks.at(markerAt, code)) {
          cursor.reset(at, column)
          break
        }

        const markerColumn = cursor.column + (markerEnd - markerAt)
        cursor.reset(markerEnd, markerColumn)
        const gap = cursor.skip(Number.POSITIVE_INFINITY)
        // An empty item, or one whose content is indented code, needs one column past its marker.
        if (cursor.at >= end || gap > 4) cursor.reset(end, markerColumn + 1)
        container = {quote: false, width: cursor.column - column}
      }

      if (fresh.length === 0) indent = skipped
      fresh.push(container)
      if (matched + fresh.length > maxMarkdownDepth) {
        return {
          ruleId: 'markdown-too-deep',
          reason: `Unexpected Markdown nested more than ${maxMarkdownDepth} block quotes or list items deep, expected at most ${maxMarkdownDepth} levels; read as plain text`,
          place: {line, column: markerAt - start + 1, offset: markerAt}
        }
      }
    }

    const restColumn = cursor.column
    cursor.skip(Number.POSITIVE_INFINITY)
    const rest = cursor.at
    if (fresh.length > 0 && (indent < 4 || flow.paragraphLines === 0)) {
      // A list item replacing an unfinished one closes what was nested in it,
      // and micromark then moves every event it holds.
      if (!fresh[0]!.quote && unmatched && !unmatched.quote && closed > 1) work += events
      stack.length = matched
      for (const container of fresh) stack.push(container)
      // Opening several containers on one line costs about the square of their number.
      if (fresh.length > 1) work += 40 * fresh.length * stack.length
      flow.paragraphLines = 0
      flow.fence = 0
      readFlow(flow, text, rest, end, cursor.column - restColumn, stack.length)
    } else if (fresh.length > 0 || (closed > 0 && lazy(flow, text, rest, end))) {
      // Text continuing a paragraph (CommonMark opens no container after four
      // columns of indentation there), and lazily when containers are left
      // unmatched: micromark then looks back over the whole paragraph.
      if (closed > 0) work += 4 * flow.paragraphLines
      flow.paragraphLines++
    } else if (closed > 0) {
      // Closed by a line of their own (blank, a heading, a fence, a new
      // paragraph): micromark moves every event it holds.
      work += events
      stack.length = matched
      if (flow.fenceDepth > stack.length) flow.fence = 0
      flow.paragraphLines = 0
      readFlow(flow, text, rest, end, cursor.column - contentColumn, stack.length)
    } else {
      readFlow(flow, text, rest, end, cursor.column - contentColumn, stack.length)
    }

    // Emphasis and brackets, per paragraph (a line of its own, such as a heading, is one).
    if (flow.paragraphLines <= 1) inline.reset()
    if (rest < end && flow.fence === 0) {
      const place = inline.line(rest, end, maxMarkdownDepth, line, start)
      if (place) {
        return {
          ruleId: 'markdown-too-deep',
          reason: `Unexpected Markdown nested more than ${maxMarkdownDepth} emphasis marks or brackets deep, expected at most ${maxMarkdownDepth} levels; read as plain text`,
          place
        }
      }
    }

    events += 2 + 6 * stack.length
    if (work + inline.work > maxMarkdownWork) {
      return {
        ruleId: 'markdown-too-complex',
        reason:
          'Unexpected Markdown that would take too long to read (many block quotes, lists or emphasis marks closing, or nested), expected a profile with fewer of them; read as plain text',
        place: {line: 1, column: 1, offset: 0}
      }
    }

    if (end >= length) break
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
    line++
  }

  return undefined
}

/** What the flow content of the innermost container is doing at the end of a line. */
interface Flow {
  /** Lines of the open paragraph (0: none). */
  paragraphLines: number
  /** The fence character of open fenced code (0: none). */
  fence: number
  /** How many containers hold the fenced code. */
  fenceDepth: number
}

/** Whether a line whose containers are not all continued is a lazy line of the open paragraph. */
function lazy(flow: Flow, text: string, at: number, end: number): boolean {
  return flow.fence === 0 && flow.paragraphLines > 0 && at < end && !startsBlock(text, at, end)
}

/**
 * Update the flow state for the content of a line, from `at` (after its
 * containers, `indent` columns in): blank, in or out of fenced code, a block
 * of its own, indented code, or paragraph text.
 */
function readFlow(flow: Flow, text: string, at: number, end: number, indent: number, depth: number): void {
  if (at >= end) {
    flow.paragraphLines = 0
    return
  }

  const code = text.charCodeAt(at)
  if (flow.fence !== 0) {
    if (code === flow.fence && startsFence(text, at, end)) flow.fence = 0
    return
  }

  if (indent >= 4) {
    // Indented code, or the paragraph going on.
    if (flow.paragraphLines > 0) flow.paragraphLines++
    return
  }

  if (startsFence(text, at, end)) {
    flow.fence = code
    flow.fenceDepth = depth
    flow.paragraphLines = 0
  } else if (startsBlock(text, at, end)) {
    flow.paragraphLines = 0
  } else {
    flow.paragraphLines++
  }
}
