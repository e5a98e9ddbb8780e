import type {List, ListItem, Paragraph, Parents, Root} from 'mdast'
import type {Point, Position} from 'unist'
import {collapseSpaces} from '../extract/text.js'
import type {Block} from '../sections/block.js'
import {leadOfText} from '../sections/flatten.js'
import {scanLineInto, type ScannedLine} from './scan-line.js'
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
  return tokenize(text, false).root
}

/**
 * `tokenizeText` of a plain text (see `decodeText`), with the blocks
 * `flatten(tree, text, {spacesOnly: true})` makes of the tree, made as the
 * lines are read: on a plain text each content line is one block, so a second
 * walk over the tree would only find again what the tokenizer knew.
 *
 * @returns
 *   The tree, and its blocks; `blocks` is `undefined` when the text has a
 *   bullet without a label (`flatten` reads what follows it as the label)
 *   or a zero-width space around a line: flatten the tree then.
 */
export function tokenizePlainText(text: string): {root: Root; blocks: Block[] | undefined} {
  return tokenize(text, true)
}

function tokenize(text: string, withBlocks: boolean): {root: Root; blocks: Block[] | undefined} {
  const builder = new TreeBuilder(text, withBlocks)
  const length = text.length
  let start = 0
  let line = 1
  // One object for every line: the builder reads it and keeps nothing of it.
  const scanned: ScannedLine = {indent: 0, contentStart: 0, contentEnd: 0, marker: undefined, textStart: 0}

  // Line ends are found with a native search; a text with a lone `\r`
  // (old Mac) is scanned by hand.
  const loneCarriageReturn = text.includes('\r') && /\r(?!\n)/.test(text)

  while (start <= length) {
    // An empty line (half the lines of a copy-pasted page): no search, no scan.
    if (text.charCodeAt(start) === 10) {
      builder.blankLine()
      start++
      line++
      continue
    }

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

    builder.line(scanLineInto(text, start, end, scanned), line, start, end)

    if (end >= length) break
    // `\r\n` is one line ending.
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
    line++
  }

  return {root: builder.done(), blocks: builder.blocks}
}

interface OpenList {
  list: List
  /** Indentation of the bullets of this list. */
  indent: number
  /** The item lines attach to. */
  item: ListItem
  /** The block of `item`, when blocks are made. */
  block: Block | undefined
}

class TreeBuilder {
  private readonly root: Root
  private readonly stack: OpenList[] = []
  private paragraph: Paragraph | undefined
  /** Whether `paragraph` is the text on a bullet line (it never continues). */
  private paragraphIsLabel = false
  private blankLines = 0
  private lastEnd: Point
  /** Top-level blocks, as `flatten` makes them; `undefined` when not made (or not possible). */
  blocks: Block[] | undefined
  /** The item block whose details the open paragraph's lines go to; `undefined` for the top level. */
  private paragraphOwner: Block | undefined
  /** Whether a content line came before the current one. */
  private contentSeen = false
  /**
   * Finds a character other than a space or line break followed by two
   * spaces: one native scan of the text tells which block texts need
   * `collapseSpaces`, where a look at every line's text cost more.
   */
  private readonly doubleSpace = /[^ \n\r] {2}/g
  /** Offset of the next match of `doubleSpace` not yet passed, or -1. */
  private doubleSpaceAt = -1

  constructor(private readonly text: string, withBlocks: boolean) {
    const start = {line: 1, column: 1, offset: 0}
    this.root = {type: 'root', children: [], position: {start, end: start}}
    this.lastEnd = start
    this.blocks = withBlocks ? [] : undefined
    if (withBlocks) this.nextDoubleSpace()
  }

  line(scanned: ScannedLine, line: number, lineStart: number, lineEnd: number): void {
    if (scanned.contentStart === scanned.contentEnd) {
      this.blankLine()
      return
    }

    if (
      this.blocks &&
      scanned.marker === undefined &&
      (hasZeroWidthSpace(this.text, lineStart, scanned.contentStart) ||
        hasZeroWidthSpace(this.text, scanned.contentEnd, lineEnd))
    ) {
      // Space to the tokenizer, not to `flatten`, which places the lines of
      // a paragraph without it.
      this.blocks = undefined
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
    this.contentSeen = true
  }

  /** A line with nothing but whitespace on it. */
  blankLine(): void {
    this.blankLines++
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
      // A new position, not a stretched one: the paragraph's first line
      // shares it with its block, which keeps the line's own.
      const stretched = {start: open.position!.start, end}
      const text = open.children[0]
      if (text?.type === 'text') {
        text.value += '\n' + value
        text.position = stretched
      }

      open.position = stretched
      if (this.blocks) this.addBlock(this.paragraphOwner, this.lineBlock(value, scanned, {start, end}, open))
      this.extend(end)
      return
    }

    this.closeParagraph()
    // Text at or left of a bullet ends that list.
    while (this.stack.length > 0 && scanned.indent <= this.stack.at(-1)!.indent) {
      this.stack.pop()
    }

    // One position for the paragraph, its text and the line's block, until
    // a second line gives the paragraph and its text a longer one.
    const position = {start, end}
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [{type: 'text', value, position}],
      position,
      data: {blankLinesBefore: this.blankLines, indent: scanned.indent}
    }
    this.container().children.push(paragraph)
    this.paragraph = paragraph
    this.paragraphIsLabel = false
    if (this.blocks) {
      this.paragraphOwner = this.containerBlock()
      this.addBlock(this.paragraphOwner, this.lineBlock(value, scanned, position, paragraph))
    }

