import type {EssentialItem} from '../model/profession.js'
import type {ExtractContext, Section} from '../sections/detector.js'
import {sectionItems} from './section-items.js'

/** Read the essential items (name + optional description) of a section. */
export function extractEssentialItems(section: Section, context: ExtractContext): EssentialItem[] {
  const items = sectionItems(section, context.source)
  return items.map((item, index) => {
    context.locate([index], item.position)
    const value: EssentialItem = {name: item.name}
    if (item.description) {
      value.description = item.description
      if (item.descriptionPosition) context.locate([index, 'description'], item.descriptionPosition)
    }

    return value
  })
}

/** Read the labels of a list section (job titles, tasks, related professions). */
export {collectLabels} from './items.js'
