import type {Profession} from '../model/profession.js'

/** A string of the profession, where it is, and how to name it in a message. */
export interface ProfessionString {
  /** JSON Pointer into the profession. */
  pointer: string
  value: string
  /** "the description of skill `Manage budgets`". */
  label: string
}

/**
 * Every free-text string of a profession, in model order: title,
 * description, item names and descriptions, optional labels, job titles,
 * tasks, related professions. Personality types are not free text.
 *
 * @param profession
 *   The profession.
 */
export function professionStrings(profession: Profession): ProfessionString[] {
  const strings: ProfessionString[] = [
    {pointer: '/title', value: profession.title, label: 'the title'},
    {pointer: '/description', value: profession.description, label: 'the description'}
  ]

  for (const field of ['knowledge', 'skills'] as const) {
    const what = field === 'knowledge' ? 'knowledge item' : 'skill'
    for (const [index, item] of profession[field].entries()) {
      strings.push({pointer: `/${field}/${index}`, value: item.name, label: `${what} \`${item.name}\``})
      if (item.description !== undefined) {
        strings.push({
          pointer: `/${field}/${index}/description`,
          value: item.description,
          label: `the description of ${what} \`${item.name}\``
        })
      }
    }
  }

  for (const [index, item] of profession.optionalSkills.entries()) {
    strings.push({pointer: `/optionalSkills/${index}`, value: item.name, label: `optional item \`${item.name}\``})
  }

  const lists = [
    ['jobTitles', profession.jobTitles, 'job title'],
    ['tasks', profession.tasks ?? [], 'task'],
    ['relatedProfessions/professions', profession.relatedProfessions?.professions ?? [], 'related profession']
  ] as const
  for (const [path, list, what] of lists) {
    for (const [index, value] of list.entries()) {
      strings.push({pointer: `/${path}/${index}`, value, label: `${what} \`${value}\``})
    }
  }

  return strings
}
