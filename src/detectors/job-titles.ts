import {collectLabels} from '../extract/items.js'
import {hasStrongSeparator, splitOnSeparators, type LinePart} from '../extract/separated.js'
import {endsLikeSentence, wordCount} from '../extract/text.js'
import type {Block} from '../sections/block.js'
import type {Detector} from '../sections/detector.js'
import {partsOf} from '../sections/part-of.js'

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
 * A section that is one line listing titles ("Baker; Head baker; Pastry
 * chef", see `listedTitles`) has a title per entry.
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
      if (count === 0 && listedLine(section.blocks)) return 1
      if (block.details.length > 0 || readsAsSentence(block)) break
      if (count > 0 && block.gap >= 2) break
      if (bulleted && block.kind === 'line') break
      if (block.kind === 'item') bulleted = true
      count++
    }

    return count
  },
  extract(section, context) {
    const listed = listedLine(section.blocks)
    if (listed) {
      const line = section.blocks[0]!
      const place = partsOf(line.position, {source: context.source, text: line.text})
      return listed.map((part, index) => {
        context.locate([index], place(part.offset, part.name.length))
        return part.name
      })
    }

    return collectLabels(section.blocks).map((label, index) => {
      context.locate([index], label.position)
      return label.name
    })
  }
}

/**
 * The titles of a section that is one line listing several, or `undefined`:
 * the section's first block is a bullet-less line with no title line right
 * after it (a bulleted title, or one of several lines, is one title however
 * many commas it has), and its entries are split as `splitOnSeparators`
 * does: between `;`, `|`, `·` or `•` (two entries or more), or between
 * commas when there are three or more ("Baker, Head baker, Pastry chef";
 * "Producer, branded & original content" is one title). Each entry must
 * read as a title, not as prose.
 */
function listedLine(blocks: readonly Block[]): LinePart[] | undefined {
  const [first, next] = blocks
  if (first?.kind !== 'line' || first.details.length > 0) return undefined
  if (next && (next.kind === 'line' || next.kind === 'item') && next.gap <= 1) return undefined
  const parts = splitOnSeparators(first.text)
  if (parts.length < (hasStrongSeparator(first.text) ? 2 : 3)) return undefined
  for (const part of parts) {
    const words = wordCount(part.name)
    if (words > 20 || (words > 6 && endsLikeSentence(part.name))) return undefined
  }

  return parts
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
