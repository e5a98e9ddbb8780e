import type {BlockContent, List, ListItem, RootContent} from 'mdast'
import type {Position} from 'unist'
import {Run} from './run.js'
import type {VirtualText} from './virtual-text.js'

/** Where block content goes: the root, or a list item. */
export type Target = Array<RootContent | BlockContent>

/** A list being built: made at its first item, so content before that goes to the parent. */
export interface ListState {
  node: List | undefined
  parent: Target
  /** The item later non-item content (`<p>` after `<li>`, `<dd>`) belongs to. */
  last: ListItem | undefined
  /** `li`, or `dt` in a `dl`. */
  itemTag: string
}

type Rank = 1 | 2 | 3 | 4 | 5 | 6

/**
 * The block state of a page being rendered: the open inline run and where it
 * goes, the open heading, lists and items, and whether the last block was a
 * list (a list right after one starts a new group).
 */
export class Blocks {
  readonly run: Run
  readonly lists: ListState[] = []
  /** Where the open run's paragraph goes: where its first text was. */
  target: Target
  /** List items open now. */
  items = 0
  afterList = false
  private heading: Rank | undefined
  /** Items open when the heading opened: a list inside a heading (`<h2>` left open) holds paragraphs. */
  private headingItems = 0

  constructor(text: VirtualText, root: Target) {
    this.run = new Run(text)
    this.target = root
  }

  /** End the open run: a paragraph, or the heading it is the text of. */
  endRun(): void {
    const content = this.run.close()
    if (!content) return
    this.afterList = false
    this.target.push(
      this.heading === undefined || this.items !== this.headingItems
        ? {type: 'paragraph', ...content}
        : {type: 'heading', depth: this.heading, ...content}
    )
  }

  /** Open a heading element; returns whether it opened one (headings do not nest, nor open in items). */
  openHeading(rank: Rank | undefined): boolean {
    if (rank === undefined || this.heading !== undefined || this.items > 0) return false
    this.heading = rank
    this.headingItems = this.items
    return true
  }

  closeHeading(): void {
    this.heading = undefined
  }

  /** Add a finished item to its list, making the list at its first item. */
  addItem(list: ListState, item: ListItem): void {
    if (item.children.length === 0) return
    item.position = spanOf(item.children)
    if (!list.node) {
      list.node = {type: 'list', ordered: false, spread: false, children: []}
      list.parent.push(list.node)
    }

    list.node.children.push(item)
    list.last = item
  }

  /** Close a list. */
  closeList(list: ListState): void {
    if (!list.node) return
    list.node.position = spanOf(list.node.children)
    this.afterList = true
  }
}

/** From the start of the first node to the end of the last. */
function spanOf(nodes: ReadonlyArray<{position?: Position | undefined}>): Position | undefined {
  const start = nodes[0]?.position?.start
  const end = nodes.at(-1)?.position?.end
  return start && end ? {start, end} : undefined
}
