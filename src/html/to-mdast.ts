import type {Element, Root as HastRoot, RootContent as HastContent} from 'hast'
import type {ListItem, Root} from 'mdast'
import '../tokenize/mdast-data.js'
import {Blocks, type ListState, type Target} from './blocks.js'
import {headingRank, isList, isSectioning, isSkipped, marginOf, wrapperOf} from './elements.js'
import {sourceOffsets} from './offsets.js'
import {VirtualText} from './virtual-text.js'

/** An mdast tree positioned in the page's rendered text. */
export interface RenderedPage {
  tree: Root
  text: VirtualText
}

/** A target, or how to find it when the node is reached. */
type TargetRef = Target | (() => Target)

type Task = {node: HastContent; target: TargetRef; inSection: boolean} | {exit: () => void}

/**
 * Turn a parsed HTML page (hast) into the mdast shape the copy-pasted-page
 * logic reads: headings, paragraphs (one line per `<br>`), lists whose items
 * hold a label paragraph and then their description paragraphs, with blank
 * lines between blocks as the page's layout puts them (see `elements.ts`).
 * Walked with an explicit stack: deep nesting cannot overflow it.
 *
 * @param page
 *   The hast tree from rehype-parse, with positions.
 * @param source
 *   The HTML it was parsed from.
 */
export function htmlToMdast(page: HastRoot, source: string): RenderedPage {
  const text = new VirtualText()
  const tree: Root = {type: 'root', children: []}
  const blocks = new Blocks(text, tree.children)
  const {run} = blocks
  const stack: Task[] = []
  const descend = (element: Element, target: TargetRef, inSection: boolean, exit: () => void) => {
    stack.push({exit})
    for (let index = element.children.length - 1; index >= 0; index--) {
      stack.push({node: element.children[index]!, target, inSection})
    }
  }

  for (let index = page.children.length - 1; index >= 0; index--) {
    stack.push({node: page.children[index]!, target: tree.children, inSection: false})
  }

  while (stack.length > 0) {
    const task = stack.pop()!
    if ('exit' in task) {
      task.exit()
      continue
    }

    const {node, inSection} = task
    // Resolved when reached: in a list, what follows an item belongs to it.
    const target = typeof task.target === 'function' ? task.target() : task.target
    if (node.type === 'text') {
      if (!run.open) blocks.target = target
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      const known = start !== undefined && end !== undefined
      run.add(node.value, known ? sourceOffsets(source.slice(start, end), node.value, start) : () => undefined)
      continue
    }

    if (node.type !== 'element' || isSkipped(node, inSection)) continue
    const section = inSection || isSectioning(node)

    if (node.tagName === 'br') {
      run.lineBreak(node.position?.start.offset ?? 0)
      continue
    }

    const margin = marginOf(node)
    if (margin === undefined) {
      const wrapper = wrapperOf(node)
      if (wrapper) run.enter(wrapper)
      descend(node, target, section, () => wrapper && run.exit())
      continue
    }

    blocks.endRun()
    text.breakLine(margin)
    const list = blocks.lists.at(-1)
    if (list && node.tagName === list.itemTag) {
      const item: ListItem = {type: 'listItem', spread: false, children: [], data: {indent: 0}}
      blocks.items++
      descend(node, item.children, section, () => {
        blocks.endRun()
        blocks.items--
        text.breakLine(margin)
        blocks.addItem(list, item)
      })
      continue
    }

    if (isList(node)) {
      if (blocks.afterList) text.breakLine(2)
      const state: ListState = {node: undefined, parent: target, last: undefined, itemTag: node.tagName === 'dl' ? 'dt' : 'li'}
      blocks.lists.push(state)
      descend(node, () => state.last?.children ?? state.parent, section, () => {
        blocks.endRun()
        blocks.lists.pop()
        text.breakLine(margin)
        blocks.closeList(state)
      })
      continue
    }

    const opensHeading = blocks.openHeading(headingRank(node))
    descend(node, target, section, () => {
      blocks.endRun()
      if (opensHeading) blocks.closeHeading()
      text.breakLine(margin)
    })
  }

  blocks.endRun()
  tree.position = {start: {line: 1, column: 1, offset: 0}, end: text.here()}
  return {tree, text}
}
