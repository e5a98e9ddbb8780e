import type {z} from 'zod'
import {builtinRule} from '../rule.js'
import {isEmptyValue, sectionFields, sectionText} from '../sections.js'

/** Sections that can be required: all but the title, which `missing-title` checks. */
const requirable = [
  'description',
  'personality',
  'knowledge',
  'skills',
  'optional-skills',
  'job-titles',
  'tasks',
  'related-professions'
] as const

const options = (zod: typeof z) =>
  zod.strictObject({
    sections: zod
      .array(zod.enum(requirable))
      .optional()
      .describe('Section ids that must be present and non-empty (the title is checked by `missing-title`)')
  })

/** Options of `required-sections`. */
export type RequiredSectionsOptions = Required<z.infer<ReturnType<typeof options>>>

/**
 * `required-sections`: a section the profile must have is missing — no
 * heading and nothing inferred in a document, an empty value in a converted
 * profile. A heading with nothing under it is `empty-section`'s business.
 */
export const requiredSections = builtinRule<RequiredSectionsOptions>({
  id: 'required-sections',
  description: 'A required section that is missing',
  severity: 'error',
  tags: ['structure'],
  inputs: ['document', 'json'],
  defaults: {sections: ['description', 'personality', 'knowledge', 'skills', 'job-titles']},
  options,
  check(context) {
    for (const id of context.options.sections) {
      const field = sectionFields[id]
      if (!isEmptyValue(context.profession[field])) continue
      const text = sectionText[id]
      if (context.kind === 'json') {
        context.report({
          reason: `Unexpected empty \`${field}\`, expected ${text.holds}`,
          place: context.positions['/' + field]?.start,
          expected: [field]
        })
      } else if (!context.sections?.some((section) => section.detector === id)) {
        context.report({
          reason: `Unexpected missing section “${text.name}”, expected ${text.holds}`,
          expected: [text.name]
        })
      }
    }
  }
})
