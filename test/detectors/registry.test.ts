import {describe, expect, test} from 'vitest'
import {builtinDetectors} from '../../src/index.js'
import {normalizeHeading} from '../../src/sections/headings.js'

describe('builtinDetectors', () => {
  test('lists the built-in detectors in a fixed order', () => {
    expect(builtinDetectors.map((detector) => detector.id)).toEqual([
      'boilerplate',
      'personality',
      'tasks',
      'related-professions',
      'knowledge',
      'skills',
      'optional-skills',
      'job-titles',
      'description',
      'title'
    ])
  })

  test('gives every detector a unique id', () => {
    const ids = builtinDetectors.map((detector) => detector.id)

    expect(new Set(ids).size).toBe(ids.length)
  })

  test('puts boilerplate first and title last', () => {
    expect(builtinDetectors[0]?.id).toBe('boilerplate')
    expect(builtinDetectors.at(-1)?.id).toBe('title')
  })

  test('tries related professions, knowledge and skills in page order, before optional skills', () => {
    const ids = builtinDetectors.map((detector) => detector.id)

    expect(ids.indexOf('related-professions')).toBeLessThan(ids.indexOf('knowledge'))
    expect(ids.indexOf('knowledge')).toBeLessThan(ids.indexOf('skills'))
    expect(ids.indexOf('skills')).toBeLessThan(ids.indexOf('optional-skills'))
  })

  test('gives every detector a kebab-case id and a one-line description', () => {
    for (const detector of builtinDetectors) {
      expect([detector.id, /^[a-z]+(?:-[a-z]+)*$/.test(detector.id)]).toEqual([detector.id, true])
      expect([detector.id, detector.description.length > 0, detector.description.includes('\n')]).toEqual([
        detector.id,
        true,
        false
      ])
    }
  })

  test('writes each field from at most one detector', () => {
    const fields = builtinDetectors.flatMap((detector) => (detector.field ? [detector.field] : []))

    expect(new Set(fields).size).toBe(fields.length)
  })

  test('writes headings and prefixes in their normalised form, so they can match', () => {
    for (const detector of builtinDetectors) {
      for (const heading of [...(detector.headings ?? []), ...(detector.headingPrefixes ?? [])]) {
        expect([detector.id, heading]).toEqual([detector.id, normalizeHeading(heading)])
      }
    }
  })

  test('claims each heading for one detector only', () => {
    const owners = new Map<string, string>()
    const clashes: string[] = []
    for (const detector of builtinDetectors) {
      for (const heading of detector.headings ?? []) {
        const owner = owners.get(heading)
        if (owner) clashes.push(`${heading}: ${owner}, ${detector.id}`)
        owners.set(heading, detector.id)
      }
    }

    expect(clashes).toEqual([])
  })

  test('cannot be changed in place', () => {
    expect(Object.isFrozen(builtinDetectors)).toBe(true)
  })
})