    this.extend(end)
  }

  private nextDoubleSpace(): void {
    this.doubleSpaceAt = this.doubleSpace.exec(this.text)?.index ?? -1
  }

  /**
   * `collapseSpaces(value)` of `value`, the text from `start` to `end`,
   * trimmed (no space at either end): only two spaces inside need collapsing.
   */
  private blockText(value: string, start: number, end: number): string {
    while (this.doubleSpaceAt !== -1 && this.doubleSpaceAt < start) this.nextDoubleSpace()
    return this.doubleSpaceAt !== -1 && this.doubleSpaceAt + 2 < end ? collapseSpaces(value) : value
  }

  /** The block of one line of a paragraph (as `flatten` makes it: depth 0, a position of its own). */
  private lineBlock(value: string, scanned: ScannedLine, position: Position, paragraph: Paragraph): Block {
    return {
      kind: 'line',
      text: this.blockText(value, scanned.contentStart, scanned.contentEnd),
      depth: 0,
      gap: this.gap(),
      indent: scanned.indent,
      position,
      node: paragraph,
      details: []
    }
  }

  /** Blank lines before the block being made; none before the first (as `flatten` counts). */
  private gap(): number {
    return this.contentSeen ? this.blankLines : 0
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

    let label: Paragraph | undefined
    let position: Position | undefined
    let value = ''
    if (scanned.textStart < scanned.contentEnd) {
      const textStart = this.point(line, lineStart, scanned.textStart)
      position = {start: textStart, end}
      value = this.text.slice(scanned.textStart, scanned.contentEnd)
      // Labels never take a second line: the label and its text share a position.
      label = {
        type: 'paragraph',
        children: [{type: 'text', value, position}],
        position,
        data: {blankLinesBefore: 0, indent: scanned.indent}
      }
    }

    const item: ListItem = {
      type: 'listItem',
      spread: false,
      // A literal of the label, not a push into an empty array, which
      // reserves room for seventeen children.
      children: label ? [label] : [],
      position: {start, end},
      data: {blankLinesBefore: this.blankLines, indent: scanned.indent, marker}
    }

    let block: Block | undefined
    if (label) {
      this.paragraph = label
      this.paragraphIsLabel = true
      if (this.blocks) {
        const text = this.blockText(value, scanned.textStart, scanned.contentEnd)
        block = {
          kind: 'item',
          text,
          depth: 0,
          gap: this.gap(),
          indent: scanned.indent,
          position: position!,
          node: item,
          details: [],
          marker,
          lead: leadOfText(text)
        }
      }
    } else {
      // `flatten` takes the first paragraph under a bare bullet for its label.
      this.blocks = undefined
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
      top.block = block
      if (block) {
        block.depth = this.stack.length - 1
        this.addBlock(this.containerBlock(1), block)
      }
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
      if (block) {
        block.depth = this.stack.length
        this.addBlock(this.containerBlock(), block)
      }

      this.stack.push({list, indent: scanned.indent, item, block})
    }

    this.extend(end)
  }

  /** The node new blocks go in: the innermost open item, or the root. */
  private container(): Parents & {children: Array<Paragraph | List>} {
    const top = this.stack.at(-1)
    return (top ? top.item : this.root) as Parents & {children: Array<Paragraph | List>}
  }

  /**
   * The item block new blocks go in the details of: the innermost open
   * item's (`skip` items in), or `undefined` for the top level.
   */
  private containerBlock(skip = 0): Block | undefined {
    // No read before the start: a negative index is a slow property look-up.
    const index = this.stack.length - 1 - skip
    return index >= 0 ? this.stack[index]!.block : undefined
  }

  /** Add a block to the details of `owner`, or to the top level. */
  private addBlock(owner: Block | undefined, block: Block): void {
    if (owner === undefined) this.blocks!.push(block)
    // Most items have one detail: a literal holds it, where a push into the
    // empty array would reserve room for seventeen.
    else if (owner.details.length === 0) owner.details = [block]
    else owner.details.push(block)
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

function hasZeroWidthSpace(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === 0x20_0b) return true
  return false
}

function isOrdered(marker: string): boolean {
  const code = marker.charCodeAt(0)
  return code >= 48 && code <= 57
}
