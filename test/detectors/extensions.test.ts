import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import {
  builtinDetectors,
  collectLabels,
  combineDetectors,
  defineDetector,
  getExtension,
  parse,
  ProfessionSchema,
  type Detector,
  type ParseResult
} from '../../src/index.js'

const page = `Profession baker

Bakers bake bread.

Knowledge

• Fermentation

    How dough rises.

Tools

• Deck oven
• Proving cabinet

Common job titles

• Baker
`

/** Lines of a "Tools" section. */
const tools = defineDetector({
  id: 'tools',
  description: 'Tools of the trade',
  headings: ['tools', 'equipment'],
  schema: z.array(z.string().min(1)),
  extract(section, context) {
    return collectLabels(section.blocks).map((label, index) => {
      context.locate([index], label.position)
      return label.name
    })
  }
})

function ruleIds(result: ParseResult): Array<string | undefined> {
  return result.messages.map((message) => message.ruleId)
}

describe('extensions: values of added detectors', () => {
  test('land under `profession.extensions[id]`, after the model’s fields', () => {
    const {profession} = parse(page, {detectors: combineDetectors(builtinDetectors, [tools])})

    expect(profession.extensions).toEqual({tools: ['Deck oven', 'Proving cabinet']})
    expect(Object.keys(profession).at(-1)).toBe('extensions')
    expect(profession.knowledge.map((item) => item.name)).toEqual(['Fermentation'])
  })

  test('are read back, typed, with getExtension', () => {
    const {profession} = parse(page, {detectors: combineDetectors(builtinDetectors, [tools])})
    const value: string[] | undefined = getExtension(profession, tools)

    expect(value).toEqual(['Deck oven', 'Proving cabinet'])
    expect(getExtension(parse(page).profession, tools)).toBe(undefined)
  })

  test('are positioned under `/extensions/<id>`', () => {
    const result = parse(page, {detectors: combineDetectors(builtinDetectors, [tools])})

    expect(result.positions['/extensions/tools/1']?.start).toEqual({line: 14, column: 3, offset: 108})
  })

  test('concatenate over several sections when they are lists', () => {
    const text = page + '\nEquipment\n\n• Dough mixer\n'
    const {profession} = parse(text, {detectors: combineDetectors(builtinDetectors, [tools])})

    expect(getExtension(profession, tools)).toEqual(['Deck oven', 'Proving cabinet', 'Dough mixer'])
  })

  test('leave no `extensions` key when no added detector found anything (the JSON contract)', () => {
    const {profession} = parse('Profession baker\n\nCommon job titles\n\n• Baker\n', {
      detectors: combineDetectors(builtinDetectors, [tools])
    })

    expect('extensions' in profession).toBe(false)
    expect(JSON.stringify(profession)).not.toContain('extensions')
  })

  test('fit the model’s schema', () => {
    const {profession} = parse(page, {detectors: combineDetectors(builtinDetectors, [tools])})

    expect(ProfessionSchema.parse(profession)).toEqual(profession)
  })

  test('are the schema’s output (defaults, transforms)', () => {
    const count = defineDetector({
      id: 'tool-count',
      description: 'How many tools',
      headings: ['tools'],
      schema: z.object({count: z.number(), unit: z.string().default('pieces')}),
      extract: (section) => ({count: section.blocks.length})
    })
    const {profession} = parse(page, {detectors: [...builtinDetectors, count]})

    expect(getExtension(profession, count)).toEqual({count: 2, unit: 'pieces'})
  })

  test('go to a model field instead when the detector has one', () => {
    const more: Detector<string[]> = {...tools, id: 'more-titles', field: 'jobTitles', schema: undefined}
    const {profession} = parse(page, {detectors: combineDetectors(builtinDetectors, [more])})

    expect(profession.jobTitles).toEqual(['Baker', 'Deck oven', 'Proving cabinet'])
    expect(profession.extensions).toBe(undefined)
  })
})

describe('extensions: bad values', () => {
  test('leaves out a value that does not fit the schema, with an error naming the detector', () => {
    const wrong = {...tools, extract: () => ['Deck oven', 42]} as unknown as Detector
    const result = parse(page, {detectors: combineDetectors(builtinDetectors, [wrong])})
    const error = result.messages.find((message) => message.ruleId === 'detector-error')

    expect(result.profession.extensions).toBe(undefined)
    expect(error?.reason).toBe(
      'Unexpected value from detector `tools`, expected one that fits its schema: `1`: Invalid input: expected string, received number'
    )
    expect([error?.line, error?.column, error?.fatal]).toEqual([11, 1, true])
    expect(result.profession.jobTitles).toEqual(['Baker'])
  })

  test('reports a schema that validates asynchronously', () => {
    const later = defineDetector({
      ...tools,
      schema: z.array(z.string()).refine(async () => true)
    })
    const result = parse(page, {detectors: combineDetectors(builtinDetectors, [later])})

    expect(result.messages.map((message) => message.reason)).toContain(
      'Unexpected value from detector `tools`, expected one that fits its schema: its schema validates asynchronously, and parsing is synchronous'
    )
  })

  test('catches an added detector that throws: an error names it, the other sections still parse', () => {
    const broken = defineDetector({
      ...tools,
      extract() {
        throw new Error('no tools today')
      }
    })
    const result = parse(page, {detectors: combineDetectors(builtinDetectors, [broken])})

    expect(ruleIds(result)).toEqual(['detector-error'])
    expect(result.messages[0]?.reason).toBe('Cannot use detector `tools`: its `extract` failed: no tools today')
    expect(result.profession.extensions).toBe(undefined)
    expect(result.profession.knowledge.map((item) => item.name)).toEqual(['Fermentation'])
    expect(result.profession.jobTitles).toEqual(['Baker'])
  })
})
