import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {endsWithLowerCase, WordTable} from '../../src/language/word-table.js'

// Words in every case, and the characters whose lower case is special:
// `İ` (two characters), the Kelvin sign (lower-cases to ASCII `k`), a final sigma.
const pieces = ['keep', 'Keep', 'KEEP', 'ing', 'İ', '\u212A', 'Σ', 'σ', 'ς', 'é', 'É', 'x-ray', "'", ' ', 'a', 'B']
const text = fc.array(fc.constantFrom(...pieces), {maxLength: 8}).map((parts) => parts.join(''))

describe('WordTable', () => {
  const entries = new Map([
    ['keep', 1],
    ['x-ray', 2],
    ['ing', 3],
    ['a', 4],
    ['keepa', 5],
    ['οδος', 6],
    ['é', 7],
    // Never the lower case of a word: never found.
    ['Keep', 8]
  ])
  const table = new WordTable(entries)

  test('finds a slice of a text as a map finds its lower case', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        const start = Math.min(a, b) % (value.length + 1)
        const end = start + ((Math.max(a, b) - Math.min(a, b)) % (value.length - start + 1))
        expect(table.get(value, start, end)).toBe(entries.get(value.slice(start, end).toLowerCase()) ?? 0)
      }),
      {numRuns: 3000}
    )
  })

  test('finds words in any case, and only whole words', () => {
    const words = ['KEEP', 'Keep', 'keeping', 'kee', 'X-Ray', '\u212Aeep', 'ΟΔΟΣ', 'É', 'b']
    expect(words.map((word) => table.get(word, 0, word.length))).toEqual([1, 1, 0, 0, 2, 1, 6, 7, 0])
    expect(table.get('to keep going', 3, 7)).toBe(1)
  })

  test('holds many words', () => {
    const many = new Map(Array.from({length: 5000}, (_, index) => [`w${index}`, index + 1]))
    const big = new WordTable(many)
    expect([...many.keys()].every((word) => big.get(word.toUpperCase(), 0, word.length) === many.get(word))).toBe(true)
    expect(big.get('w5000', 0, 5)).toBe(0)
  })
})

describe('endsWithLowerCase', () => {
  test('tells what the lower case of a slice ends with', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('ing', 'ion', 'g', 'ep', ''), (value, suffix) => {
        expect(endsWithLowerCase(value, 0, value.length, suffix)).toBe(value.toLowerCase().endsWith(suffix))
      }),
      {numRuns: 2000}
    )
  })
})
