import {describe, expect, test} from 'vitest'
import {
  builtinDetectors,
  parse,
  ProfessionSchema,
  type Detector,
  type ParseResult
} from '../src/index.js'

function ruleIds(result: ParseResult): Array<string | undefined> {
  return result.messages.map((message) => message.ruleId)
}

/** Deterministic pseudo-random numbers in [0, 1) (a linear congruential generator). */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    return state / 2 ** 32
  }
}

const promo =
  'Would you like to know what kind of career and professions suit you best? Take our free Holland code career test and find out.'

const page = [
  'Profession baker',
  '',
  'Bakers make bread and pastries.',
  '',
  promo,
  '',
  'Personality Type',
  '',
  '  • Realistic / Conventional',
  '',
  '',
  '  • Food safety',
  '',
  '    Methods of keeping food safe.',
  '',
  '',
  '  • Operate ovens',
  '',
  '    Operate industrial ovens to bake goods.',
  '',
  'Optional knowledge and skills',
  '',
  'food chemistry, operate a bread slicer',
  '',
  'Common job titles',
  '',
  '  • Baker',
  '  • Head baker, nights',
  ''
].join('\n')

describe('parse: a whole page', () => {
  test('reads every section of a small copy-pasted page', () => {
    const result = parse(page)

    expect(result.profession).toEqual({
      title: 'baker',
      description: 'Bakers make bread and pastries.',
      personalityTypes: [{code: 'RC', types: ['Realistic', 'Conventional']}],
      knowledge: [{name: 'Food safety', description: 'Methods of keeping food safe.'}],
      skills: [{name: 'Operate ovens', description: 'Operate industrial ovens to bake goods.'}],
      optionalSkills: [
        {name: 'food chemistry', kind: 'knowledge'},
        {name: 'operate a bread slicer', kind: 'skill'}
      ],
      jobTitles: ['Baker', 'Head baker, nights']
    })
    expect(ruleIds(result)).toEqual(['boilerplate'])
  })

  test('names an item whose bullet stands alone by the lines after it, joined by a space', () => {
    const page = 'Profession baker\n\nBakers bake bread.\n\nEssential knowledge\n\n•\n  Bakery\n  ingredients\n\n  What goes into bread.\n'
    expect(parse(page, {format: 'text'}).profession.knowledge).toEqual([
      {name: 'Bakery ingredients', description: 'What goes into bread.'}
    ])
  })

  test('returns a profession that passes the schema', () => {
    expect(ProfessionSchema.safeParse(parse(page).profession).success).toBe(true)
  })

  test('keys positions by JSON Pointers that resolve into the profession', () => {
    const result = parse(page)
    const unresolved = Object.keys(result.positions).filter((pointer) => {
      let value: unknown = result.profession
      for (const key of pointer.slice(1).split('/')) {
        value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
      }

      return value === undefined
    })

    expect(Object.keys(result.positions).length).toBeGreaterThan(8)
    expect(unresolved).toEqual([])
  })

  test('lists the sections in document order with their confidence', () => {
    expect(parse(page).sections.map((section) => [section.detector, section.inferred])).toEqual([
      ['title', false],
      ['description', true],
      ['personality', false],
      ['knowledge', true],
      ['skills', true],
      ['optional-skills', false],
      ['job-titles', false]
    ])
  })

  test('sorts messages by line and column', () => {
    const result = parse(
      'Profession baker\n\nPersonality Type\n\nEnterprising / Wizard\n\n' + promo + '\n\nCommon job titles\n\n• Baker\n'
    )

    expect(result.messages.map((message) => [message.line, message.ruleId])).toEqual([
      [5, 'unknown-holland-type'],
      [7, 'boilerplate']
    ])
  })

  test('puts the `file` option on every message', () => {
    const result = parse('', {file: 'docs/baker.txt'})

    expect(result.messages.map((message) => message.file)).toEqual(['docs/baker.txt'])
  })
})

