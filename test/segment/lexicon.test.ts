import {describe, expect, test} from 'vitest'
import {createLexicon, labelWords} from '../../src/segment/lexicon.js'

describe('labelWords', () => {
  test('lower-cases, splits on any whitespace and straightens curly apostrophes', () => {
    expect(labelWords('  Animal’s \t Welfare\u00A0LEGISLATION\r\n')).toEqual(["animal's", 'welfare', 'legislation'])
  })

  test('gives no words for an empty or whitespace-only label', () => {
    expect([labelWords(''), labelWords(' \t\n ')]).toEqual([[], []])
  })
})

describe('Lexicon', () => {
  const lexicon = createLexicon([
    'manage budgets',
    {label: 'Tax legislation', kind: 'knowledge', uri: 'http://x/tax', skillType: 'knowledge'},
    "animal's welfare"
  ])

  test('finds a label whatever its case and whitespace', () => {
    expect([
      lexicon.get('  MANAGE   Budgets ')?.label,
      lexicon.get('tax\tlegislation')?.label,
      lexicon.get('Tax\u00A0Legislation')?.uri,
      lexicon.get('animal’s welfare')?.label
    ]).toEqual(['manage budgets', 'Tax legislation', 'http://x/tax', "animal's welfare"])
  })

  test('finds no label that is only close to a known one', () => {
    const near = ['manage budget', 'tax', 'tax legislations', '']

    expect(near.map((label) => lexicon.get(label))).toEqual([undefined, undefined, undefined, undefined])
  })

  test('keeps the first entry of a label given twice', () => {
    const twice = createLexicon([
      {label: 'tax legislation', uri: 'http://x/first'},
      {label: 'Tax  Legislation', uri: 'http://x/second'}
    ])

    expect([twice.size, twice.get('tax legislation')?.uri]).toEqual([1, 'http://x/first'])
  })

  test('ignores an empty label', () => {
    expect(createLexicon(['', '   ']).size).toBe(0)
  })

  test('matches every known label starting at a word, shortest first', () => {
    const nested = createLexicon(['sales', 'sales activities', 'supervise sales activities'])
    const words = labelWords('supervise sales activities now')
    const found: Array<[number, number, string]> = []
    for (let start = 0; start < words.length; start++) {
      nested.matchAt(words, start, (end, entry) => found.push([start, end, entry.label]))
    }

    expect(found).toEqual([
      [0, 3, 'supervise sales activities'],
      [1, 2, 'sales'],
      [1, 3, 'sales activities']
    ])
  })

  test('counts the words that start and end labels', () => {
    const counted = createLexicon(['financial statements', 'financial management', 'compose music'])

    expect([
      counted.startCount('financial'),
      counted.endCount('music'),
      counted.endCount('financial'),
      counted.hasBigram('compose', 'music'),
      counted.hasBigram('music', 'financial')
    ]).toEqual([2, 1, 0, true, false])
  })
})

describe('Lexicon: many words and pairs', () => {
  test('keeps counting and pairing words past its first table sizes', () => {
    const labels = Array.from({length: 500}, (_, index) => `word${index} word${index + 1} shared`)
    const big = createLexicon(labels)

    expect([
      big.size,
      big.hasBigram('word0', 'word1'),
      big.hasBigram('word499', 'word500'),
      big.hasBigram('word1', 'word0'),
      big.hasBigram('word0', 'shared'),
      big.hasBigram('word8', 'shared'),
      big.wordCount('shared'),
      big.endCount('shared'),
      big.startCount('word250'),
      big.wordCount('word250'),
      big.hasBigram('unknown', 'word1')
    ]).toEqual([500, true, true, false, false, true, 500, 500, 1, 2, false])
  })

  test('finds a label by its words, and none for words that only look close', () => {
    const known = createLexicon(['tax legislation', 'Python', 'manage budgets'])

    expect([
      known.getWords(['tax', 'legislation'])?.label,
      known.getWords(['python'])?.label,
      known.getWords(['tax legislation'])?.label,
      known.getWords(['legislation', 'tax']),
      known.getWords(['tax']),
      known.getWords(['manage', 'tax', 'legislation']),
      known.getWords([])
    ]).toEqual(['tax legislation', 'Python', 'tax legislation', undefined, undefined, undefined, undefined])
  })
})
