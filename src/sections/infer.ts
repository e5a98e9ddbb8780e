import {readItems, type CollectedItem} from '../extract/items.js'
import {rememberItems} from '../extract/section-items.js'
import {en} from '../locales/en.js'
import type {LocalePack} from '../locales/locale.js'
import type {Block} from './block.js'
import type {Region} from './detect.js'
import type {DetectContext, Detector, Format, Section} from './detector.js'

/*
 * Heading-less item groups. Copy-pasted pages lose the "Knowledge" and
 * "Skills" headings; what remains is items, the blank-line gaps between
 * groups, and the shape of each item (verb phrase or noun phrase). The item
 * detectors (those with `scoreItem`, in registry order) share the items of
 * each stretch between other sections: labels never go back in registry
 * order, a detector with its own heading keeps the items under it unless a
 * later heading-less detector fits them better, and a change of detector is
 * cheap at a wide gap (two blank lines or more, wider than the usual one)
 * and dear elsewhere. A Viterbi pass finds the
 * best labelling in time linear in the number of items; a backward pass
 * gives each item's margin over its best alternative, the confidence.
 */

/*
 * A wide gap is two blank lines or more, and more than the stretch's usual
 * gap between items (see `usualGap`). On a page copied without its
 * Knowledge and Skills headings, it is where the heading was: the one mark
 * that tells the groups apart when an item's shape misleads (knowledge
 * described with "Know …", "Understand …", or named "Air traffic
 * management"), so it weighs more than an item or two's shape.
 */

/** Bonus for starting a new group at a wide gap. */
const switchAtGap = 4
/** Cost of starting a new group where there is no wide gap. */
const switchWithoutGap = -2.5
/** Cost of a wide gap inside one group (such gaps separate groups). */
const gapWithinGroup = -1.5

interface Unit {
  item: CollectedItem
  /**
   * The items nested under `item`, in the order `collectItems` lists them;
   * `undefined` when the unit's items cannot be handed to extraction (see
   * `section-items.ts`): the item was not opened by a bullet, or its region
   * had an item without a name.
   */
  nested: CollectedItem[] | undefined
  /** Registry indexes (into the item detectors) the unit may take. */
  allowed: number[]
  /** Index of the item detector whose heading the unit sits under, or -1. */
  home: number
  /** The unit opens a region (a new heading or a run after a section). */
  opensRegion: boolean
}

/**
 * Resolve item regions into sections. Returns every section in document
 * order (recognised, inferred and those cut down), and pushes blocks no
 * section takes onto `unassigned`.
 */
export function inferItemSections(
  regions: Region[],
  detectors: readonly Detector[],
  format: Format,
  unassigned: Block[],
  locale: LocalePack = en,
  frontMatter?: Readonly<Record<string, unknown>>
): Section[] {
  const itemDetectors = detectors.filter((detector) => detector.scoreItem)
  // Detectors heading-less items may go to only from under their own
  // heading: those whose heading is in the document, and those whose
  // section exists only under its heading (`needsHeading`).
  const headed = new Set<number>()
  for (const [index, detector] of itemDetectors.entries()) if (detector.needsHeading) headed.add(index)
  for (const region of regions) {
    if (region.kind === 'section') {
      const index = itemDetectors.indexOf(region.detector)
      if (index !== -1) headed.add(index)
    }
  }

  const context: DetectContext = {format, index: -1, locale, frontMatter}
  const sections: Section[] = []
  let stretch: Unit[] = []
  let home = -1
  // Heading-less groups follow registry order over the whole page, not only
  // within a stretch: once a group of described items was inferred, a later
  // stretch may only give heading-less items to detectors after it. Lines
  // after the job titles ("Share this profession", a copyright line) are no
  // second skills group. (Undescribed items, such as a bulleted list in the
  // description, set no such order: the real groups come after them.)
  let floor = 0

  const flush = () => {
    if (stretch.length > 0) {
      const made = label(stretch, itemDetectors, context)
      raiseFloor(made)
      append(sections, made)
    }

    stretch = []
    home = -1
  }

  const raiseFloor = (made: readonly Section[]) => {
    const described = new Set<Block>()
    for (const unit of stretch) if (unit.item.described) described.add(unit.item.blocks[0]!)
    if (described.size === 0) return
    for (const section of made) {
      if (!section.inferred || !section.blocks.some((block) => described.has(block))) continue
      const index = itemDetectors.findIndex((detector) => detector.id === section.detector)
      if (index >= floor) floor = index + 1
    }
  }

  for (const region of regions) {
    if (region.kind === 'unknown') continue

    if (region.kind === 'section') {
      const index = itemDetectors.indexOf(region.detector)
      if (index === -1) {
        flush()
        sections.push(region.section)
        continue
      }

      home = index
      const {items, stray, nested} = topLevelItems(region.section.blocks)
      append(unassigned, stray)
      if (items.length === 0) sections.push(region.section)
      append(stretch, units(items, nested, home, floor, itemDetectors.length, headed, region.section, format))
      continue
    }

    const {items, stray, nested} = topLevelItems(region.blocks)
    append(unassigned, stray)
    const made = units(items, nested, home, floor, itemDetectors.length, headed, undefined, format)
    const labelIndents = home === -1 ? describedLabelIndents(items) : undefined
    for (const unit of made) {
      if (unit.allowed.length === 0 || (labelIndents && isStrayLine(unit.item, labelIndents))) append(unassigned, unit.item.blocks)
      else stretch.push(unit)
    }
  }

  flush()
  return sections
}