describe('parse: bad input', () => {
  test('takes null options (or a null lexicon) as none, and throws a TypeError, naming what came, for an input that is no document', () => {
    const page = 'Profession baker\n\nBakers bake bread.\n'
    // A JavaScript caller's mistakes, which the types rule out.
    const call = parse as (input: unknown, options?: unknown) => ParseResult

    expect(call(page, null).profession.title).toBe(parse(page).profession.title)
    expect(call(page, {lexicon: null}).profession).toEqual(parse(page).profession)
    expect(() => call(null)).toThrow(new TypeError('parse: expected the document as a string or a Uint8Array, got null'))
    expect(() => call(undefined)).toThrow(/got undefined$/)
    expect(() => call(42)).toThrow(/got a number$/)
    expect(() => call(['a'])).toThrow(/got an array$/)
  })

  test('reports an empty document', () => {
    const result = parse('')

    expect(ruleIds(result)).toEqual(['empty-document'])
    expect(result.messages[0]?.fatal).toBe(true)
    expect(result.profession.title).toBe('')
  })

  test('reports a whitespace-only document as empty', () => {
    expect(ruleIds(parse('  \n\t\r\n\u00A0  \n'))).toEqual(['empty-document'])
  })

  test('reports a document without any profession section', () => {
    const result = parse('Profession baker\n\nBakers bake bread.')

    expect(ruleIds(result)).toEqual(['no-sections'])
    expect(result.profession.title).toBe('baker')
    expect(result.profession.description).toBe('Bakers bake bread.')
  })

  test('reports prose alone as having neither sections nor a title', () => {
    expect(ruleIds(parse('Hello there, this is some prose that is not a profession at all.'))).toEqual([
      'no-sections',
      'missing-title'
    ])
  })

  test('says why a document was rejected', () => {
    expect(parse('').messages[0]?.reason).toMatchInlineSnapshot(
      `"Unexpected empty document, expected a profession profile"`
    )
    expect(parse('Profession baker').messages[0]?.reason).toMatchInlineSnapshot(
      `"Unexpected document without profession sections, expected sections such as “Personality Type”, “Knowledge”, “Skills” or “Common job titles”"`
    )
  })

  test('reports binary bytes without reading further', () => {
    const result = parse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]))

    expect(ruleIds(result)).toEqual(['binary-content'])
  })

  test('reports content under an unknown Markdown heading as not read', () => {
    const result = parse('# Baker\n\n## Hobbies\n\n- Fishing\n\n## Job titles\n\n- Baker\n')

    expect(result.profession.knowledge).toEqual([])
    expect(result.profession.jobTitles).toEqual(['Baker'])
    expect(result.messages.map((message) => [message.ruleId, message.line, message.fatal])).toEqual([
      ['unrecognised-heading', 3, undefined]
    ])
  })

  test('reports prose outside every section as info', () => {
    const result = parse(
      'Profession baker\n\nPersonality Type\n\nSocial / Realistic\n\nA stray remark about bakeries, which is long.\n'
    )

    expect(result.messages.map((message) => [message.ruleId, message.line, message.fatal])).toEqual([
      ['unassigned-content', 7, undefined]
    ])
  })

  test('never throws on a few hundred random strings, in any format', () => {
    const next = random(20_240_601)
    const pieces = [
      'a', 'B', ' ', '\n', '\n\n\n', '\r', '\t', '•', '- ', '* ', '1. ', '# ', '## ', '### ', '**', ': ', '/',
      'Profession ', 'Personality Type\n', 'Knowledge\n', 'Skills\n', 'Common job titles\n', 'Tasks x\n',
      'Related professions y\n', 'Optional knowledge and skills\n', '---\n', 'title: ', 'holland: ', 'EA',
      'Enterprising / Artistic', '\uFFFD', 'é', '😀', '\u00A0', '> ', '`', '[', ']', '(', ')', '|', '_', '    '
    ]
    const failures: string[] = []
    for (let round = 0; round < 300; round++) {
      let input = ''
      const length = Math.floor(next() * 60)
      for (let index = 0; index < length; index++) input += pieces[Math.floor(next() * pieces.length)]
      for (const format of ['text', 'markdown', 'auto'] as const) {
        try {
          const result = parse(input, {format})
          if (!Array.isArray(result.messages) || typeof result.profession.title !== 'string') {
            failures.push(`${format}: bad result for ${JSON.stringify(input)}`)
          }
        } catch (error) {
          failures.push(`${format}: ${String(error)} for ${JSON.stringify(input)}`)
        }
      }
    }

    expect({count: failures.length, first: failures.slice(0, 3)}).toEqual({count: 0, first: []})
  })

  test('never throws on random bytes', () => {
    const next = random(7)
    for (let round = 0; round < 50; round++) {
      const bytes = Uint8Array.from({length: Math.floor(next() * 400)}, () => Math.floor(next() * 256))
      expect(() => parse(bytes)).not.toThrow()
    }
  })

  test('reads 200,000 job titles without overflowing the stack', () => {
    const titles = Array.from({length: 200_000}, (_, index) => `Baker ${index}`)
    const result = parse('Profession baker\n\nCommon job titles\n\n' + titles.map((title) => '• ' + title).join('\n'))
    expect(result.profession.jobTitles).toEqual(titles)
  })

  test('reads Markdown nested 20,000 deep as text, with a markdown-too-deep error instead of an exception', () => {
    const result = parse('---\ntitle: Baker\n---\n\n' + '- '.repeat(20_000) + 'Baker\n', {format: 'markdown'})
    expect(result.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['markdown-too-deep', 5, 201]
    ])
    expect(result.format).toBe('text')
    expect(result.frontMatter).toEqual({title: 'Baker'})
    expect(result.profession.title).toBe('Baker')
  })
})

