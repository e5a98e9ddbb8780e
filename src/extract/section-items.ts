import type {Block} from '../sections/block.js'
import type {Section} from '../sections/detector.js'
import {collectItems, placeDescription, type CollectedItem} from './items.js'

/*
 * Item inference reads the items of every stretch between other sections,
 * and builds its sections from those items' blocks. Reading a section's
 * blocks again to extract it finds the same items when each was opened by
 * a bullet: such an item, and what is nested under it, is read from its own
 * blocks alone. Inference leaves those items here, by section; extraction
 * takes them rather than reading the blocks a second time.
 */

interface Remembered {
  /** The section's blocks when the items were left (a changed list is read again). */
  blocks: readonly Block[]
  length: number
  items: CollectedItem[]
}

/**
 * Where the items are kept: a property of the section that is not
 * enumerable, so copies, JSON and comparisons do not see it. (A `WeakMap`
 * keyed by section cost the garbage collector more than the second reading
 * it saved: every parse leaves sections in it.)
 */
const remembered = Symbol('items')

/** Leave the items of `section` (all of them, nested ones after their parent, as `collectItems` lists them). */
export function rememberItems(section: Section, items: CollectedItem[]): void {
  const entry: Remembered = {blocks: section.blocks, length: section.blocks.length, items}
  Object.defineProperty(section, remembered, {value: entry, configurable: true, writable: true})
}

/**
 * `collectItems(section.blocks, {source}).items`: the items inference left
 * for the section when its blocks are the ones they were read from, else
 * read now.
 *
 * @param source
 *   The text the blocks' positions count in (`ExtractContext.source`): with
 *   it, descriptions on an item's own line are placed exactly (inference
 *   read the items without it).
 */
export function sectionItems(section: Section, source?: string | undefined): CollectedItem[] {
  const entry = (section as Section & {[remembered]?: Remembered})[remembered]
  if (entry && entry.blocks === section.blocks && entry.length === section.blocks.length) {
    if (source !== undefined) {
      for (const item of entry.items) {
        if (item.descriptionStart) item.descriptionPosition = placeDescription(item.descriptionStart, source)
      }
    }

    return entry.items
  }

  return collectItems(section.blocks, {source}).items
}
