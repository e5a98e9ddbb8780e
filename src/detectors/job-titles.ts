import {collectLabels} from '../extract/items.js'
import {isLabelLike} from '../extract/text.js'
import type {Detector} from '../sections/detector.js'

/**
 * Common job titles: one per item or line. Titles keep their commas,
 * slashes, parentheses, `&` and ` - ` ("Producer, branded & original content").
 * The list ends where blocks stop looking like titles: at an item with a
 * description (knowledge or skills, when the section comes before them), at
 * a line that reads as a sentence ("© 2024 CareerSite. All rights
 * reserved."), at a bullet-less line after bulleted titles ("Share this
 * profession"), or at a double blank line. What follows is left to
 * inference, and reported when no section takes it.
 */
export const jobTitles: Detector<string[]> = {
  id: 'job-titles',
  description: 'Common job titles',
  field: 'jobTitles',
  extent(section) {
    let count = 0
    let bulleted = false
    for (const block of section.blocks) {
      if (block.kind !== 'item' && block.kind !== 'line') break
      if (block.details.length > 0 || !isLabelLike(block.text)) break
      if (count > 0 && block.gap >= 2) break
      if (bulleted && block.kind === 'line') break
      if (block.kind === 'item') bulleted = true
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
