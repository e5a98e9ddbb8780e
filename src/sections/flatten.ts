import type {ListItem, Nodes, Paragraph, Root} from 'mdast'
import type {Position} from 'unist'
import {collapse, collapseSpaces} from '../extract/text.js'
import type {Block} from './block.js'

/**
 * Flatten an mdast tree (from any front end) into the top-level blocks
 * section detection works on. Lists dissolve into their items; paragraphs
 * into their lines; block quotes into their content. Linear in the tree size,
 * and walked with an explicit stack, so deep nesting cannot overflow it.
 */
export function flatten(tree: Root, text: string, options: FlattenOptions = {}): Block[] {
  const state: State = {lastLine: 0, text, lines: undefined, collapse: options.spacesOnly ? collapsePlain : collapse}
  const blocks: Block[] = []
  appendChildren(tree.children, blocks, state)
  return blocks
}

/** What the caller knows of the tree. */
export interface FlattenOptions {
  /**
   * The tree's text values have no whitespace but spaces and line breaks:
   * true of `tokenizeText`'s tree of a plain text (see `decodeText`), whose
   * values are slices of the text.
   */
  spacesOnly?: boolean | undefined
}

/**
 * `collapse` of a value of a plain text's tree: runs of spaces, unless the
 * value spans lines (the paragraph after a bullet without a label, read as
 * its label), whose breaks become spaces too.
 */
function collapsePlain(value: string): string {
  return value.includes('\n') ? collapse(value) : collapseSpaces(value)
}

interface State {
  /** Last source line any emitted block ends on; blank lines are counted from it. */
  lastLine: number
  /** The source. */
  text: string
  /** Start offset of every line, made when a paragraph of several lines needs it. */
  lines: number[] | undefined
  /** How lines and item labels are collapsed: `collapseSpaces` when the values hold spaces only. */
  collapse: (value: string) => string
}

type Work = {node: Nodes; depth: number; into: Block[]}

function appendChildren(children: readonly Nodes[], into: Block[], state: State): void {
  // Document order with an explicit stack: push in reverse.
  const stack: Work[] = []
  pushAll(stack, children, 0, into)

  while (stack.length > 0) {
    const {node, depth, into: target} = stack.pop()!
    const position = node.position
    if (!position) continue

    switch (node.type) {
      case 'yaml':
      case 'definition':
      case 'thematicBreak': {
        state.lastLine = position.end.line
        break
      }

      case 'html': {
        // Comments are invisible in a rendered profile: they neither hold
        // content nor separate the description from the title.
        if (!node.value.trimStart().startsWith('<!--')) target.push(block('other', '', node, depth, position, state))
        state.lastLine = position.end.line
        break
      }

      case 'heading': {
        target.push(block('heading', collapse(plainText(node)), node, node.depth, position, state))
        state.lastLine = position.end.line
        break
      }

      case 'paragraph': {
        pushLines(node, target, state)
        break
      }

      case 'list':
      case 'blockquote': {
        pushAll(stack, node.children, depth, target)
        break
      }

      case 'listItem': {
        const item = itemBlock(node, depth, state)
        target.push(item)
        const rest = node.children[0]?.type === 'paragraph' ? node.children.slice(1) : node.children
        pushAll(stack, rest, depth + 1, item.details)
        break
      }

      default: {
        // Code, tables, raw HTML: content no detector reads as text.
        target.push(block('other', '', node, depth, position, state))
        state.lastLine = position.end.line
      }
    }
  }
}

function pushAll(stack: Work[], children: readonly Nodes[], depth: number, into: Block[]): void {
  for (let index = children.length - 1; index >= 0; index--) {
    stack.push({node: children[index]!, depth, into})
  }
}

function block(
  kind: Block['kind'],
  text: string,
  node: Nodes,
  depth: number,
  position: Position,
  state: State
): Block {
  return {
    kind,
    text,
    depth,
    gap: gapBefore(position, state),
    indent: position.start.column - 1,
    position,
    node,
    details: []
  }
}

function itemBlock(node: ListItem, depth: number, state: State): Block {
  const label = node.children[0]
  const labelPosition = label?.type === 'paragraph' && label.position ? label.position : node.position!
  const item = block('item', '', node, depth, node.position!, state)
  item.position = labelPosition
  item.indent = node.data?.indent ?? item.indent
  item.marker = node.data?.marker
  if (label?.type === 'paragraph') {
    item.text = state.collapse(plainText(label))
    item.lead = leadOf(label, item.text)
  }

  state.lastLine = labelPosition.end.line
  return item
}