describe('parse: detectors option', () => {
  test('keeps the promotional line in the description without the boilerplate detector', () => {
    const detectors = builtinDetectors.filter((detector) => detector.id !== 'boilerplate')
    const result = parse(page, {detectors})

    expect(result.profession.description).toBe('Bakers make bread and pastries.\n\n' + promo)
    expect(ruleIds(result)).toEqual([])
  })

  test('reports a detector whose extract throws as `detector-error`, and parses the other sections', () => {
    const broken: Detector = {
      ...builtinDetectors.find((detector) => detector.id === 'job-titles')!,
      extract() {
        throw new Error('boom')
      }
    }
    const result = parse(page, {
      detectors: builtinDetectors.map((detector) => (detector.id === 'job-titles' ? broken : detector))
    })
    const error = result.messages.find((message) => message.ruleId === 'detector-error')

    expect(error?.fatal).toBe(true)
    expect(error?.reason).toContain('`job-titles`')
    expect(error?.reason).toContain('boom')
    expect(result.profession.jobTitles).toEqual([])
    expect(result.profession.knowledge.map((item) => item.name)).toEqual(['Food safety'])
    expect(result.profession.personalityTypes.map((value) => value.code)).toEqual(['RC'])
  })

  test('places a `detector-error` at the heading of the section that failed', () => {
    const broken: Detector = {
      ...builtinDetectors.find((detector) => detector.id === 'job-titles')!,
      extract() {
        throw new Error('boom')
      }
    }
    const result = parse(page, {
      detectors: builtinDetectors.map((detector) => (detector.id === 'job-titles' ? broken : detector))
    })
    const error = result.messages.find((message) => message.ruleId === 'detector-error')

    expect([error?.line, error?.column]).toEqual([25, 1])
  })

  test('reports a detector whose heading recognition throws instead of throwing', () => {
    const broken: Detector = {
      id: 'broken',
      description: 'A broken detector',
      matchHeading() {
        throw new Error('kaput')
      }
    }
    let result: ParseResult | undefined
    expect(() => {
      result = parse(page, {detectors: [broken, ...builtinDetectors]})
    }).not.toThrow()
    expect(result && ruleIds(result)).toContain('detector-error')
  })

  test('lets a custom detector claim a heading so its content is not read as knowledge', () => {
    const salary: Detector = {id: 'salary', description: 'Salary range', headings: ['salary']}
    const text = 'Profession baker\n\nSalary\n\n• 30,000 to 40,000 a year\n\nCommon job titles\n\n• Baker\n'

    expect(parse(text).profession.knowledge.length).toBe(1)
    const result = parse(text, {detectors: [...builtinDetectors, salary]})
    expect(result.profession.knowledge).toEqual([])
    expect(result.sections.map((section) => section.detector)).toEqual(['title', 'salary', 'job-titles'])
  })

  test('lets a replacement detector take a built-in’s place', () => {
    const roles: Detector<string[]> = {
      id: 'job-titles',
      description: 'Roles',
      field: 'jobTitles',
      headings: ['roles'],
      extract(section) {
        return section.blocks.map((block) => block.text.toUpperCase())
      }
    }
    const result = parse('Profession baker\n\nRoles\n\n• Baker\n', {
      detectors: builtinDetectors.map((detector) => (detector.id === 'job-titles' ? roles : detector))
    })

    expect(result.profession.jobTitles).toEqual(['BAKER'])
  })

  test('finds nothing with no detectors, and says so', () => {
    const result = parse(page, {detectors: []})

    expect(result.profession.title).toBe('')
    expect(ruleIds(result)).toContain('no-sections')
    expect(ruleIds(result)).toContain('missing-title')
  })
})
