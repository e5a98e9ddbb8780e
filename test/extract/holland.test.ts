import {describe, expect, test} from 'vitest'
import {readHollandLine} from '../../src/extract/holland.js'
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