/**
 * The items of a region that are not nested in another: a nested item's
 * block travels in its parent's details, so it goes wherever the parent
 * goes (a unit of its own would add it to a section a second time, and
 * every level of nesting once more).
 */
function topLevelItems(blocks: readonly Block[]): {
  items: CollectedItem[]
  stray: Block[]
  /**
   * Per top-level item, the items nested under it; `undefined` when an
   * item without a name was dropped, or a nested item took a top-level line.
   */
  nested: Array<CollectedItem[] | undefined>
} {
  const {items, stray, unnamed} = readItems(blocks)
  const nestedBlocks = new Set<Block>()
  const pending: Block[] = []
  for (const block of blocks) for (const detail of block.details) pending.push(detail)
  while (pending.length > 0) {
    const block = pending.pop()!
    if (block.kind === 'item') nestedBlocks.add(block)
    for (const detail of block.details) pending.push(detail)
  }

  if (nestedBlocks.size === 0) return {items, stray, nested: items.map(() => (unnamed === 0 ? [] : undefined))}
  // Nested items follow their parent in the list (the walk is depth first),
  // unless the parent had no name and was dropped.
  const top: CollectedItem[] = []
  const nested: Array<CollectedItem[] | undefined> = []
  for (const item of items) {
    if (!nestedBlocks.has(item.blocks[0]!)) {
      top.push(item)
      nested.push(unnamed === 0 ? [] : undefined)
    } else if (item.blocks.length === 1) {
      nested.at(-1)?.push(item)
    } else if (nested.length > 0) {
      // A top-level line that went to a nested item as its description is
      // in no section's blocks: a second reading would not find it.
      nested[nested.length - 1] = undefined
    }
  }

  return {items: top, stray, nested}
}

/**
 * A line on its own outside every heading's reach: no bullet, no
 * description ("Advertisement", "Share this profession"). Heading-less
 * items are bulleted, or labels followed by their description; such a line
 * is left over from the page, and reported rather than read as an item.
 * Unless it is indented as the labels with descriptions around it are: a
 * page copied without its bullets still indents every name alike, those
 * without a description too.
 */
function isStrayLine(item: CollectedItem, labelIndents: ReadonlySet<number>): boolean {
  const block = item.blocks[0]!
  return !item.described && block.kind === 'line' && !labelIndents.has(block.indent)
}

/** The indentations (other than none) of the bullet-less labels with a description. */
function describedLabelIndents(items: readonly CollectedItem[]): Set<number> {
  const indents = new Set<number>()
  for (const item of items) {
    const block = item.blocks[0]!
    if (item.described && block.kind === 'line' && block.indent > 0) indents.add(block.indent)
  }

  return indents
}

/**
 * The units of one region, with the detectors each may go to (its heading's,
 * and those after it, from `floor` on, that have no heading). An item right
 * under a heading (no double blank line between) is the heading's; in
 * Markdown, where headings are written rather than left over from a copy,
 * every item under a heading is.
 */
function units(
  items: CollectedItem[],
  nested: ReadonlyArray<CollectedItem[] | undefined>,
  home: number,
  floor: number,
  count: number,
  headed: ReadonlySet<number>,
  section: Section | undefined,
  format: Format
): Array<Unit & {section?: Section}> {
  const allowed: number[] = []
  if (home !== -1) allowed.push(home)
  for (let index = Math.max(home + 1, floor); index < count; index++) {
    if (!headed.has(index)) allowed.push(index)
  }

  const own = section ? [home] : allowed
  const authored = section !== undefined && format === 'markdown'
  const underHeading = section !== undefined && (items[0]?.blocks[0]?.gap ?? 0) < 2

  return items.map((item, position) => ({
    item,
    nested: item.blocks[0]!.kind === 'item' ? nested[position] : undefined,
    allowed: authored || (position === 0 && underHeading) ? own : allowed,
    home: section ? home : -1,
    opensRegion: position === 0,
    section
  }))
}

