import type {z} from 'zod'
import {builtinRule} from '../rule.js'
import {isEmptyValue, isSectionId, sectionFields, sectionIds, sectionText} from '../sections.js'

const options = (zod: typeof z) =>
  zod.strictObject({
    ignore: zod
      .array(zod.enum(sectionIds))
      .optional()
      .describe('Section ids whose headings may stand alone (default: related-professions)')
  })

/** Options of `empty-section`. */
export type EmptySectionOptions = Required<z.infer<ReturnType<typeof options>>>

/**
 * `empty-section`: a section heading with nothing read under it ("Personality
 * Type" followed straight by knowledge items). Documents only: a converted
 * profile cannot tell an empty section from a missing one.
 */
export const emptySection = builtinRule<EmptySectionOptions>({
  id: 'empty-section',
  description: 'A section heading with nothing under it',
  severity: 'warn',
  tags: ['structure'],
  inputs: ['document'],
  // Older pages print "Related professions <area>" even when the list is empty.
  defaults: {ignore: ['related-professions']},
  options,
  check(context) {
    for (const section of context.sections ?? []) {
      const id = section.detector
      if (section.inferred || !isSectionId(id) || context.options.ignore.includes(id)) continue
      if (!isEmptyValue(context.profession[sectionFields[id]])) continue
      context.report({
        reason: `Unexpected empty section “${section.heading ?? sectionText[id].name}”, expected ${sectionText[id].holds}`,
        place: section.position
      })
    }
  }
})
