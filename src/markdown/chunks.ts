import {pointAt} from '../read/decode.js'
import {isBlank, isSpaceOrTab, listMarkerEnd, ThematicBreaks} from './line-syntax.js'

/**
 * How long a piece of Markdown remark reads at once, at least. remark's time
 * grows faster than the length on long documents (it keeps every event of the
 * document, and moves them when a block quote or list closes); read in pieces
 * of a few kilobytes, the whole takes time linear in its length.
 */
export const minChunkLength = 2048

/** Where a document may be cut: an offset at a line start, and that line (1-based). */
export interface ChunkStart {
  offset: number
  line: number
}

/**
 * Where a Markdown document may be cut into pieces that remark reads one at a
 * time, giving the blocks it gives the whole: line starts at which, whatever
 * came before, a new top-level block starts. A line qualifies when it starts
 * at column 1 with no indentation and is:
 *
 * - any line after a blank line: a blank line ends paragraphs and block
 *   quotes, and a line without indentation then ends lists;
 * - an ATX heading (`# …`), which interrupts a paragraph and, not being
 *   indented, continues no block quote or list item;
 * - a bullet with text (`- …`, not a thematic break `- - -`), which
 *   interrupts a paragraph the same way.
 *
 * Only code fences and HTML blocks at the top level carry on past such a
 * line; `parseMarkdownChunks` checks for them after reading each piece.
 * Link reference definitions apply to the whole document, so a document
 * with one (`]:` anywhere) is not cut.
 *
 * @param text
 *   The document, decoded.
 * @param from
 *   Where its Markdown starts (after front matter); a line start.
 * @param minLength
 *   The shortest piece (tests cut finer than documents need).
 * @returns
 *   Candidate offsets, increasing, each with its line (1-based), at least
 *   `minLength` after the previous one (or after `from`).
 */
export function chunkStarts(text: string, from: number, minLength = minChunkLength): ChunkStart[] {
  const starts: ChunkStart[] = []
  if (text.length - from < 2 * minLength || text.includes(']:')) return starts

  const breaks = new ThematicBreaks(text)
  let line = pointAt(text, from).line

  let last = from
  let previousBlank = false
  let start = from
  const length = text.length
  while (start < length) {
    let end = start
    while (end < length) {
      const code = text.charCodeAt(end)
      if (code === 10 || code === 13) break
      end++
    }

    const blank = isBlank(text, start, end)
    if (!blank && start - last >= minLength) {
      breaks.line(start, end)
      if (opensTopLevelBlock(text, start, end, previousBlank, breaks)) {
        starts.push({offset: start, line})
        last = start
      }
    }

    previousBlank = blank
    if (end >= length) break
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
    line++
  }

  return starts
}

/** Whether a non-blank line starts a top-level block whatever precedes it (but fences and HTML). */
function opensTopLevelBlock(text: string, start: number, end: number, previousBlank: boolean, breaks: ThematicBreaks): boolean {
  const code = text.charCodeAt(start)
  if (isSpaceOrTab(code)) return false
  if (previousBlank) return true
  if (code === 35 /* # */) {
    let index = start
    while (index < end && index - start < 7 && text.charCodeAt(index) === 35) index++
    const hashes = index - start
    return hashes <= 6 && (index >= end || isSpaceOrTab(text.charCodeAt(index)))
  }

  if (code === 45 || code === 42 || code === 43 /* - * + */) {
    const markerEnd = listMarkerEnd(text, start, end)
    if (markerEnd === -1 || breaks.at(start, code)) return false
    // Text after the marker: an empty item cannot interrupt a paragraph.
    return !isBlank(text, markerEnd, end)
  }

  return false
}
