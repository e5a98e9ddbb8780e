import {describe, expect, test} from 'vitest'
import {builtinDetectors} from '../../src/index.js'
import {nl} from '../../src/locales/nl.js'
import type {Block} from '../../src/sections/block.js'
import {isHeadingCandidate, matchHeading, normalizeHeading} from '../../src/sections/headings.js'
import {flatten} from '../../src/sections/flatten.js'
import {tokenizeText} from '../../src/tokenize/tokenize-text.js'

function block(text: string): Block {
  const [first] = flatten(tokenizeText(text), text)
  if (!first) throw new Error('no block in ' + JSON.stringify(text))
  return first
}

function detectorOf(text: string, index = 1): string | undefined {
  return matchHeading(block(text), builtinDetectors, {format: 'text', index})?.detector.id
}

describe('normalizeHeading', () => {
  test('lower-cases, collapses whitespace, drops emphasis, `#` and a trailing colon, reads `&` as “and”', () => {
    expect(normalizeHeading('## **Skills  &  Competences:**')).toBe('skills and competences')
    expect(normalizeHeading('  Job\tTitles  ')).toBe('job titles')
    expect(normalizeHeading('_Knowledge_:')).toBe('knowledge')
  })

  test('drops a section number before the words: `1.`, `1)`, `2.3`, `2.3.`', () => {
    expect(
      ['1. Knowledge', '1) Knowledge', '2.3 Knowledge', '2.3. Knowledge', '12. **Knowledge**:', '**3. Knowledge**'].map((text) =>
        normalizeHeading(text)
      )
    ).toEqual(['knowledge', 'knowledge', 'knowledge', 'knowledge', 'knowledge', 'knowledge'])
  })

  test('drops a count in parentheses or brackets after the words', () => {
    expect(
      ['Essential skills (7)', 'Essential skills [12]', 'Essential skills(7)', 'Essential skills ( 7 ):', '**Skills** (7)'].map(
        (text) => normalizeHeading(text)
      )
    ).toEqual(['essential skills', 'essential skills', 'essential skills', 'essential skills', 'skills'])
  })

  test('keeps numbers that may be part of the words', () => {
    expect(
      ['2024 Skills', 'Skills 2', '1 Knowledge', '1.Knowledge', '2024. Skills', 'Skills (optional)', 'Skills (7', '1.', '(3)'].map(
        (text) => normalizeHeading(text)
      )
    ).toEqual(['2024 skills', 'skills 2', '1 knowledge', '1.knowledge', '2024. skills', 'skills (optional)', 'skills (7', '1.', '(3)'])
  })
})

describe('isHeadingCandidate', () => {
  test('accepts short label lines', () => {
    expect(isHeadingCandidate(block('Common job titles'))).toBe(true)
  })

  test('rejects sentences and items', () => {
    expect(isHeadingCandidate(block('Bakers bake bread.'))).toBe(false)
    expect(isHeadingCandidate(block('• Knowledge'))).toBe(false)
  })
})

describe('matchHeading', () => {
  test('finds the detector of each built-in heading', () => {
    expect(
      [
        'Personality Type',
        'Knowledge',
        'Skills',
        'Optional knowledge and skills',
        'Common job titles',
        'Tasks baker',
        'Related professions Arts',
        'Description',
        'Profession baker'
      ].map((text) => detectorOf(text))
    ).toEqual([
      'personality',
      'knowledge',
      'skills',
      'optional-skills',
      'job-titles',
      'tasks',
      'related-professions',
      'description',
      'title'
    ])
  })

  test('returns the text after a heading prefix as the argument, keeping its case', () => {
    const match = matchHeading(block('Related professions Arts and Crafts'), builtinDetectors, {
      format: 'text',
      index: 3
    })

    expect(match?.detector.id).toBe('related-professions')
    expect(match?.argument).toBe('Arts and Crafts')
  })

  test('keeps an argument as written (`&` stays), spaces collapsed and the trailing colon gone', () => {
    const match = matchHeading(block('Related  professions   Arts & crafts:'), builtinDetectors, {
      format: 'text',
      index: 3
    })

    expect(match?.argument).toBe('Arts & crafts')
  })

  test('finds numbered and counted headings, and the argument without the numbering', () => {
    expect(['2.3 Skills', 'Essential knowledge (3)', 'Common job titles [12]'].map((text) => detectorOf(text))).toEqual([
      'skills',
      'knowledge',
      'job-titles'
    ])
    const match = matchHeading(block('3.1 Related professions Arts & crafts (4)'), builtinDetectors, {format: 'text', index: 3})
    expect(match?.detector.id).toBe('related-professions')
    expect(match?.argument).toBe('Arts & crafts')
  })

  test('drops the numbering in every locale', () => {
    const match = matchHeading(block('1. Essentiële kennis (4)'), builtinDetectors, {format: 'text', index: 3, locale: nl})
    expect(match?.detector.id).toBe('knowledge')
  })

  test('finds the longest alias, and no alias in a longer line', () => {
    const detectors = [{id: 'salary', description: 'Salary', headings: ['Salary', 'Salary and benefits of the profession']}]
    const match = (text: string) => matchHeading(block(text), detectors, {format: 'text', index: 1})?.detector.id
    expect([match('Salary and benefits of the profession:'), match('Salary and benefits of the professions')]).toEqual([
      'salary',
      undefined
    ])
  })

  test('does not match a prefix inside a longer word', () => {
    expect(detectorOf('Taskforce members')).toBe(undefined)
  })

  test('takes the first line for a title only at the start of the document', () => {
    expect(detectorOf('Baker', 0)).toBe('title')
    expect(detectorOf('Baker', 4)).toBe(undefined)
  })

  test('matches nothing for an unknown heading', () => {
    expect(detectorOf('Salary')).toBe(undefined)
  })
})