/** Label one stretch of units and build its sections. */
function label(
  stretch: Array<Unit & {section?: Section}>,
  itemDetectors: readonly Detector[],
  context: DetectContext
): Section[] {
  const labels = itemDetectors.length
  const size = stretch.length
  const none = Number.NEGATIVE_INFINITY
  // Flat tables, row per unit, column per label.
  const cell = (index: number, label: number) => index * labels + label

  // Emission scores, -∞ where a label is not allowed.
  const emit = filled(size * labels, none)
  for (let index = 0; index < size; index++) {
    const unit = stretch[index]!
    for (const label of unit.allowed) {
      emit[cell(index, label)] =
        itemDetectors[label]!.scoreItem!(unit.item, context) + (label === unit.home ? 1 : 0)
    }
  }

  // Where each unit's transition table starts (see `transitionTable`).
  const square = labels * labels
  const transitions = transitionTable(labels)
  const tables = filled(size, 0)
  const usual = usualGap(stretch)
  for (let index = 0; index < size; index++) {
    const unit = stretch[index]!
    const gap = unit.item.blocks[0]?.gap ?? 0
    tables[index] = unitKind(unit.opensRegion, unit.home !== -1, gap >= 2 && gap > usual) * square
  }

  // Forward (Viterbi) and backward best scores.
  const forward = filled(size * labels, none)
  const back = filled(size * labels, -1)
  for (let to = 0; to < labels; to++) forward[cell(0, to)] = emit[cell(0, to)]!
  for (let index = 1; index < size; index++) {
    const table = tables[index]!
    for (let to = 0; to < labels; to++) {
      const here = emit[cell(index, to)]!
      if (here === none) continue
      let top = none
      let from = -1
      for (let previous = 0; previous < labels; previous++) {
        const value = forward[cell(index - 1, previous)]! + transitions[table + previous * labels + to]!
        if (value > top) {
          top = value
          from = previous
        }
      }

      forward[cell(index, to)] = top + here
      back[cell(index, to)] = from
    }
  }

  const backward = filled(size * labels, none)
  for (let to = 0; to < labels; to++) backward[cell(size - 1, to)] = 0
  for (let index = size - 2; index >= 0; index--) {
    const table = tables[index + 1]!
    for (let from = 0; from < labels; from++) {
      let top = none
      for (let to = 0; to < labels; to++) {
        const value =
          transitions[table + from * labels + to]! + emit[cell(index + 1, to)]! + backward[cell(index + 1, to)]!
        if (value > top) top = value
      }

      backward[cell(index, from)] = top
    }
  }

  // Trace the best path.
  const path = filled(size, 0)
  let best = 0
  for (let to = 1; to < labels; to++) {
    if (forward[cell(size - 1, to)]! > forward[cell(size - 1, best)]!) best = to
  }

  const total = forward[cell(size - 1, best)]!
  if (total === none) {
    // No labelling satisfies the constraints: keep each unit where it may first go.
    for (let index = 0; index < size; index++) path[index] = stretch[index]!.allowed[0]!
    return build(stretch, path, filled(size, 0), itemDetectors)
  }

  for (let index = size - 1; index >= 0; index--) {
    path[index] = best
    best = back[cell(index, best)]!
  }

  // Margin of each unit: best total minus the best total with another label there.
  const margin = filled(size, 0)
  for (let index = 0; index < size; index++) {
    let alternative = none
    for (let other = 0; other < labels; other++) {
      if (other === path[index]) continue
      const value = forward[cell(index, other)]! + backward[cell(index, other)]!
      if (value > alternative) alternative = value
    }

    margin[index] = total - alternative
  }

  return build(stretch, path, margin, itemDetectors)
}

/**
 * The gap that separates items in a stretch: the most common number of
 * blank lines before its items (the fewer on a tie), once there are enough
 * items to tell; 1 otherwise, a copied page's usual one. Only a wider gap
 * than that separates groups: a page whose every item follows two blank
 * lines has no gap that says more than another.
 */
function usualGap(stretch: ReadonlyArray<Unit>): number {
  if (stretch.length < 4) return 1
  const counts = new Map<number, number>()
  for (let index = 1; index < stretch.length; index++) {
    const gap = stretch[index]!.item.blocks[0]?.gap ?? 0
    counts.set(gap, (counts.get(gap) ?? 0) + 1)
  }

  let usual = 1
  let most = 0
  for (const [gap, count] of counts) {
    if (count > most || (count === most && gap < usual)) {
      usual = gap
      most = count
    }
  }

  return Math.max(usual, 1)
}

