import {collectLabels} from '../extract/items.js'
import type {Detector} from '../sections/detector.js'

/**
 * Common job titles: one per item or line. Titles keep their commas,
 * slashes, parentheses, `&` and ` - ` ("Producer, branded & original content").
 */
export const jobTitles: Detector<string[]> = {
  id: 'job-titles',
  description: 'Common job titles',
  field: 'jobTitles',
  extract(section, context) {
    return collectLabels(section.blocks).map((label, index) => {
      context.locate([index], label.position)
      return label.name
    })
  }
}
