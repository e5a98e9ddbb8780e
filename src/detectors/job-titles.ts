import {collectLabels} from '../extract/items.js'
import {endsLikeSentence, wordCount} from '../extract/text.js'
import type {Block} from '../sections/block.js'
import type {Detector} from '../sections/detector.js'

/**
 * Common job titles: one per item or line. Titles keep their commas,
 * slashes, parentheses, `&` and ` - ` ("Producer, branded & original content").
 * The list ends where blocks stop looking like titles: at an item with a
 * description (knowledge or skills, when the section comes before them), at
 * a line that reads as a sentence ("© 2024 CareerSite. All rights
 * reserved."), at a bullet-less line after bulleted titles ("Share this
 * profession"), or at a double blank line. What follows is left to
 * inference, and reported when no section takes it. Under a Markdown
 * heading, written rather than left over from a copy, every block is a title.
 */
export const jobTitles: Detector<string[]> = {
  id: 'job-titles',
  description: 'Common job titles',
  field: 'jobTitles',
  extent(section, context) {
    if (context.format === 'markdown' && section.heading?.kind === 'heading') return section.blocks.length
    let count = 0
    let bulleted = false
    for (const block of section.blocks) {
      if (block.kind !== 'item' && block.kind !== 'line') break
      if (block.details.length > 0 || readsAsSentence(block)) break
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

/**
 * Prose rather than a title: more than 12 words (20 for a bulleted item:
 * titles such as "Business to business sales consultant in hardware,
 * plumbing and heating equipment and supplies" run to 13), two sentences
 * ("© 2024 CareerSite. All rights reserved."), or a closing full stop after
 * more than 6 words. A title may hold or end with an abbreviation ("Sr.
 * Producer", "Head of Dept.").
 */
function readsAsSentence(block: Block): boolean {
  const {text} = block
  const words = wordCount(text)
  if (words > (block.kind === 'item' ? 20 : 12) || (words > 6 && endsLikeSentence(text))) return true
  // A full stop, a space and a capital after three words or more: a second
  // sentence starts ("Sr. Producer" is an abbreviation). At most 12 words, so
  // at most 12 places to look.
  for (let index = text.indexOf('. '); index !== -1; index = text.indexOf('. ', index + 2)) {
    const next = text.charCodeAt(index + 2)
    if (next >= 65 && next <= 90 && wordCount(text.slice(0, index)) >= 3) return true
  }

  return false
}