/** The transition table of the last number of labels (every document of a run has the same detectors). */
let transitionsOf: {labels: number; table: readonly number[]} | undefined

/**
 * The score of moving from one label to the next depends on three facts
 * about the unit moved to: one table of `labels` × `labels` per kind of
 * unit (see `unitKind`), made once rather than looked up twice per pair of
 * labels, and kept for the next stretch.
 */
function transitionTable(labels: number): readonly number[] {
  if (transitionsOf?.labels === labels) return transitionsOf.table
  const square = labels * labels
  const table = filled(8 * square, Number.NEGATIVE_INFINITY)
  for (let kind = 0; kind < 8; kind++) {
    for (let from = 0; from < labels; from++) {
      for (let to = 0; to < labels; to++) {
        table[kind * square + from * labels + to] = transition(kind, from, to)
      }
    }
  }

  transitionsOf = {labels, table}
  return table
}

/** The kind of a unit, 0–7, from the three facts its transitions depend on. */
function unitKind(opensRegion: boolean, headed: boolean, afterGap: boolean): number {
  return (opensRegion ? 4 : 0) + (headed ? 2 : 0) + (afterGap ? 1 : 0)
}

/**
 * The score of going from label `from` to label `to` at a unit of a kind
 * (see `unitKind`): whether it opens a region, sits under a heading (has a
 * home) and follows a wide gap.
 */
function transition(kind: number, from: number, to: number): number {
  const opensRegion = kind >= 4
  const headed = (kind & 2) !== 0
  const afterGap = (kind & 1) !== 0
  // A heading resets the order: "Skills" may come before "Knowledge".
  if (opensRegion && headed) return to === from ? 0 : switchAtGap
  if (to < from) return Number.NEGATIVE_INFINITY
  if (to === from) return afterGap && !opensRegion ? gapWithinGroup : 0
  // Under its own heading, a group only hands over at a double blank line.
  if (headed && !afterGap) return Number.NEGATIVE_INFINITY
  return afterGap || opensRegion ? switchAtGap : switchWithoutGap
}

/** Group consecutive units of one label into sections. */
function build(
  stretch: Array<Unit & {section?: Section}>,
  path: readonly number[],
  margin: readonly number[],
  itemDetectors: readonly Detector[]
): Section[] {
  const sections: Section[] = []
  const emptied = new Set<Section>()
  let current: Section | undefined
  let currentKey: unknown
  // The items of each section's blocks, for extraction; `undefined` once one cannot be handed on.
  const itemsOf = new Map<Section, CollectedItem[] | undefined>()

  for (const [index, unit] of stretch.entries()) {
    const labelIndex = path[index]!
    const detector = itemDetectors[labelIndex]!
    const own = unit.section !== undefined && unit.home === labelIndex
    // Units stay in their heading's section; others group into inferred sections.
    const key = own ? unit.section : `${labelIndex}`
    if (!current || key !== currentKey) {
      if (own) {
        current = unit.section!
        current.blocks = []
        itemsOf.set(current, [])
      } else {
        current = {
          detector: detector.id,
          heading: undefined,
          argument: undefined,
          blocks: [],
          confidence: 1,
          inferred: true
        }
        if (unit.section && !emptied.has(unit.section) && !sections.includes(unit.section)) {
          // The heading's own section keeps its place, even when it ends up empty.
          unit.section.blocks = []
          itemsOf.set(unit.section, [])
          emptied.add(unit.section)
          sections.push(unit.section)
        }

        itemsOf.set(current, [])
      }

      sections.push(current)
      currentKey = key
    }

    append(current.blocks, unit.item.blocks)
    const items = itemsOf.get(current)
    if (items && unit.nested) {
      items.push(unit.item)
      append(items, unit.nested)
    } else {
      itemsOf.set(current, undefined)
    }

    if (current.inferred) {
      current.confidence = Math.min(current.confidence, sigmoid(margin[index]!))
    }
  }

  for (const [section, items] of itemsOf) if (items) rememberItems(section, items)
  return sections
}

/**
 * An array of `size` copies of `value`. Plain arrays, not typed ones: the
 * tables are small and made per stretch, and a typed array's separate
 * backing store costs more to make than the whole table costs to fill.
 * Made at its size, where pushing grows it several times.
 */
function filled(size: number, value: number): number[] {
  const array = new Array<number>(size)
  for (let index = 0; index < size; index++) array[index] = value
  return array
}

function sigmoid(value: number): number {
  if (value === Number.POSITIVE_INFINITY) return 1
  return 1 / (1 + Math.exp(-value))
}

/** `target.push(...items)` without the spread, which overflows the stack at 100,000 items or more. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}
