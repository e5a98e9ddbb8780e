import {describe, expect, test} from 'vitest'
import {builtinDetectors, combineDetectors, DetectorError, parse, type Detector} from '../../src/index.js'

const salary: Detector = {id: 'salary', description: 'Salary range', headings: ['salary']}
const roles: Detector<string[]> = {
  id: 'job-titles',
  description: 'Roles',
  field: 'jobTitles',
  headings: ['roles'],
  extract: (section) => section.blocks.map((block) => block.text.toUpperCase())
}

describe('combineDetectors', () => {
  test('adds new detectors after every built-in', () => {
    const ids = combineDetectors(builtinDetectors, [salary]).map((detector) => detector.id)

    expect(ids).toEqual([...builtinDetectors.map((detector) => detector.id), 'salary'])
  })

  test('replaces a built-in by id, in its place', () => {
    const detectors = combineDetectors(builtinDetectors, [roles])
    const at = builtinDetectors.findIndex((detector) => detector.id === 'job-titles')

    expect(detectors.map((detector) => detector.id)).toEqual(builtinDetectors.map((detector) => detector.id))
    expect(detectors[at]).toBe(roles)
  })

  test('lets later lists replace earlier ones, and leaves its inputs alone', () => {
    const later: Detector = {...salary, description: 'Pay'}
    const detectors = combineDetectors([salary], [later])

    expect(detectors).toEqual([later])
    expect(Object.isFrozen(detectors)).toBe(true)
  })

  test('keeps the locale’s heading words for a replaced built-in', () => {
    const text = 'Profession baker\n\nCommon job titles\n\n• Baker\n\nRoles\n\n• Cook\n'

    expect(parse(text, {detectors: combineDetectors(builtinDetectors, [roles])}).profession.jobTitles).toEqual([
      'BAKER',
      'COOK'
    ])
  })

  test('throws a DetectorError for an id twice in one list', () => {
    expect(() => combineDetectors(builtinDetectors, [salary, salary])).toThrow(DetectorError)
  })

  test('throws a DetectorError for a malformed detector', () => {
    expect(() => combineDetectors([{id: 'salary'} as Detector])).toThrow(
      'Invalid detector `salary` (#0 in the list): `description` must be a one-line string, got nothing'
    )
  })
})
