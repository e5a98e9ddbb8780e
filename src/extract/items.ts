import type {Position} from 'unist'
import type {Block} from '../sections/block.js'
import {partOf, type PartSource} from '../sections/part-of.js'
import {isLabelLike, splitNameDescription, startsUpperCase} from './text.js'

/** A named item with an optional description, and where both are. */
export interface CollectedItem {
  name: string
  description: string | undefined
  /** Where the name is. */
  position: Position
  /** Where the description starts (to the end of its first block). */
  descriptionPosition: Position | undefined
  /**
   * For a description on the item's own line (`Name: description`): the block
   * and where in its text the description starts, to place it in the source
   * (see `placeDescription`).
   */
  descriptionStart?: {block: Block; offset: number} | undefined
  /** The blocks the item was read from (label first). */
  blocks: Block[]
  /** Whether the item had content nested under it or a description. */
  described: boolean
  /** Log-odds that the item is a skill, once computed (see `itemSkillScore`). */
  skillScore: number | undefined
}

/** How to read items. */
export interface CollectOptions {
  /** Split `Name: description` on one line (default `true`). */
  splitName?: boolean | undefined
  /**
   * The text the blocks' positions count in (`ExtractContext.source`): with
   * it, a description on the item's own line is placed exactly.
   */
  source?: string | undefined
}

/**
 * Read the items of a knowledge- or skills-like section, whatever their
 * layout: bullet + indented paragraph, bullet + unindented paragraph,
 * `Name: description` on one line, `**Name**: description`, `### Name` +
 * paragraph, or bullet-less label lines each followed by prose.
 *
 * Linear in the number of blocks.
 */
export function collectItems(
  blocks: readonly Block[],
  options: CollectOptions = {}
): {items: CollectedItem[]; stray: Block[]} {
  const {items, stray} = readItems(blocks, options)
  return {items, stray}
}

/** `collectItems`, also counting the items dropped for having no name. */
export function readItems(
  blocks: readonly Block[],
  options: CollectOptions = {}
): {items: CollectedItem[]; stray: Block[]; unnamed: number} {
  const splitName = options.splitName !== false
  const source = options.source
  /**
   * A description from `offset` in the text of `block`, the item's own line;
   * placed at `fallback` when there is no source to place it in.
   */
  const describeFrom = (item: CollectedItem, block: Block, offset: number, fallback: Position) => {
    item.descriptionStart = {block, offset}
    item.descriptionPosition = source === undefined ? fallback : placeDescription(item.descriptionStart, source)
  }
  const items: CollectedItem[] = []
  const stray: Block[] = []
  let current: CollectedItem | undefined
  // The current description: its first paragraph, and the separators and
  // paragraphs after it, joined at the end. Most descriptions are one
  // paragraph, which needs no array (a push into an empty one reserves
  // room for seventeen).
  let first: string | undefined
  let more: string[] | undefined

  const close = () => {
    if (current && first !== undefined) current.description = more === undefined ? first : first + more.join('')
    first = undefined
    more = undefined
  }

  /** `paragraph`: the block starts a paragraph of its own whatever its gap (a nested point). */
  const addDescription = (block: Block, topLevel: boolean, paragraph = false) => {
    if (!current) return
    if (first === undefined) {
      current.descriptionPosition = block.position
      first = block.text
    } else {
      more ??= []
      more.push(block.gap === 0 && !paragraph ? ' ' : '\n\n', block.text)
    }

    current.described = true
    // Nested blocks travel with their item; only top-level ones are listed.
    if (topLevel) current.blocks.push(block)
  }

  const open = (block: Block, name: string): CollectedItem => {
    close()
    current = {
      name,
      description: undefined,
      position: block.position,
      descriptionPosition: undefined,
      blocks: [block],
      described: false,
      skillScore: undefined
    }
    items.push(current)
    return current
  }

  /** An item's own label: its name, and a description on the same line. */
  const openItem = (block: Block) => {
    const item = open(block, block.text)
    const lead = block.lead
    if (lead && (lead.rest === '' || isSeparator(lead.rest.charCodeAt(0)) || lead.name.endsWith(':'))) {
      item.name = trimColon(lead.name)
      const rest = stripSeparator(lead.rest)
      if (rest) {
        first = rest
        item.described = true
        // The text ends with the rest: `Name: rest` collapsed as one.
        const offset = block.text.endsWith(rest) ? block.text.length - rest.length : 0
        describeFrom(item, block, offset, tail(block.position, rest.length))
      }
    } else if (splitName && block.details.length === 0) {
      const split = splitNameDescription(block.text)
      if (split) {
        item.name = split.name
        first = split.description
        item.described = true
        describeFrom(item, block, split.offset, partOf(block.position, split.offset))
      }
    }

    if (block.details.length > 0) item.described = true
  }

  /**
   * An item and what is nested under it, in document order: nested lines
   * describe the item opened last; nested items open items of their own
   * (an indented list of names: "Knead dough", then "Shape loaves" under
   * it), unless the item they are nested in has a description of its own
   * or a label ending in `:`. Then they are points of that description,
   * a paragraph each, with everything nested under them. Walked with an
   * explicit stack, so deep nesting cannot overflow it.
   */
  const visitItem = (root: Block) => {
    const stack: Array<{block: Block; point: boolean}> = [{block: root, point: false}]
    while (stack.length > 0) {
      const {block, point} = stack.pop()!
      if (block.kind === 'line' && !point) {
        addDescription(block, false)
        continue
      }

      let points = point
      if (point) addDescription(block, false, true)
      else {
        openItem(block)
        points = first !== undefined || endsWithColon(block) || block.details.some((detail) => detail.kind === 'line')
      }

      for (let index = block.details.length - 1; index >= 0; index--) {
        const detail = block.details[index]!
        if (detail.kind === 'item' || detail.kind === 'line') stack.push({block: detail, point: points && detail.kind === 'item' ? true : point})
      }
    }
  }

  /**
   * Whether a line that reads as a label is rather the description of the
   * open item, which waits for one right above it: under a `### Name`
   * heading, or indented deeper than a bullet-less label (and not itself a
   * label with a line indented deeper, or a capitalised line at its own
   * indent, right under it). (A short description
   * without a closing full stop reads as a label.) Only what the item and
   * its description hold decides: inference reads a stretch of items, and
   * extraction each section of it, the same way.
   */
  const describesOpenLabel = (block: Block, next: Block | undefined): boolean => {
    if (!current || current.described || block.gap > 1) return false
    const label = current.blocks[0]!
    if (label.kind === 'heading') return true
    // A line indented deeper still under it, or a label at its own indent
    // ("Knead dough" / "  Shape loaves" / "  Bake bread"), makes it a name;
    // a line at its indent that goes on lower case ("until smooth.") is the
    // rest of a wrapped description.
    if (label.kind !== 'line' || block.indent <= label.indent) return false
    if (next?.kind !== 'line' || next.gap > 1) return true
    return next.indent < block.indent || (next.indent === block.indent && !startsUpperCase(next.text))
  }

  const visit = (block: Block, next: Block | undefined) => {
    if (block.kind === 'item') {
      visitItem(block)
      return
    }

    if (block.kind === 'heading') {
      open(block, block.text)
      return
    }

    if (block.kind !== 'line') return

    // A bullet-less `Name: description` line, or a bullet-less label: a new item.
    // (Not while the open item still waits for its description: that line is it.)
    const split =
      splitName && (!current || current.described) ? splitNameDescription(block.text) : undefined
    if (split) {
      const item = open(block, split.name)
      first = split.description
      item.described = true
      describeFrom(item, block, split.offset, partOf(block.position, split.offset))
      return
    }

    if (isLabelLike(block.text) && !describesOpenLabel(block, next)) {
      open(block, block.text)
      return
    }

    if (current) addDescription(block, true)
    else stray.push(block)
  }

  for (let index = 0; index < blocks.length; index++) visit(blocks[index]!, blocks[index + 1])
  close()
  // An item without a name ("** **: …") is no item; its text is reported, not lost.
  const named = items.filter((item) => item.name !== '')
  if (named.length < items.length) {
    for (const item of items) if (item.name === '') for (const block of item.blocks) stray.push(block)
  }

  return {items: named, stray, unnamed: items.length - named.length}
}

