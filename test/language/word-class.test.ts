import {describe, expect, test} from 'vitest'
import {
  abstractNoun,
  adjective,
  ambiguousVerb,
  field,
  functionWord,
  gerund,
  headNoun,
  participle,
  particle,
  plural,
  possessive,
  verb,
  wordClass
} from '../../src/language/word-class.js'

const flags = {
  functionWord,
  particle,
  verb,
  ambiguousVerb,
  adjective,
  plural,
  headNoun,
  gerund,
  participle,
  possessive,
  field,
  abstractNoun
}

type Flag = keyof typeof flags

/** Check `[word, flag, expected]` rows; a failure names the row. */
function check(rows: ReadonlyArray<[string, Flag, boolean]>): void {
  for (const [word, flag, expected] of rows) {
    expect([word, flag, (wordClass(word) & flags[flag]) !== 0]).toEqual([word, flag, expected])
  }
}

describe('wordClass', () => {
  test('flags verbs that rarely open a noun phrase', () => {
    check([
      ['manage', 'verb', true],
      ['negotiate', 'verb', true],
      ['liaise', 'verb', true],
      ['manage', 'ambiguousVerb', false],
      ['budgets', 'verb', false]
    ])
  })

  test('flags verbs that also open noun phrases as ambiguous, not as plain verbs', () => {
    check([
      ['design', 'ambiguousVerb', true],
      ['design', 'verb', false],
      ['record', 'ambiguousVerb', true],
      ['film', 'ambiguousVerb', true],
      ['market', 'ambiguousVerb', true]
    ])
  })

  test('flags adjectives by their endings, but not nouns that end like them', () => {
    check([
      ['financial', 'adjective', true],
      ['strategic', 'adjective', true],
      ['audiovisual', 'adjective', true],
      ['creative', 'adjective', true],
      ['animal', 'adjective', false],
      ['chemicals', 'adjective', false],
      ['music', 'adjective', false]
    ])
  })

  test('flags -ular adjectives and hyphenated modifiers, but not other hyphenated words', () => {
    check([
      ['molecular', 'adjective', true],
      ['cellular', 'adjective', true],
      ['nuclear', 'adjective', true],
      ['anti-cancer', 'adjective', true],
      ['non-profit', 'adjective', true],
      ['long-term', 'adjective', true],
      ['web-based', 'adjective', true],
      ['e-agriculture', 'adjective', false],
      ['x-ray', 'adjective', false],
      ['follow-up', 'adjective', false],
      ['anti-', 'adjective', false]
    ])
  })

  test('takes "wind" for a noun that may be a verb, and "recycle" for a verb', () => {
    check([
      ['wind', 'ambiguousVerb', true],
      ['recycle', 'verb', true],
      ['recycle', 'ambiguousVerb', false]
    ])
  })

  test('flags plurals, but not singular nouns ending in s', () => {
    check([
      ['budgets', 'plural', true],
      ['activities', 'plural', true],
      ['business', 'plural', false],
      ['analysis', 'plural', false],
      ['status', 'plural', false],
      ['mechanics', 'plural', false]
    ])
  })

  test('flags possessives, and not as plurals', () => {
    check([
      ["animal's", 'possessive', true],
      ["customers'", 'possessive', true],
      ["customers'", 'plural', false],
      ['customers', 'possessive', false]
    ])
  })

  test('flags fields of study and practice', () => {
    check([
      ['mechanics', 'field', true],
      ['biology', 'field', true],
      ['photography', 'field', true],
      ['physiotherapy', 'field', true],
      ['logistics', 'field', true],
      ['budgets', 'field', false]
    ])
  })

  test('flags function words, particles, head nouns, -ing and -ed forms and abstract nouns', () => {
    check([
      ['of', 'functionWord', true],
      ['with', 'functionWord', true],
      ['up', 'particle', true],
      ['legislation', 'headNoun', true],
      ['principles', 'headNoun', true],
      ['accounting', 'gerund', true],
      ['automated', 'participle', true],
      ['production', 'abstractNoun', true],
      ['scripts', 'headNoun', false]
    ])
  })

  test('gives a function word no other class', () => {
    expect(wordClass('of') & ~(functionWord | particle)).toBe(0)
  })
})
