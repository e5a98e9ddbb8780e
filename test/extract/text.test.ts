import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {
  collapse,
  collapseSpaces,
  endsLikeSentence,
  isLabelLike,
  normalizeKey,
  splitNameDescription,
  trimPunctuation,
  wordCount
} from '../../src/extract/text.js'

describe('collapse', () => {
  test('collapses runs of whitespace to one space and trims', () => {
    expect(collapse('  Food \t safety\n rules  ')).toBe('Food safety rules')
  })
})

describe('trimPunctuation and normalizeKey', () => {
  test('removes emphasis marks, colons and `#` around a value', () => {
    expect(trimPunctuation('**Knowledge:**')).toBe('Knowledge')
    expect(trimPunctuation('## _Skills_ :')).toBe('Skills')
  })

  test('keeps punctuation inside a value', () => {
    expect(trimPunctuation('**Name**: rest')).toBe('Name**: rest')
  })

  test('makes a comparison key in lower case', () => {
    expect(normalizeKey('  **Tax  Law**: ')).toBe('tax law')
  })
})

describe('wordCount', () => {
  test('counts space-separated words', () => {
    expect(wordCount('  a  b c ')).toBe(3)
    expect(wordCount('')).toBe(0)
  })
})

describe('endsLikeSentence and isLabelLike', () => {
  test('reads a closing `.`, `!`, `?` or `…` as the end of a sentence', () => {
    expect(['Done.', 'Wow!', 'Why?', 'Wait…', 'Label'].map(endsLikeSentence)).toEqual([
      true,
      true,
      true,
      true,
      false
    ])
  })

  test('reads a few words without a full stop as a label', () => {
    expect(isLabelLike('Manage budgets')).toBe(true)
    expect(isLabelLike('Manage budgets.')).toBe(false)
    expect(isLabelLike('')).toBe(false)
  })

  test('rejects lines with more words than allowed', () => {
    const thirteen = Array.from({length: 13}, () => 'word').join(' ')

    expect(isLabelLike(thirteen)).toBe(false)
    expect(isLabelLike(thirteen, 24)).toBe(true)
  })
})

describe('splitNameDescription', () => {
  test('splits `Name: description` with the offset of the description', () => {
    expect(splitNameDescription('Food safety: Methods of keeping food safe.')).toEqual({
      name: 'Food safety',
      description: 'Methods of keeping food safe.',
      offset: 13
    })
  })

  test('splits `Name – description` and `Name — description`', () => {
    expect(splitNameDescription('Food safety – Keep it safe.')).toEqual({
      name: 'Food safety',
      description: 'Keep it safe.',
      offset: 14
    })
    expect(splitNameDescription('Food safety — Keep it safe.')?.name).toBe('Food safety')
  })

  test('does not split without a separator, without a description, or after a long name', () => {
    expect(splitNameDescription('No separator here')).toBe(undefined)
    expect(splitNameDescription('Name:')).toBe(undefined)
    expect(splitNameDescription('Ratio 1:2 of flour')).toBe(undefined)
    expect(
      splitNameDescription('A very long name with far too many words in it to be a label at all: desc')
    ).toBe(undefined)
  })

  test('does not split a hyphenated word or a spaced hyphen', () => {
    expect(splitNameDescription('Multi-track sound')).toBe(undefined)
    expect(splitNameDescription('Creative producer - the studio')).toBe(undefined)
  })
})

describe('collapseSpaces', () => {
  test('collapses a value without whitespace but spaces as collapse does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '  ', 'a', 'Bc', '•', '\u200B', '.'), {maxLength: 30}), (parts) => {
        const value = parts.join('')
        expect(collapseSpaces(value)).toBe(collapse(value))
      }),
      {numRuns: 1000}
    )
  })
})
