import {describe, expect, expectTypeOf, test} from 'vitest'
import {z} from 'zod'
import {
  builtinDetectors,
  DetectorError,
  defineDetector,
  getExtension,
  parse,
  type Detector
} from '../../src/index.js'

/** What `defineDetector` threw, as plain data. */
function failure(detector: unknown): {message: string; detector: string; property: string} | undefined {
  try {
    defineDetector(detector as Detector)
  } catch (error) {
    if (!(error instanceof DetectorError)) throw error
    return {message: error.message, detector: error.detector, property: error.property}
  }

  return undefined
}

const base = {id: 'salary', description: 'Salary range'}

describe('defineDetector: valid', () => {
  const valid: Array<[string, Detector]> = [
    ['the two required properties only', {...base}],
    ['every property', {
      ...base,
      field: 'jobTitles',
      headings: ['Salary'],
      headingPrefixes: ['salary for'],
      matchHeading: () => undefined,
      extent: () => 0,
      scoreItem: () => 0,
      takesLeadingLines: false,
      isNoise: () => false,
      fromFrontMatter: () => undefined,
      extract: () => undefined,
      schema: z.array(z.string())
    }],
    ['a kebab-case id with digits', {...base, id: 'level-2-pay'}],
    ['`undefined` for optional properties', {...base, field: undefined, extract: undefined}]
  ]

  for (const [name, detector] of valid) {
    test(`accepts ${name}, returning the same object`, () => {
      expect(defineDetector(detector)).toBe(detector)
    })
  }
})

describe('defineDetector: invalid', () => {
  const invalid: Array<[string, unknown, {message: string; detector: string; property: string}]> = [
    [
      'a missing id',
      {description: 'Salary range'},
      {message: 'Invalid detector (no id): `id` must be a kebab-case string such as `salary-range`, got nothing', detector: '(no id)', property: 'id'}
    ],
    [
      'an id that is not kebab-case',
      {...base, id: 'Salary_range'},
      {message: 'Invalid detector `Salary_range`: `id` must be a kebab-case string such as `salary-range`, got "Salary_range"', detector: 'Salary_range', property: 'id'}
    ],
    [
      'a missing description',
      {id: 'salary'},
      {message: 'Invalid detector `salary`: `description` must be a one-line string, got nothing', detector: 'salary', property: 'description'}
    ],
    [
      'a description of two lines',
      {...base, description: 'Salary\nrange'},
      {message: 'Invalid detector `salary`: `description` must be a one-line string, got "Salary\\nrange"', detector: 'salary', property: 'description'}
    ],
    [
      'a hook that is not a function',
      {...base, extract: 'the first line'},
      {message: 'Invalid detector `salary`: `extract` must be a function, got "the first line"', detector: 'salary', property: 'extract'}
    ],
    [
      'a field the model does not have',
      {...base, field: 'salary'},
      {
        message:
          'Invalid detector `salary`: `field` must be a profession field (title, description, personalityTypes, knowledge, skills, optionalSkills, jobTitles, tasks, relatedProfessions), or absent to write to `extensions`, got "salary"',
        detector: 'salary',
        property: 'field'
      }
    ],
    [
      '`extensions` as a field',
      {...base, field: 'extensions'},
      {
        message:
          'Invalid detector `salary`: `field` must be a profession field (title, description, personalityTypes, knowledge, skills, optionalSkills, jobTitles, tasks, relatedProfessions), or absent to write to `extensions`, got "extensions"',
        detector: 'salary',
        property: 'field'
      }
    ],
    [
      'headings that are not a list of strings',
      {...base, headings: 'salary'},
      {message: 'Invalid detector `salary`: `headings` must be a list of non-empty strings, got "salary"', detector: 'salary', property: 'headings'}
    ],
    [
      'an empty heading prefix',
      {...base, headingPrefixes: ['salary', ' ']},
      {message: 'Invalid detector `salary`: `headingPrefixes` must be a list of non-empty strings, got a list', detector: 'salary', property: 'headingPrefixes'}
    ],
    [
      'a flag that is not a boolean',
      {...base, takesLeadingLines: 'yes'},
      {message: 'Invalid detector `salary`: `takesLeadingLines` must be a boolean, got "yes"', detector: 'salary', property: 'takesLeadingLines'}
    ],
    [
      'a `needsHeading` that is not a boolean',
      {...base, needsHeading: 1},
      {message: 'Invalid detector `salary`: `needsHeading` must be a boolean, got number 1', detector: 'salary', property: 'needsHeading'}
    ],
    [
      'a schema that is not a zod schema',
      {...base, schema: {type: 'object'}},
      {message: 'Invalid detector `salary`: `schema` must be a zod schema (such as `z.object({…})`), got object', detector: 'salary', property: 'schema'}
    ],
    [
      'a misspelt property',
      {...base, extarct: () => undefined},
      {
        message:
          'Invalid detector `salary`: `extarct` must be absent (known properties: id, description, field, headings, headingPrefixes, takesLeadingLines, needsHeading, schema, matchHeading, extent, scoreItem, isNoise, fromFrontMatter, extract), got function',
        detector: 'salary',
        property: 'extarct'
      }
    ],
    [
      'something other than an object',
      'salary',
      {message: 'Invalid detector (no id): `(detector)` must be an object, got "salary"', detector: '(no id)', property: '(detector)'}
    ]
  ]

  for (const [name, detector, expected] of invalid) {
    test(`throws a DetectorError naming the detector and the property for ${name}`, () => {
      expect(failure(detector)).toEqual(expected)
    })
  }
})

