import type {ListItem, Nodes, Paragraph, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Position} from 'unist'
import {collapse} from '../extract/text.js'
import type {Block} from './block.js'

/**
 * Flatten an mdast tree (from either front end) into the top-level blocks
 * section detection works on. Lists dissolve into their items; paragraphs
 * into their lines; block quotes into their content. Linear in the tree size
 * and free of recursion on user-controlled depth except through nested lists
 * and quotes, which are walked with an explicit stack.
 */
export function flatten(tree: Root, text: string): Block[] {
  const lines = lineIndex(text)
  const state = {lastLine: 0}
  const blocks: Block[] = []
  appendChildren(tree.children, 0, blocks, state, lines, text)
  return blocks
}

interface State {
  /** Last source line any emitted block ends on; blank lines are counted from it. */
  lastLine: number
}

type Work = {node: Nodes; depth: number; into: Block[]}

function appendChildren(
  children: readonly Nodes[],
  depth: number,
  into: Block[],
  state: State,
  lines: number[],
  text: string
): void {
  // Document order with an explicit stack: push in reverse.
  const stack: Work[] = []
  for (let index = children.length - 1; index >= 0; index--) {
    stack.push({node: children[index]!, depth, into})
  }

  while (stack.length > 0) {
    const {node, depth: level, into: target} = stack.pop()!
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
        if (node.value.trimStart().startsWith('<!--')) break
        target.push(otherBlock(node, level, position, state))
        state.lastLine = position.end.line
        break
      }

      case 'heading': {
        target.push({
          kind: 'heading',
          text: collapse(toString(node)),
          depth: node.depth,
          gap: gapBefore(position, state),
          indent: position.start.column - 1,
          position,
          node,
          details: []
        })
        state.lastLine = position.end.line
        break
      }

      case 'paragraph': {
        pushLines(node, target, state, lines, text)
        break
      }

      case 'list': {
        for (let index = node.children.length - 1; index >= 0; index--) {
          stack.push({node: node.children[index]!, depth: level, into: target})
        }

        break
      }

      case 'listItem': {
        const item = itemBlock(node, level, state)
        target.push(item)
        const rest = node.children[0]?.type === 'paragraph' ? node.children.slice(1) : node.children
        for (let index = rest.length - 1; index >= 0; index--) {
          stack.push({node: rest[index]!, depth: level + 1, into: item.details})
        }

        break
      }

      case 'blockquote': {
        for (let index = node.children.length - 1; index >= 0; index--) {
          stack.push({node: node.children[index]!, depth: level, into: target})
        }

        break
      }

      default: {
        target.push(otherBlock(node, level, position, state))
        state.lastLine = position.end.line
      }
    }
  }
}

/** A block no detector reads as text: code, a table, HTML. */
function otherBlock(node: Nodes, depth: number, position: Position, state: State): Block {
  return {
    kind: 'other',
    text: '',
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
  const labelPosition =
    label?.type === 'paragraph' && label.position ? label.position : node.position!
  const block: Block = {
    kind: 'item',
    text: label?.type === 'paragraph' ? collapse(toString(label)) : '',
    depth,
    gap: gapBefore(node.position!, state),
    indent: node.data?.indent ?? node.position!.start.column - 1,
    position: labelPosition,
    node,
    details: [],
    marker: node.data?.marker
  }
  if (label?.type === 'paragraph') block.lead = leadOf(label)
  state.lastLine = labelPosition.end.line
  return block
}

/**
 * `**Name**: description` → the emphasised name and the rest. Also reads
 * `**Name **`, which CommonMark leaves as literal asterisks because of the
 * space before the closing `**`.
 */
function leadOf(paragraph: Paragraph): Block['lead'] {
  const [first, ...rest] = paragraph.children
  if (first && (first.type === 'strong' || first.type === 'emphasis')) {
    return {
      name: collapse(toString(first)),
      rest: collapse(rest.map((child) => toString(child)).join(''))
    }
  }

  const text = toString(paragraph)
  if (!text.startsWith('**') && !text.startsWith('__')) return undefined
  const close = text.indexOf(text.slice(0, 2), 2)
  if (close === -1) return undefined
  return {name: collapse(text.slice(2, close)), rest: collapse(text.slice(close + 2))}
}

function pushLines(
  node: Paragraph,
  into: Block[],
  state: State,
  lines: number[],
  text: string
): void {
  const position = node.position!
  const values = toString(node).split('\n')
  for (let index = 0; index < values.length; index++) {
    const value = collapse(values[index]!)
    if (value === '') continue
    const line = position.start.line + index
    const lineStart = lines[line - 1] ?? 0
    const start = index === 0 ? position.start.offset! : skipSpace(text, lineStart)
    const end =
      index === values.length - 1 ? position.end.offset! : contentEnd(text, lines, line)
    const linePosition: Position = {
      start: {line, column: start - lineStart + 1, offset: start},
      end: {line, column: end - lineStart + 1, offset: end}
    }
    into.push({
      kind: 'line',
      text: value,
      depth: 0,
      gap: gapBefore(linePosition, state),
      indent: linePosition.start.column - 1,
      position: linePosition,
      node,
      details: []
    })
    state.lastLine = line
  }
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
