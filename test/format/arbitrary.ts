/*
 * fast-check arbitraries for professions as the parser returns them: values
 * with whitespace collapsed (no leading, trailing or double spaces),
 * descriptions whose paragraphs are joined by one blank line, and text that
 * mixes words with the characters Markdown and the parser's heuristics care
 * about (`*`, `_`, `#`, `:`, `-`, `&`, `[`, `<`, `` ` ``, `\`, digits…).
 */
import fc from 'fast-check'
import {hollandCode, hollandTypes, type HollandType} from '../../src/model/riasec.js'
import type {EssentialItem, OptionalItem, PersonalityType, Profession} from '../../src/model/profession.js'

const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéü'
const marks = '0123456789*_#:-–—.,;!?&/()[]<>`\\|~+=\'"$%@{}^'

/** A word: mostly letters, now and then Markdown punctuation. */
const word = fc.oneof(
  {weight: 6, arbitrary: fc.string({unit: fc.constantFrom(...letters), minLength: 1, maxLength: 10})},
  {weight: 2, arbitrary: fc.string({unit: fc.constantFrom(...letters + marks), minLength: 1, maxLength: 6})},
  {weight: 1, arbitrary: fc.constantFrom('**', '__', '#', '- ', '1.', '>', '<b>', '&amp;', '[x](y)', '`', ':', 'http://a.b')},
  // Words the parser's heuristics look for: section names, the title prefix,
  // Holland types, promotional phrases, separators.
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Skills',
      'Knowledge',
      'Profession',
      'Tasks',
      'Interests:',
      'Personality Type',
      'Related professions',
      'Overview',
      'Take our free',
      'Enterprising',
      'Artistic',
      '/',
      'EA',
      '•',
      '–',
      '·'
    )
  }
)

/** Words joined by single spaces: a collapsed value. */
export function phrase(minWords: number, maxWords: number): fc.Arbitrary<string> {
  return fc
    .array(word, {minLength: minWords, maxLength: maxWords})
    .map((words) => words.join(' ').replace(/\s+/g, ' ').trim())
    .filter((value) => value !== '')
}

/** A description: one to three paragraphs, joined by a blank line, as the parser joins them. */
const description = fc
  .array(phrase(1, 30), {minLength: 1, maxLength: 3})
  .map((paragraphs) => paragraphs.join('\n\n'))

/**
 * An area as a heading gives it: the parser reads ` & ` in a heading as
 * ` and ` (also right after "Related professions") and trims `*`, `_`, `:` and `#` from its ends, so no heading holds
 * an area with those, and no parsed document has one.
 */
const area = phrase(1, 3).filter((value) => !(' ' + value).includes(' & ') && !/[*_:#]$/.test(value))

const personalityType: fc.Arbitrary<PersonalityType> = fc
  .array(fc.constantFrom<HollandType>(...hollandTypes), {minLength: 1, maxLength: 3})
  .map((types) => ({code: hollandCode(types), types}))

const essentialItem: fc.Arbitrary<EssentialItem> = fc
  .record({name: phrase(1, 6), description: fc.option(description, {nil: undefined})})
  .map(({name, description}) => (description === undefined ? {name} : {name, description}))

const optionalItem: fc.Arbitrary<OptionalItem> = fc.record({
  name: phrase(1, 8),
  kind: fc.constantFrom('knowledge' as const, 'skill' as const)
})

/** A profession as `parse` returns it (without `uri`/`skillType`: those come from a lexicon). */
export const profession: fc.Arbitrary<Profession> = fc
  .record({
    title: phrase(1, 6),
    description: fc.oneof(fc.constant(''), description),
    personalityTypes: fc.array(personalityType, {maxLength: 3}),
    knowledge: fc.array(essentialItem, {maxLength: 4}),
    skills: fc.array(essentialItem, {maxLength: 4}),
    optionalSkills: fc.array(optionalItem, {maxLength: 5}),
    jobTitles: fc.array(phrase(1, 6), {maxLength: 4}),
    tasks: fc.option(fc.array(phrase(1, 10), {maxLength: 3}), {nil: undefined}),
    relatedProfessions: fc.option(
      fc.record({area: fc.oneof(fc.constant(''), area), professions: fc.array(phrase(1, 4), {maxLength: 3})}),
      {nil: undefined}
    )
  })
  .map((value) => {
    const result: Profession = {...value}
    if (result.tasks === undefined) delete result.tasks
    if (result.relatedProfessions === undefined) delete result.relatedProfessions
    return result
  })
