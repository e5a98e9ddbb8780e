import type {List, ListItem, Paragraph, Parents, Root} from 'mdast'
import type {Point, Position} from 'unist'
import {scanLine, type ScannedLine} from './scan-line.js'
import './mdast-data.js'

/**
 * Tokenize loose text (a copy-pasted web page) into an mdast tree.
 *
 * One pass over the lines, linear in the input. The tree keeps what the layout
 * says and Markdown would lose: blank-line gaps (`data.blankLinesBefore`),
 * indentation (`data.indent`) and bullets (`data.marker`). Indented text under a
 * bullet becomes a paragraph of that item (a description), not a code block.
 *
 * @param text
 *   The document, already decoded (see `decode`).
 * @returns
 *   An mdast `root` of `paragraph` and `list` > `listItem` nodes with positions.
 */
export function tokenizeText(text: string): Root {
  const builder = new TreeBuilder(text)
  const length = text.length
  let start = 0
  let line = 1

  // Line ends are found with a native search; a text with a lone `\r`
  // (old Mac) is scanned by hand.
  const loneCarriageReturn = text.includes('\r') && /\r(?!\n)/.test(text)

  while (start <= length) {
    let end: number
    if (loneCarriageReturn) {
      end = start
      while (end < length) {
        const code = text.charCodeAt(end)
        if (code === 10 || code === 13) break
        end++
      }
    } else {
      end = text.indexOf('\n', start)
      if (end === -1) end = length
      else if (end > start && text.charCodeAt(end - 1) === 13) end--
    }

    builder.line(scanLine(text, start, end), line, start)

    if (end >= length) break
    // `\r\n` is one line ending.
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
    line++
  }

  return builder.done()
}

interface OpenList {
  list: List
  /** Indentation of the bullets of this list. */
  indent: number
  /** The item lines attach to. */
  item: ListItem
}

class TreeBuilder {
  private readonly root: Root
  private readonly stack: OpenList[] = []
  private paragraph: Paragraph | undefined
  /** Whether `paragraph` is the text on a bullet line (it never continues). */
  private paragraphIsLabel = false
  private blankLines = 0
  private lastEnd: Point

  constructor(private readonly text: string) {
    const start = {line: 1, column: 1, offset: 0}
    this.root = {type: 'root', children: [], position: {start, end: start}}
    this.lastEnd = start
  }

  line(scanned: ScannedLine, line: number, lineStart: number): void {
    if (scanned.contentStart === scanned.contentEnd) {
      this.blankLines++
      return
    }

    const start = this.point(line, lineStart, scanned.contentStart)
    const end = this.point(line, lineStart, scanned.contentEnd)

    if (scanned.marker === undefined) {
      this.textLine(scanned, start, end)
    } else {
      this.bulletLine(scanned, line, lineStart, start, end)
    }

    this.blankLines = 0
    this.lastEnd = end
  }

  done(): Root {
    this.closeParagraph()
    this.root.position!.end = this.lastEnd
    return this.root
  }

  private textLine(scanned: ScannedLine, start: Point, end: Point): void {
    const value = this.text.slice(scanned.contentStart, scanned.contentEnd)
    const open = this.paragraph

    if (
      open &&
      !this.paragraphIsLabel &&
      this.blankLines === 0 &&
      open.data?.indent === scanned.indent
    ) {
      const text = open.children[0]
      if (text?.type === 'text') {
        text.value += '\n' + value
        text.position!.end = end
      }

      open.position!.end = end
      this.extend(end)
      return
    }

    this.closeParagraph()
    // Text at or left of a bullet ends that list.
    while (this.stack.length > 0 && scanned.indent <= this.stack.at(-1)!.indent) {
      this.stack.pop()
    }

    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [{type: 'text', value, position: {start, end}}],
      position: {start, end},
      data: {blankLinesBefore: this.blankLines, indent: scanned.indent}
    }
    this.container().children.push(paragraph)
    this.paragraph = paragraph
    this.paragraphIsLabel = false
    this.extend(end)
  }

  private bulletLine(
    scanned: ScannedLine,
    line: number,
    lineStart: number,
    start: Point,
    end: Point
  ): void {
    this.closeParagraph()
    const marker = scanned.marker!
    const ordered = isOrdered(marker)

    while (this.stack.length > 0 && this.stack.at(-1)!.indent > scanned.indent) {
      this.stack.pop()
    }

    const item: ListItem = {
      type: 'listItem',
      spread: false,
      children: [],
      position: {start, end},
      data: {blankLinesBefore: this.blankLines, indent: scanned.indent, marker}
    }

    if (scanned.textStart < scanned.contentEnd) {
      const textStart = this.point(line, lineStart, scanned.textStart)
      const position: Position = {start: textStart, end}
      const value = this.text.slice(scanned.textStart, scanned.contentEnd)
      const label: Paragraph = {
        type: 'paragraph',
        children: [{type: 'text', value, position}],
        position: {start: textStart, end},
        data: {blankLinesBefore: 0, indent: scanned.indent}
      }
      item.children.push(label)
      this.paragraph = label
      this.paragraphIsLabel = true
    }

    const top = this.stack.at(-1)
    // A double blank line or another kind of bullet starts a new list: the
    // gap is how copy-pasted pages separate groups whose headings were lost.
    if (
      top &&
      top.indent === scanned.indent &&
      this.blankLines < 2 &&
      isOrdered(top.list.children[0]?.data?.marker ?? '') === ordered
    ) {
      if (this.blankLines > 0) top.list.spread = true
      top.list.children.push(item)
      top.list.position!.end = end
      top.item = item
    } else {
      if (top && top.indent === scanned.indent) this.stack.pop()
      const list: List = {
        type: 'list',
        ordered,
        spread: false,
        children: [item],
        position: {start, end},
        data: {blankLinesBefore: this.blankLines}
      }
      if (ordered) list.start = Number.parseInt(marker, 10)
      this.container().children.push(list)
      this.stack.push({list, indent: scanned.indent, item})
    }

    this.extend(end)
  }

  /** The node new blocks go in: the innermost open item, or the root. */
  private container(): Parents & {children: Array<Paragraph | List>} {
    const top = this.stack.at(-1)
    return (top ? top.item : this.root) as Parents & {children: Array<Paragraph | List>}
  }

  /** Stretch the open items and lists to cover `end`. */
  private extend(end: Point): void {
    for (const open of this.stack) {
      open.list.position!.end = end
      open.item.position!.end = end
    }
  }

  private closeParagraph(): void {
    this.paragraph = undefined
    this.paragraphIsLabel = false
  }

  private point(line: number, lineStart: number, offset: number): Point {
    return {line, column: offset - lineStart + 1, offset}
  }
}

function isOrdered(marker: string): boolean {
  const code = marker.charCodeAt(0)
  return code >= 48 && code <= 57
}