describe('parse: checks its detector list', () => {
  test('throws a DetectorError for a malformed detector, naming its place in the list', () => {
    expect(() => parse('Profession baker', {detectors: [...builtinDetectors, {description: 'x'} as Detector]})).toThrow(
      new DetectorError(
        'Invalid detector (#10 in the list): `id` must be a kebab-case string such as `salary-range`, got nothing',
        '#10',
        'id'
      )
    )
  })

  test('throws a DetectorError for two detectors with one id, pointing to combineDetectors', () => {
    const skills: Detector = {id: 'skills', description: 'My skills', field: 'skills'}

    expect(() => parse('Profession baker', {detectors: [...builtinDetectors, skills]})).toThrow(
      'Invalid detector `skills` (#10 in the list): `id` must be unique, but #5 has it too; use `combineDetectors` to replace a detector by id'
    )
  })

  test('throws again on every call with a list that failed (only good lists are remembered)', () => {
    const detectors = [{id: 'Bad', description: 'Bad'}] as Detector[]

    expect(() => parse('x', {detectors})).toThrow(DetectorError)
    expect(() => parse('x', {detectors})).toThrow(DetectorError)
  })

  test('accepts the built-in detectors', () => {
    expect(() => parse('Profession baker', {detectors: builtinDetectors})).not.toThrow()
  })
})

describe('defineDetector: types', () => {
  test('infers the value type from the schema', () => {
    const salary = defineDetector({
      id: 'salary',
      description: 'Salary range',
      schema: z.object({min: z.number(), max: z.number()}),
      extract: () => ({min: 1, max: 2})
    })

    expectTypeOf(salary).toExtend<Detector<{min: number; max: number}>>()
    expectTypeOf(getExtension(parse('').profession, salary)).toEqualTypeOf<{min: number; max: number} | undefined>()
  })

  test('holds `extract` to the schema’s type', () => {
    // @ts-expect-error: `extract` returns `min` as a string, the schema says a number.
    defineDetector({
      id: 'salary',
      description: 'Salary range',
      schema: z.object({min: z.number()}),
      extract: () => ({min: 'low'})
    })
  })

  test('types a detector without a schema by its type argument', () => {
    const titles = defineDetector<string[]>({id: 'titles', description: 'Titles', extract: () => ['Baker']})

    expectTypeOf(titles).toEqualTypeOf<Detector<string[]>>()
  })
})
