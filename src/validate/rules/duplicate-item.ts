import type {z} from 'zod'
import {normalizeKey} from '../../extract/text.js'
import {builtinRule} from '../rule.js'

const listFields = ['knowledge', 'skills', 'optionalSkills', 'jobTitles'] as const
type ListField = (typeof listFields)[number]

const options = (zod: typeof z) =>
  zod.strictObject({
    fields: zod
      .array(zod.enum(listFields))
      .min(1)
      .optional()
      .describe('Lists compared with each other and within themselves (default: knowledge, skills)')
  })

/** Options of `duplicate-item`. */
export type DuplicateItemOptions = Required<z.infer<ReturnType<typeof options>>>

const itemName: Record<ListField, string> = {
  knowledge: 'knowledge item',
  skills: 'skill',
  optionalSkills: 'optional item',
  jobTitles: 'job title'
}

/**
 * `duplicate-item`: an item whose name (case and spacing aside) was already
 * listed, in the same list or another one of `fields`. Reported at the
 * second occurrence, with the first as `cause`.
 */
export const duplicateItem = builtinRule<DuplicateItemOptions>({
  id: 'duplicate-item',
  description: 'An item listed twice, within or across knowledge and skills',
  severity: 'warn',
  tags: ['content'],
  inputs: ['document', 'json'],
  defaults: {fields: ['knowledge', 'skills']},
  options,
  check(context) {
    const seen = new Map<string, {field: ListField; pointer: string}>()
    for (const field of context.options.fields) {
      const list: ReadonlyArray<string | {name: string}> = context.profession[field] ?? []
      for (const [index, entry] of list.entries()) {
        const name = typeof entry === 'string' ? entry : entry.name
        const key = normalizeKey(name)
        const pointer = `/${field}/${index}`
        const first = seen.get(key)
        if (!first) {
          seen.set(key, {field, pointer})
          continue
        }

        const what = itemName[field]
        context.report({
          reason:
            first.field === field
              ? `Unexpected duplicate ${what} \`${name}\`, expected each ${what} once`
              : `Unexpected ${what} \`${name}\` that is also a ${itemName[first.field]}, expected each item in one list`,
          place: context.positions[pointer],
          cause: {reason: `First listed as a ${itemName[first.field]} here`, place: context.positions[first.pointer]},
          actual: name
        })
      }
    }
  }
})
