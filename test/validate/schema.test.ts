import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, test} from 'vitest'
import {parse} from '../../src/index.js'
import {configJsonSchema, professionJsonSchema} from '../../src/validate/json-schema.js'

const root = new URL('../../', import.meta.url)
const corpus = new URL('../shared/corpus/dev/', root)

/*
 * The shipped schemas are generated: `UPDATE=1 npx vitest run test/validate/schema.test.ts`
 * rewrites them from the zod schemas, and the diff is reviewed like code.
 */
describe.each([
  ['schema/profession.schema.json', professionJsonSchema],
  ['schema/config.schema.json', configJsonSchema]
] as const)('%s', (file, build) => {
  test('is in step with the zod schemas', () => {
    const expected = JSON.stringify(build(), null, 2) + '\n'
    if (process.env['UPDATE']) writeFileSync(new URL(file, root), expected)
    expect(readFileSync(new URL(file, root), 'utf8')).toBe(expected)
  })

  test('is draft 2020-12 and compiles', () => {
    const schema = JSON.parse(readFileSync(new URL(file, root), 'utf8')) as {$schema: string}
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(() => new Ajv2020({strict: false}).compile(schema)).not.toThrow()
  })
})

const ajv = new Ajv2020({allErrors: true, strict: false})
const check = ajv.compile(JSON.parse(readFileSync(new URL('schema/profession.schema.json', root), 'utf8')) as object)
const stems = readdirSync(corpus)
  .filter((name) => name.endsWith('.gold.json'))
  .map((name) => name.slice(0, -'.gold.json'.length))

function gold(stem: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(stem + '.gold.json', corpus), 'utf8')) as Record<string, unknown>
}

/** The gold's own keys (`layout`, the occupation `uri`) are not part of the model. */
function withoutExtras({layout: _layout, uri: _uri, ...profession}: Record<string, unknown>) {
  return profession
}

describe('schema/profession.schema.json on the dev corpus', () => {
  test('has the 400 profiles to check', () => {
    expect(stems.length).toBe(400)
  })

  test('accepts every converted dev-corpus profile', () => {
    const rejected: string[] = []
    for (const name of readdirSync(corpus).filter((entry) => !entry.endsWith('.json'))) {
      const text = readFileSync(new URL(name, corpus))
      const {profession} = parse(text, {format: name.endsWith('.md') ? 'markdown' : 'text'})
      if (!check(JSON.parse(JSON.stringify(profession)))) rejected.push(name + ': ' + ajv.errorsText(check.errors))
    }

    expect(rejected).toEqual([])
  })

  test('accepts every gold profile, once its extra keys are stripped, except the optional kinds the gold leaves out', () => {
    // The gold omits `kind` on 869 optional items (ESCO gives no skill type for them); the model requires it.
    const other: string[] = []
    let missingKinds = 0
    for (const stem of stems) {
      if (check(withoutExtras(gold(stem)))) continue
      for (const error of check.errors ?? []) {
        if (error.keyword === 'required' && /^\/optionalSkills\/\d+$/.test(error.instancePath) && error.params['missingProperty'] === 'kind') {
          missingKinds++
        } else {
          other.push(`${stem}: ${error.instancePath} ${error.message}`)
        }
      }
    }

    expect(other).toEqual([])
    expect(missingKinds).toBe(869)
  })

  test('rejects extra keys, as a converted profile never has them', () => {
    expect(check(gold(stems[0]!))).toBe(false)
    expect(check.errors?.[0]?.keyword).toBe('additionalProperties')
  })

  test('rejects an unknown Holland type', () => {
    const profession = complete(withoutExtras(gold(stems[0]!)))
    profession['personalityTypes'] = [{code: 'EX', types: ['Enterprising', 'Xenial']}]
    expect(check(profession)).toBe(false)
    expect(check.errors?.map((error) => error.instancePath)).toContain('/personalityTypes/0/types/1')
  })

  test('rejects a missing title, and an empty one', () => {
    const {title: _title, ...untitled} = complete(withoutExtras(gold(stems[0]!)))
    expect(check(untitled)).toBe(false)
    expect(check.errors?.[0]?.params).toEqual({missingProperty: 'title'})
    expect(check({...untitled, title: ''})).toBe(false)
  })

  test('accepts the same profile when complete (so the rejections above are about what was broken)', () => {
    expect(check(complete(withoutExtras(gold(stems[0]!))))).toBe(true)
  })
})

/** Give optional items without a kind one, so a gold profile is a complete model. */
function complete(profession: Record<string, unknown>): Record<string, unknown> {
  const items = profession['optionalSkills'] as Array<Record<string, unknown>>
  return {...profession, optionalSkills: items.map((item) => ({kind: 'skill', ...item}))}
}