/**
 * Read the labels of a list section (job titles, tasks, related professions):
 * one per item and one per line, never split on commas, slashes or dashes.
 */
export function collectLabels(blocks: readonly Block[]): Array<{name: string; position: Position}> {
  const labels: Array<{name: string; position: Position}> = []
  const stack = [...blocks].reverse()
  while (stack.length > 0) {
    const block = stack.pop()!
    if ((block.kind === 'item' || block.kind === 'line' || block.kind === 'heading') && block.text) {
      labels.push({name: block.text, position: block.position})
    }

    for (let index = block.details.length - 1; index >= 0; index--) stack.push(block.details[index]!)
  }

  return labels
}

/** `**Name**:` or `Name:`: a label that announces what is nested under it. */
function endsWithColon(block: Block): boolean {
  return block.text.endsWith(':') || (block.lead !== undefined && block.lead.rest === '' && block.lead.name.endsWith(':'))
}

function isSeparator(code: number): boolean {
  return code === 58 /* : */ || code === 45 /* - */ || code === 0x20_13 || code === 0x20_14 || code === 46 /* . */
}

function stripSeparator(value: string): string {
  let index = 0
  while (index < value.length && (isSeparator(value.charCodeAt(index)) || value.charCodeAt(index) === 32)) index++
  return value.slice(index)
}

/** `**C#:**` → `C#`: only a trailing colon goes (a `#` may be part of the name). */
function trimColon(value: string): string {
  return value.endsWith(':') ? value.slice(0, -1).trim() : value
}

/**
 * Where a description that starts in an item's own line is: from its first
 * character (past the separator, markup and collapsed whitespace) to the
 * end of the line's block.
 *
 * @param source
 *   The text the block's position counts in (`ExtractContext.source`).
 */
export function placeDescription(start: {block: Block; offset: number}, source: string): Position {
  const within: PartSource = {source, text: start.block.text}
  return partOf(start.block.position, start.offset, undefined, within)
}

/** The last `length` characters of a one-line position. */
function tail(position: Position, length: number): Position {
  const {start, end} = position
  if (start.line !== end.line || end.column - length < start.column) return position
  return {
    start: {
      line: end.line,
      column: end.column - length,
      offset: end.offset === undefined ? undefined : end.offset - length
    },
    end
  }
}
