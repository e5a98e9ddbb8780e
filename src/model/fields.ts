import type {Profession} from './profession.js'

/*
 * The fields of the profession model a detector may fill, as plain data, so
 * detectors can be checked without loading zod. `extensions` is not one: it
 * holds the values of detectors without a `field`, keyed by their ids.
 */

/** A field of the profession model a detector fills (every field but `extensions`). */
export type ProfessionField = Exclude<keyof Profession, 'extensions'>

/** The fields a detector's `field` may name, in model order. */
export const professionFields = [
  'title',
  'description',
  'personalityTypes',
  'knowledge',
  'skills',
  'optionalSkills',
  'jobTitles',
  'tasks',
  'relatedProfessions'
] as const satisfies readonly ProfessionField[]

// Fails to compile when the model gains a field this list does not name.
const complete: Exclude<ProfessionField, (typeof professionFields)[number]> extends never ? true : false = true
void complete
