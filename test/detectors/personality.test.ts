import {describe, expect, test} from 'vitest'
import {parse, type ParseResult} from '../../src/index.js'

function start(result: ParseResult, pointer: string): [number, number] | undefined {
  const position = result.positions[pointer]
  return position ? [position.start.line, position.start.column] : undefined
}

function ruleIds(result: ParseResult): Array<string | undefined> {
  return result.messages.map((message) => message.ruleId)
}

const jobs = '\n\nCommon job titles\n\n• Baker\n'
const ea = {code: 'EA', types: ['Enterprising', 'Artistic']}

describe('personality: recognises', () => {
  test('headings “Personality Type”, “Personality types”, “Holland code”, “RIASEC” and “Interests”', () => {
    const headings = ['Personality Type', 'personality types', 'HOLLAND CODE', 'RIASEC', 'Interests:']
    for (const heading of headings) {
      const result = parse(`Profession baker\n\n${heading}\n\nEnterprising / Artistic` + jobs)
      expect([heading, result.profession.personalityTypes]).toEqual([heading, [ea]])
    }
  })

  test('a Markdown `## Personality` heading', () => {
    const result = parse('# Baker\n\n## Personality\n\n- Enterprising / Artistic\n')

    expect(result.profession.personalityTypes).toEqual([ea])
  })

  test('“Personality Type: A / B” on one line', () => {
    const result = parse('Profession baker\nPersonality Type: Social / Realistic\nJob titles\n• Baker\n')

    expect(result.profession.personalityTypes).toEqual([{code: 'SR', types: ['Social', 'Realistic']}])
    expect(start(result, '/personalityTypes/0')).toEqual([2, 19])
    expect(result.profession.jobTitles).toEqual(['Baker'])
  })
})

describe('personality: extracts', () => {
  test('one “A / B” pair from a bullet, with its code in order', () => {
    const result = parse('Profession baker\n\nPersonality Type\n\n  • Enterprising / Artistic' + jobs)

    expect(result.profession.personalityTypes).toEqual([ea])
    expect(start(result, '/personalityTypes/0')).toEqual([5, 5])
  })

  test('several pair lines, each its own entry', () => {
    const result = parse(
      'Profession baker\n\nPersonality Type\n\nSocial / Investigative\nRealistic / Conventional\nEnterprising / Artistic' +
        jobs
    )

    expect(result.profession.personalityTypes).toEqual([
      {code: 'SI', types: ['Social', 'Investigative']},
      {code: 'RC', types: ['Realistic', 'Conventional']},
      ea
    ])
    expect([1, 2, 3].map((index) => start(result, `/personalityTypes/${index - 1}`))).toEqual([
      [5, 1],
      [6, 1],
      [7, 1]
    ])
  })

  test('a letter code such as “EA”', () => {
    const result = parse('# Baker\n\n## Personality\n\nEA\n\n## Job titles\n\n- Baker\n')

    expect(result.profession.personalityTypes).toEqual([ea])
    expect(start(result, '/personalityTypes/0')).toEqual([5, 1])
  })

  test('comma and “and” separated types', () => {
    const result = parse(
      'Profession baker\n\nPersonality Type\n\nSocial, Investigative\nRealistic and Conventional' + jobs
    )

    expect(result.profession.personalityTypes.map((value) => value.code)).toEqual(['SI', 'RC'])
  })

  test('`holland:` in front matter', () => {
    const result = parse('---\ntitle: Baker\nholland: EA\n---\n\n## Job titles\n\n- Baker\n')

    expect(result.profession.personalityTypes).toEqual([ea])
    expect(start(result, '/personalityTypes/0')).toEqual([3, 10])
    expect(ruleIds(result)).toEqual([])
  })

  test('a front matter list of pairs, each positioned at its own line', () => {
    const result = parse(
      '---\ntitle: Baker\nholland:\n  - Enterprising / Artistic\n  - SI\n---\n\n## Job titles\n\n- Baker\n'
    )

    expect(result.profession.personalityTypes).toEqual([
      ea,
      {code: 'SI', types: ['Social', 'Investigative']}
    ])
    expect(start(result, '/personalityTypes/0')?.[0]).toBe(4)
    expect(start(result, '/personalityTypes/1')?.[0]).toBe(5)
  })

  test('prefers a personality section over front matter', () => {
    const result = parse('---\ntitle: Baker\nholland: EA\n---\n\n## Personality\n\nSocial / Realistic\n')

    expect(result.profession.personalityTypes).toEqual([{code: 'SR', types: ['Social', 'Realistic']}])
  })
})

describe('personality: other spellings', () => {
  const knowledge = '\n\n\n  • Tax legislation\n\n    Rules about taxes and how they apply to businesses.\n'

  test('reads a code in parentheses, single letters, names without spaces and a closing full stop', () => {
    const lines = ['Enterprising / Artistic (EA)', '(EA)', 'E / A', 'E-A', 'E, A', 'Enterprising/Artistic.', 'EA.']
    for (const line of lines) {
      const result = parse('Profession baker\n\nPersonality Type\n\n  • ' + line + knowledge)

      expect([line, result.profession.personalityTypes, result.profession.knowledge.length]).toEqual([line, [ea], 1])
      expect(ruleIds(result)).toEqual([])
      expect('relatedProfessions' in result.profession).toBe(false)
    }
  })
})

