import type {Nodes} from 'mdast'
import type {Position} from 'unist'

/**
 * One unit of layout, the same whether it came from loose text or Markdown:
 * a heading, one line of a paragraph, a list item, or something else
 * (code, table, HTML) that no detector reads as text.
 *
 * Paragraphs are split into lines because on copy-pasted pages a line is the
 * unit of meaning: a heading, a description, a run-on list, a job title.
 */
export interface Block {
  kind: 'heading' | 'line' | 'item' | 'other'
  /** Plain text: the heading, the line, or the item's label (its first paragraph). */
  text: string
  /** Heading rank (1–6); for items, how deeply the list is nested (0 = top). */
  depth: number
  /** Blank lines between this block and the previous one. */
  gap: number
  /** Indentation width of the source line. */
  indent: number
  /** Where the block's own text is (for items: the label). */
  position: Position
  /** The mdast node the block came from. */
  node: Nodes
  /**
   * For items: what is nested under the label, as blocks — description lines
   * and nested items. Empty for other kinds.
   */
  details: Block[]
  /** For items: the bullet as written. */
  marker?: string | undefined
  /**
   * For items whose label starts with strong or emphasis (`**Name**: text`):
   * the emphasised text and what follows it.
   */
  lead?: {name: string; rest: string} | undefined
}
