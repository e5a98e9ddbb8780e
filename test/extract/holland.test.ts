import {describe, expect, test} from 'vitest'
import {mentionsHollandType, readHollandLine} from '../../src/extract/holland.js'
import {hollandCode, hollandType} from '../../src/index.js'

describe('readHollandLine: valid', () => {
  test('reads “A / B” pairs', () => {
    expect(readHollandLine('Enterprising / Artistic')).toEqual({types: ['Enterprising', 'Artistic'], unknown: []})
  })

  test('reads commas, “and”, `&`, `-` and `–` as separators', () => {
    const lines = [
      'Social, Investigative',
      'Social and Investigative',
      'Social & Investigative',
      'Social - Investigative',
      'Social – Investigative'
    ]
    for (const line of lines) {
      expect([line, readHollandLine(line)?.types]).toEqual([line, ['Social', 'Investigative']])
    }
  })

  test('reads type names in any case', () => {
    expect(readHollandLine('enterprising / ARTISTIC')?.types).toEqual(['Enterprising', 'Artistic'])
  })

  test('reads a letter code of distinct RIASEC capitals', () => {
    expect(readHollandLine('EA')?.types).toEqual(['Enterprising', 'Artistic'])
    expect(readHollandLine('SEC')?.types).toEqual(['Social', 'Enterprising', 'Conventional'])
    expect(readHollandLine(' RI ')?.types).toEqual(['Realistic', 'Investigative'])
  })

  test('reads a code in parentheses after the names, or alone', () => {
    expect(readHollandLine('Enterprising / Artistic (EA)')).toEqual({types: ['Enterprising', 'Artistic'], unknown: []})
    expect(readHollandLine('(SI)')).toEqual({types: ['Social', 'Investigative'], unknown: []})
  })

  test('reads a code spelt out in single capitals', () => {
    for (const line of ['E / A', 'E-A', 'E, A', 'E and A', 'E/A']) {
      expect([line, readHollandLine(line)?.types]).toEqual([line, ['Enterprising', 'Artistic']])
    }
  })

  test('ignores a closing full stop', () => {
    expect(readHollandLine('Enterprising/Artistic.')?.types).toEqual(['Enterprising', 'Artistic'])
    expect(readHollandLine('EA. ')?.types).toEqual(['Enterprising', 'Artistic'])
  })

  test('reads a single type', () => {
    expect(readHollandLine('Conventional')).toEqual({types: ['Conventional'], unknown: []})
  })
})

describe('readHollandLine: invalid', () => {
  test('returns undefined for lines that are no personality types', () => {
    expect(readHollandLine('Tax legislation')).toBe(undefined)
    expect(readHollandLine('Manage budgets')).toBe(undefined)
    expect(readHollandLine('')).toBe(undefined)
  })

  test('rejects a part in parentheses that is no Holland line', () => {
    expect(readHollandLine('Enterprising / Artistic (main)')).toBe(undefined)
    expect(readHollandLine('Enterprising / Artistic types')).toBe(undefined)
  })

  test('rejects single letters that repeat, are lower case or are no RIASEC letter', () => {
    expect(readHollandLine('E / E')).toBe(undefined)
    expect(readHollandLine('e / a')).toBe(undefined)
    expect(readHollandLine('E / X')).toBe(undefined)
  })

  test('rejects letter codes with repeats, lower case or other letters', () => {
    expect(readHollandLine('EE')).toBe(undefined)
    expect(readHollandLine('ea')).toBe(undefined)
    expect(readHollandLine('EX')).toBe(undefined)
    expect(readHollandLine('RIASECR')).toBe(undefined)
  })

  test('returns a misspelt type as unknown, with its offset and the type it is closest to', () => {
    expect(readHollandLine('Enterprising / Artistc')).toEqual({
      types: ['Enterprising'],
      unknown: [{word: 'Artistc', offset: 15, suggestion: 'Artistic'}]
    })
  })

  test('returns a word far from every type as unknown without a suggestion', () => {
    expect(readHollandLine('Wizard / Artistic')).toEqual({
      types: ['Artistic'],
      unknown: [{word: 'Wizard', offset: 0, suggestion: undefined}]
    })
  })

  test('accepts a line of misspellings only when one is close to a type', () => {
    expect(readHollandLine('Sociall / Artisitc')?.unknown.map((entry) => entry.suggestion)).toEqual([
      'Social',
      'Artistic'
    ])
    expect(readHollandLine('Wizard / Warlock')).toBe(undefined)
  })
})

describe('mentionsHollandType', () => {
  test('finds a type name or a code of two or more capitals as a word', () => {
    expect(mentionsHollandType('Enterprising / Artistic types')).toBe(true)
    expect(mentionsHollandType('Mostly social')).toBe(true)
    expect(mentionsHollandType('Code: EA (main)')).toBe(true)
  })

  test('finds none in words that only contain them, single capitals or other text', () => {
    expect(mentionsHollandType('Socialising')).toBe(false)
    expect(mentionsHollandType('A guide to E numbers')).toBe(false)
    expect(mentionsHollandType('Tax legislation')).toBe(false)
  })
})

describe('hollandType and hollandCode', () => {
  test('looks types up by name or initial', () => {
    expect(hollandType('artistic')).toBe('Artistic')
    expect(hollandType('S')).toBe('Social')
    expect(hollandType('Wizard')).toBe(undefined)
  })

  test('makes the code from the initials, in the order given', () => {
    expect(hollandCode(['Enterprising', 'Artistic'])).toBe('EA')
    expect(hollandCode(['Artistic', 'Enterprising'])).toBe('AE')
  })
})
