import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {ambiguousVerbs, nounOpeners, verbs} from '../../src/language/english.js'
import {labelScore, lowerWords, phraseKind, skillScore, wordShape, wordsKindOf} from '../../src/language/shape.js'

/** What a description adds to a label's score, from the first of its first 40 characters' words. */
function expected(value: string): number {
  const first = lowerWords(value.slice(0, 40))[0]
  if (first === undefined) return 0
  if (nounOpeners.has(first)) return -1.5
  if (ambiguousVerbs.has(first)) return 0.8
  return verbs.has(first) ? 1.5 : -1
}

describe('phraseKind', () => {
  test('calls a verb phrase a skill', () => {
    const labels = [
      'manage budgets',
      'negotiate with artists',
      'carry out auditions',
      'liaise with financiers',
      'use audio reproduction software',
      'design costumes'
    ]

    expect(labels.map((label) => [label, phraseKind(label)])).toEqual(labels.map((label) => [label, 'skill']))
  })

  test('calls a noun phrase knowledge', () => {
    const labels = [
      'tax legislation',
      'accounting techniques',
      'types of audiovisual formats',
      'design principles',
      'market research',
      'Pharmacology',
      'process engineering'
    ]

    expect(labels.map((label) => [label, phraseKind(label)])).toEqual(labels.map((label) => [label, 'knowledge']))
  })

  test('calls a noun phrase that ends in a head noun knowledge, whatever its length', () => {
    const labels = ['project management principles', 'market research methods', 'sound design techniques']

    expect(labels.map((label) => [label, phraseKind(label)])).toEqual(labels.map((label) => [label, 'knowledge']))
  })

  test('gives what wordsKindOf gives for the label\'s first and last words, their shapes and their count', () => {
    const word = fc.constantFrom('manage', 'design', 'tax', 'legislation', 'of', 'principles', 'use', 'music', 'records', 'keeping', 'test', 'automation', 'accounting', '', "o'neill")
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 6}), (words) => {
        const first = words[0]!
        const last = words.at(-1)!
        expect(wordsKindOf(first, wordShape(first), last, wordShape(last), words.length)).toBe(phraseKind(words.join(' '), words))
      })
    )
  })

  test('reads the case and punctuation of a label away', () => {
    expect([phraseKind('Manage Budgets'), phraseKind('(manage budgets)'), phraseKind('Tax legislation.')]).toEqual([
      'skill',
      'skill',
      'knowledge'
    ])
  })
})

describe('skillScore', () => {
  test('is positive for a clear skill and negative for clear knowledge', () => {
    expect([
      skillScore('manage budgets') > 0,
      skillScore('manage budgets', 'Plan, monitor and report on the budget.') > 0,
      skillScore('tax legislation') < 0,
      skillScore('tax legislation', 'The laws and regulations on taxes.') < 0
    ]).toEqual([true, true, true, true])
  })

  test('moves with how the description opens', () => {
    const alone = skillScore('design costumes')

    expect([
      skillScore('design costumes', 'Draw and sketch costumes for a production.') > alone,
      skillScore('design costumes', 'The principles of costume design.') < alone
    ]).toEqual([true, true])
  })

  test('reads a description opening with a verb of knowing as knowledge, not as a skill', () => {
    const alone = skillScore('fuel distribution systems')

    expect([
      skillScore('fuel distribution systems', 'Know all aspects of fuel distribution systems.') < alone,
      skillScore('air traffic management', 'Understand the activities in air traffic management.') <
        skillScore('air traffic management'),
      skillScore('manage budgets', 'Understand and plan the budget.') > 0
    ]).toEqual([true, true, true])
  })

  test('is 0 for an empty label', () => {
    expect(skillScore('')).toBe(0)
  })
})

describe('lowerWords', () => {
  test('lower-cases and strips punctuation around words, keeping hyphens and apostrophes inside', () => {
    expect(lowerWords("Record (multi-track) sound, animal's welfare.")).toEqual([
      'record',
      'multi-track',
      'sound',
      "animal's",
      'welfare'
    ])
  })
})

describe('skillScore of a description', () => {
  test('reads the first word of the description as lowerWords does', () => {
    const openings = [
      '',
      ' ',
      '  Manage staff',
      '(The) rules',
      '- - Draw',
      'DESIGN of',
      'ΟΔΟΣ ΣΑΣ',
      'Σ test',
      'İnspect',
      'Plan' + ' x'.repeat(30),
      ' '.repeat(39) + 'Draw',
      ' '.repeat(41) + 'Draw',
      'x'.repeat(36) + ' draw',
      'x'.repeat(37) + ' draw'
    ]
    const alone = skillScore('tax legislation')
    expect(openings.map((opening) => [opening, skillScore('tax legislation', opening) - alone])).toEqual(
      openings.map((opening) => [opening, opening === '' ? 0 : expected(opening)])
    )
  })
})

describe('labelScore', () => {
  test('scores a label alone as it scores the label with its words', () => {
    const labels = [
      '',
      ' ',
      '- & -',
      'Welding',
      'manage',
      'Design principles',
      'design  principles ',
      ' (sound) design techniques.',
      'record keeping',
      'test automation',
      'Test automation of ( ) systems',
      'use audio reproduction software',
      'Pharmacology & toxicology',
      '“Manage” budgets',
      'İstanbul guiding',
      'ΟΔΟΣ design',
      'design ΟΔΟΣ'
    ]

    expect(labels.map((label) => labelScore(label))).toEqual(labels.map((label) => labelScore(label, lowerWords(label))))
  })
})

describe('reading words as written', () => {
  // Words in every case, list words among them, with the punctuation and
  // the characters whose lower case is special: `İ` (two characters), the
  // Kelvin sign (lower-cases to ASCII `k`), a final sigma.
  const pieces = [
    ' ', '  ', 'design', 'Design', 'DESIGN', 'principles', 'Principles', 'manage', 'Manage', 'keeping',
    'KEEPING', 'automation', 'the', 'The', 'sound', 'techniques', 'ing', 'Ing', 'ion', 'a', '(', ')', ',',
    '.', '-', '&', "'", '“', 'İ', 'İnspect', '\u212Aeep', 'ΟΔΟΣ', 'Σ', 'é', 'x-ray', 'X-RAY', '2', '\t'
  ]
  const phrase = fc.array(fc.constantFrom(...pieces), {maxLength: 12}).map((parts) => parts.join(''))

  test('scores a label as it scores its lower-case words', () => {
    fc.assert(
      fc.property(phrase, (label) => {
        expect(labelScore(label)).toBe(labelScore(label, lowerWords(label)))
      }),
      {numRuns: 2000}
    )
  })

  test('reads the first word of a description as lowerWords does', () => {
    fc.assert(
      fc.property(phrase, (description) => {
        expect(skillScore('tax legislation', description) - skillScore('tax legislation')).toBe(
          description === '' ? 0 : expected(description)
        )
      }),
      {numRuns: 2000}
    )
  })
})
