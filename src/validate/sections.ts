import type {Profession} from '../model/profession.js'

/*
 * The built-in sections by detector id: the profession field each fills and
 * how messages name it. Rules that take section ids as options use these.
 */

/** Ids of the built-in sections (the detector ids). */
export const sectionIds = [
  'title',
  'description',
  'personality',
  'knowledge',
  'skills',
  'optional-skills',
  'job-titles',
  'tasks',
  'related-professions'
] as const

/** A built-in section id. */
export type SectionId = (typeof sectionIds)[number]

/** The profession field of each section. */
export const sectionFields: Record<SectionId, keyof Profession> = {
  title: 'title',
  description: 'description',
  personality: 'personalityTypes',
  knowledge: 'knowledge',
  skills: 'skills',
  'optional-skills': 'optionalSkills',
  'job-titles': 'jobTitles',
  tasks: 'tasks',
  'related-professions': 'relatedProfessions'
}

/** How messages name each section, and what it should hold. */
export const sectionText: Record<SectionId, {name: string; holds: string}> = {
  title: {name: 'Title', holds: 'the name of the profession'},
  description: {name: 'Description', holds: 'a description of the profession'},
  personality: {name: 'Personality Type', holds: 'Holland types such as `Enterprising / Artistic`'},
  knowledge: {name: 'Knowledge', holds: 'essential knowledge items'},
  skills: {name: 'Skills', holds: 'essential skill items'},
  'optional-skills': {name: 'Optional knowledge and skills', holds: 'optional knowledge and skill labels'},
  'job-titles': {name: 'Common job titles', holds: 'job titles'},
  tasks: {name: 'Tasks', holds: 'tasks'},
  'related-professions': {name: 'Related professions', holds: 'related professions'}
}

/** Whether a section id is a built-in one. */
export function isSectionId(value: string): value is SectionId {
  return (sectionIds as readonly string[]).includes(value)
}

/** Whether a field's value holds nothing: `""`, `[]`, missing, or a related list without professions. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object' && 'professions' in value) {
    const professions = (value as {professions: unknown}).professions
    return !Array.isArray(professions) || professions.length === 0
  }

  return false
}
