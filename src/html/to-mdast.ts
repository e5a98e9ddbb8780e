import type {Element, Root as HastRoot, RootContent as HastContent} from 'hast'
import type {BlockContent, List, ListItem, Root, RootContent} from 'mdast'
import '../tokenize/mdast-data.js'
import {headingRank, isList, isSectioning, isSkipped, marginOf, wrapperOf} from './elements.js'
import {sourceOffsets} from './offsets.js'
import {Run} from './run.js'
import {VirtualText} from './virtual-text.js'

/** An mdast tree positioned in the page's rendered text. */
export interface RenderedPage {
  tree: Root
  text: VirtualText
}

/** Where block content goes: the root, or a list item. */
type Target = Array<RootContent | BlockContent>

/** A list being built: made at its first item, so content before that goes to the parent. */
interface ListState {
  node: List | undefined
  parent: Target
  /** The item later non-item content (`<p>` after `<li>`, `<dd>`) belongs to. */
  last: ListItem | undefined
  itemTag: string
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
  const run = new Run(text)
  const tree: Root = {type: 'root', children: []}
  const lists: ListState[] = []
  let runTarget: Target = tree.children
  let heading: 1 | 2 | 3 | 4 | 5 | 6 | undefined
  let items = 0
  // Items open when the heading opened: a list inside a heading (`<h2>` left open) holds paragraphs.
  let headingItems = 0
  // Whether the last block was a list: a list right after it starts a new group.
  let afterList = false

  const endRun = () => {
    const content = run.close()
    if (!content) return
    afterList = false
    runTarget.push(
      heading === undefined || items !== headingItems
        ? {type: 'paragraph', ...content}
        : {type: 'heading', depth: heading, ...content}
    )
  }

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
      if (!run.open) runTarget = target
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      const noOffsets = () => undefined
      run.add(node.value, start === undefined || end === undefined ? noOffsets : sourceOffsets(source.slice(start, end), node.value, start))
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

    endRun()
    text.breakLine(margin)
    const list = lists.at(-1)
    if (list && node.tagName === list.itemTag) {
      const item: ListItem = {type: 'listItem', spread: false, children: [], data: {indent: 0}}
      items++
      descend(node, item.children, section, () => {
        endRun()
        items--
        text.breakLine(margin)
        if (item.children.length === 0) return
        item.position = spanOf(item.children)
        if (!list.node) {
          list.node = {type: 'list', ordered: false, spread: false, children: []}
          list.parent.push(list.node)
        }

        list.node.children.push(item)
        list.last = item
      })
      continue
    }

    if (isList(node)) {
      if (afterList) text.breakLine(2)
      const state: ListState = {node: undefined, parent: target, last: undefined, itemTag: node.tagName === 'dl' ? 'dt' : 'li'}
      lists.push(state)
      descend(node, () => state.last?.children ?? state.parent, section, () => {
        endRun()
        lists.pop()
        text.breakLine(margin)
        if (!state.node) return
        state.node.position = spanOf(state.node.children)
        afterList = true
      })
      continue
    }

    const rank = headingRank(node)
    const opensHeading = rank !== undefined && heading === undefined && items === 0
    if (opensHeading) {
      heading = rank
      headingItems = items
    }

    descend(node, target, section, () => {
      endRun()
      if (opensHeading) heading = undefined
      text.breakLine(margin)
    })
  }

  endRun()
  tree.position = {start: {line: 1, column: 1, offset: 0}, end: text.here()}
  return {tree, text}
}

/** From the start of the first node to the end of the last. */
function spanOf(nodes: ReadonlyArray<{position?: RootContent['position']}>): RootContent['position'] {
  const start = nodes[0]?.position?.start
  const end = nodes.at(-1)?.position?.end
  return start && end ? {start, end} : undefined
}
