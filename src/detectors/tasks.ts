import {collectLabels} from '../extract/items.js'
import type {Detector} from '../sections/detector.js'

/**
 * Tasks of the profession, from an older page layout: a heading
 * "Tasks <profession>" and a bullet list. The list ends at a double blank
 * line or at an item with a description (those are knowledge or skills).
 */
export const tasks: Detector<string[]> = {
  id: 'tasks',
  description: 'Tasks of the profession',
  field: 'tasks',
  extent(section) {
    let count = 0
    for (const block of section.blocks) {
      if (block.kind === 'item' ? block.details.length > 0 : block.kind !== 'line') break
      if (count > 0 && block.gap >= 2) break
      count++
    }

    return count
  },
  extract(section, context) {
    return collectLabels(section.blocks).map((label, index) => {
      context.locate([index], label.position)
      return label.name
    })
  }
}
