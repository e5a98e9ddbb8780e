import {collectLabels} from '../extract/items.js'
import type {RelatedProfessions} from '../model/profession.js'
import type {Detector} from '../sections/detector.js'

/**
 * Related professions, from an older page layout: a heading
 * "Related professions <area>" and a list of names, which may be empty.
 * Items with description paragraphs after it are knowledge or skills: the
 * detector takes part in item inference, scoring items without descriptions
 * in a compact list as related professions and described items as not.
 * Only items after its heading are scored (`needsHeading`).
 */
export const relatedProfessions: Detector<RelatedProfessions> = {
  id: 'related-professions',
  description: 'Related professions',
  field: 'relatedProfessions',
  // Stray lines on a page without the heading are no related professions.
  needsHeading: true,
  scoreItem(item) {
    if (item.described) return -4
    // A double blank line after the heading says its list is empty.
    return (item.blocks[0]?.gap ?? 0) >= 2 ? 0 : 1.5
  },
  extract(section, context) {
    const professions = collectLabels(section.blocks).map((label, index) => {
      context.locate(['professions', index], label.position)
      return label.name
    })
    return {area: section.argument ?? '', professions}
  }
}