/**
 * `**Name**: description` → the emphasised name and the rest. Also reads
 * `**Name **`, which CommonMark leaves as literal asterisks because of the
 * space before the closing `**`.
 */
function leadOf(paragraph: Paragraph, text: string): Block['lead'] {
  const [first, ...rest] = paragraph.children
  if (first && (first.type === 'strong' || first.type === 'emphasis')) {
    return {
      name: collapse(textOf(first)),
      rest: collapse(rest.map((child) => textOf(child)).join(''))
    }
  }

  return leadOfText(text)
}

/** `leadOf` of a label that is plain text: `**Name**: description` written out. */
export function leadOfText(text: string): Block['lead'] {
  if (!text.startsWith('**') && !text.startsWith('__')) return undefined
  const close = text.indexOf(text.slice(0, 2), 2)
  if (close === -1) return undefined
  return {name: collapse(text.slice(2, close)), rest: collapse(text.slice(close + 2))}
}

/** One block per line of a paragraph: on copy-pasted pages the line is the unit of meaning. */
function pushLines(node: Paragraph, into: Block[], state: State): void {
  const position = node.position!
  const value = plainText(node)

  // Most paragraphs of a copy-pasted page are one line: no line index needed.
  if (!value.includes('\n') && !value.includes('\r')) {
    const text = state.collapse(value)
    if (text !== '') into.push(block('line', text, node, 0, position, state))
    state.lastLine = position.end.line
    return
  }

  state.lines ??= lineIndex(state.text)
  const lines = state.lines
  // Lines end as in the source: LF, CRLF, or a lone CR (which remark keeps in text).
  const values = value.split(/\r\n|\r|\n/)
  for (let index = 0; index < values.length; index++) {
    const text = state.collapse(values[index]!)
    if (text === '') continue
    const first = index === 0
    const last = index === values.length - 1
    // Inline code over a line break keeps a space for it: then the text has
    // fewer lines than the source, and its last line is the source's last.
    const line = last ? position.end.line : Math.min(position.start.line + index, position.end.line)
    const startLine = first ? position.start.line : line
    const start = first ? position.start.offset! : skipSpace(state.text, lines[line - 1] ?? 0)
    const end = last ? position.end.offset! : contentEnd(state.text, lines, line)
    const linePosition: Position = {
      start: {line: startLine, column: start - (lines[startLine - 1] ?? 0) + 1, offset: start},
      end: {line, column: end - (lines[line - 1] ?? 0) + 1, offset: end}
    }
    into.push(block('line', text, node, 0, linePosition, state))
    state.lastLine = line
  }
}

/** The text of a node; one text child (the usual case) without a tree walk. */
function plainText(node: Nodes): string {
  if ('children' in node && node.children.length === 1) {
    const child = node.children[0]!
    if (child.type === 'text') return child.value
  }

  return textOf(node)
}

/**
 * The text of a node as mdast-util-to-string gives it (values, image alts,
 * children in order), but with a hard line break (`a  ⏎b`, `a\⏎b`) as the
 * line break it is rather than nothing, which glued the two lines' words.
 * Walked with an explicit stack: emphasis or images nested thousands deep
 * cannot overflow it.
 */
export function textOf(node: Nodes): string {
  let text = ''
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'break') text += '\n'
    else if ('value' in current) text += current.value
    else if ('alt' in current && current.alt) text += current.alt
    else if ('children' in current) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!)
    }
  }

  return text
}

function gapBefore(position: Position, state: State): number {
  return state.lastLine === 0 ? 0 : Math.max(0, position.start.line - state.lastLine - 1)
}

/** Start offset of every line. */
function lineIndex(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) starts.push(index + 1)
    else if (code === 13 && text.charCodeAt(index + 1) !== 10) starts.push(index + 1)
  }

  return starts
}

/** Offset after the last non-space character of `line` (1-based). */
function contentEnd(text: string, lines: number[], line: number): number {
  const lineStart = lines[line - 1] ?? 0
  let end = lines[line] ?? text.length
  while (end > lineStart && isSpaceOrEol(text.charCodeAt(end - 1))) end--
  return end
}

function skipSpace(text: string, offset: number): number {
  let index = offset
  while (index < text.length && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) {
    index++
  }

  return index
}

function isSpaceOrEol(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}
