import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {tokenize} from '../../src/segment/tokens.js'
import {closesParenthesis, copyOf, endsWithComma, findWord, isOf, opensParenthesis, wordAt, wordGeneration, wordOf} from '../../src/segment/words.js'

/** The comparison form of a word as written: lower case, curly apostrophes straight. */
function comparisonForm(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'")
}

describe('wordAt', () => {
  test('is the word of the comparison form of the slice, in any case, curly apostrophes straight', () => {
    const line = 'Manage STAFF of Ana’s ‘CAFÉ’ manage'
    const at = (text: string) => {
      const start = line.indexOf(text)
      return wordAt(line, start, start + text.length)
    }

    expect(at('Manage')).toBe(wordOf('manage'))
    expect(at('STAFF').text).toBe('staff')
    expect(at('Ana’s')).toBe(wordOf("ana's"))
    expect(at('‘CAFÉ’')).toBe(wordOf("'café'"))
    expect(at('manage')).toBe(at('Manage'))
  })

  test('gives the same word as wordOf of the comparison form, for any slice', () => {
    const character = fc.constantFrom('a', 'Z', 'q', '1', '-', '(', ')', "'", '\u2019', '\u2018', 'é', 'É', 'ß', 'İ', ',')
    fc.assert(
      fc.property(fc.array(character, {minLength: 1, maxLength: 8}), fc.string({maxLength: 4}), (characters, before) => {
        const word = characters.join('')
        const line = before.replace(/\s/g, '') + ' ' + word + ' '
        const start = line.indexOf(' ') + 1
        const found = wordAt(line, start, start + word.length)
        expect(found.text).toBe(comparisonForm(word))
        expect(found.generation !== wordGeneration() || found === wordOf(comparisonForm(word))).toBe(true)
      })
    )
  })
})

describe('Word.edges', () => {
  test('says what the text of any word starts and ends with, and whether its bare form is "of"', () => {
    const character = fc.constantFrom('o', 'f', 'a', ',', '(', ')', '"', '.', '-')
    fc.assert(
      fc.property(fc.array(character, {minLength: 1, maxLength: 6}), (characters) => {
        const word = wordOf(characters.join(''))
        expect(Boolean(word.edges & endsWithComma)).toBe(word.text.endsWith(','))
        expect(Boolean(word.edges & opensParenthesis)).toBe(word.text.startsWith('('))
        expect(Boolean(word.edges & closesParenthesis)).toBe(word.text.endsWith(')'))
        expect(Boolean(word.edges & isOf)).toBe(word.bare === 'of')
      })
    )
    expect(wordOf('(of),').edges & isOf).toBe(isOf)
  })
})

describe('tokenize', () => {
  test('gives each token the word of its comparison form, found through the folded characters it read', () => {
    const character = fc.constantFrom('a', 'B', 'z', '1', '-', '(', ')', "'", '\u2019', 'é', 'Ä', ' ', ' ', '\t', '\u00a0')
    fc.assert(
      fc.property(fc.array(character, {maxLength: 40}), (characters) => {
        const line = characters.join('')
        for (const token of tokenize(line)) {
          const form = comparisonForm(line.slice(token.start, token.end))
          expect(token.word).toBe(form)
          if (token.form.generation === wordGeneration()) expect(token.form).toBe(wordOf(form))
        }
      })
    )
  })
})

describe('the word table', () => {
  test('keeps every word once as it grows: each comes back as the same object', () => {
    const generation = wordGeneration()
    const made = Array.from({length: 5000}, (_, index) => wordOf('growth-word-' + index))
    if (wordGeneration() !== generation) return expect.fail('the table was emptied while filling it; too few words kept')
    for (const [index, word] of made.entries()) {
      expect(wordOf('growth-word-' + index)).toBe(word)
      expect(findWord('growth-word-' + index)).toBe(word)
    }
  })

  test('findWord does not add a word', () => {
    expect(findWord('never-seen-word-xyz')).toBeUndefined()
    expect(findWord('never-seen-word-xyz')).toBeUndefined()
    expect(wordOf('never-seen-word-xyz')).toBe(findWord('never-seen-word-xyz'))
  })

  test('when full, is emptied: a new generation of new objects', () => {
    const before = wordOf('kept-across')
    const generation = wordGeneration()
    for (let index = 0; wordGeneration() === generation; index++) wordOf('filler-' + index)
    const after = wordOf('kept-across')

    expect(after).not.toBe(before)
    expect(after.text).toBe('kept-across')
    expect(after.generation).toBe(wordGeneration())
  })
})

describe('copyOf', () => {
  test('gives the same text, for short and long slices, one-byte and two-byte', () => {
    const page = 'x’ Manage staff and budgets of the organisation ' + 'filler '.repeat(100)
    for (const [start, end] of [[3, 8], [3, 46], [0, 46]] as const) {
      const slice = page.slice(start, end)
      expect(copyOf(slice)).toBe(slice)
      expect(copyOf(slice.toLowerCase())).toBe(slice.toLowerCase())
    }

    expect(copyOf('')).toBe('')
  })
})