describe('personality: empty section', () => {
  test('leaves knowledge items that follow an empty personality section to knowledge', () => {
    const result = parse(
      'Profession baker\n\nPersonality Type\n\n\n\n  • Tax legislation\n\n    Rules about taxes and how they apply to businesses.\n\n  • Food safety\n\n    Methods of keeping food safe.\n'
    )

    expect(result.profession.personalityTypes).toEqual([])
    expect(result.profession.knowledge.map((item) => item.name)).toEqual([
      'Tax legislation',
      'Food safety'
    ])
    expect(ruleIds(result)).toEqual([])
  })
})

describe('personality: bad input', () => {
  test('reports a misspelt type as `unknown-holland-type` at the word, with a suggestion', () => {
    const result = parse('Profession baker\n\nPersonality Type\n\n  • Enterprising / Artistc' + jobs)
    const [message] = result.messages

    expect(ruleIds(result)).toEqual(['unknown-holland-type'])
    expect([message?.line, message?.column]).toEqual([5, 20])
    expect(message?.fatal).toBe(true)
    expect(message?.actual).toBe('Artistc')
    expect(message?.expected).toEqual(['Artistic'])
    expect(result.profession.personalityTypes).toEqual([{code: 'E', types: ['Enterprising']}])
  })

  test('reports the misspelling as a positioned message with its rule, source and fix', () => {
    const result = parse('Profession baker\n\nPersonality Type\n\n  • Enterprising / Artistc' + jobs)
    const [message] = result.messages

    expect({
      reason: message?.reason,
      ruleId: message?.ruleId,
      source: message?.source,
      place: message?.place,
      fatal: message?.fatal,
      actual: message?.actual,
      expected: message?.expected
    }).toMatchInlineSnapshot(`
      {
        "actual": "Artistc",
        "expected": [
          "Artistic",
        ],
        "fatal": true,
        "place": {
          "column": 20,
          "line": 5,
          "offset": 55,
        },
        "reason": "Unexpected Holland type \`Artistc\`, expected one of Realistic, Investigative, Artistic, Social, Enterprising, Conventional (did you mean \`Artistic\`?)",
        "ruleId": "unknown-holland-type",
        "source": "profession-parser",
      }
    `)
  })

  test('reports a line that names types but does not read as them, as in Markdown, instead of moving it on', () => {
    const text = parse(
      'Profession baker\n\nPersonality Type\n\n  • Enterprising / Artistic types\n\n\n  • Tax legislation\n\n    Rules about taxes.\n'
    )
    const markdown = parse('# Baker\n\n## Personality Type\n\n- Enterprising / Artistic types\n')
    const reasons = (result: ParseResult) => result.messages.map((message) => [message.ruleId, message.reason, message.column])
    const reason =
      'Unexpected personality line `Enterprising / Artistic types`, expected Holland types such as `Enterprising / Artistic` or a code such as `EA`'

    expect(reasons(text)).toEqual([['unknown-holland-type', reason, 5]])
    expect(reasons(markdown)).toEqual([['unknown-holland-type', reason, 3]])
    expect(text.profession.personalityTypes).toEqual([])
    expect(text.profession.knowledge.map((item) => item.name)).toEqual(['Tax legislation'])
  })

  test('leaves an item that names no type, or that has a description, to the next section', () => {
    const result = parse(
      'Profession baker\n\nPersonality Type\n\n  • Social media\n\n    Platforms for sharing content.\n\n  • Food safety\n'
    )

    expect(result.profession.personalityTypes).toEqual([])
    expect(result.profession.knowledge.map((item) => item.name)).toEqual(['Social media', 'Food safety'])
    expect(ruleIds(result)).toEqual([])
  })

  test('reports a word that is no type at all at its column', () => {
    const result = parse('Profession baker\n\nPersonality Type\n\nEnterprising / Wizard' + jobs)
    const [message] = result.messages

    expect(ruleIds(result)).toEqual(['unknown-holland-type'])
    expect([message?.line, message?.column]).toEqual([5, 16])
    expect(message?.actual).toBe('Wizard')
    expect(message?.expected).toBe(undefined)
  })

  test('reports a misspelt type in a Markdown list item at its column', () => {
    const result = parse('# Baker\n\n## Personality type\n\n- Enterpricing / Artistic\n')
    const [message] = result.messages

    expect(ruleIds(result)).toEqual(['unknown-holland-type'])
    expect([message?.line, message?.column]).toEqual([5, 3])
    expect(message?.expected).toEqual(['Enterprising'])
    expect(result.profession.personalityTypes).toEqual([{code: 'A', types: ['Artistic']}])
  })

  test('reports an unknown type in front matter at its column', () => {
    const result = parse('---\ntitle: Baker\nholland: Enterprising / Wizard\n---\n\n## Job titles\n\n- Baker\n')
    const [message] = result.messages

    expect(ruleIds(result)).toEqual(['unknown-holland-type'])
    expect([message?.line, message?.column]).toEqual([3, 25])
  })

  test('reports an unknown word of a line continued on the next (a lazy Markdown line) at the word, on the next line', () => {
    // The label is `Realistic / Investigative -nvestigative`: its offsets are not columns of line 5; the source says where the word is.
    const result = parse('# Baker\n\n## Personality Type\n\n- Realistic / Investigative\n-nvestigative\n', {format: 'markdown'})
    expect(result.messages.map((message) => [message.ruleId, message.actual, message.line, message.column])).toEqual([
      ['unknown-holland-type', 'nvestigative', 6, 2]
    ])
  })
})
