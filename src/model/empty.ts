import type {Profession} from './profession.js'

/** A profession with every required field empty: what a document that could not be read or parsed yields. */
export function emptyProfession(): Profession {
  return {title: '', description: '', personalityTypes: [], knowledge: [], skills: [], optionalSkills: [], jobTitles: []}
}
