import {describe, expect, test} from 'vitest'
import {parse, type ParseResult} from '../../src/index.js'

function start(result: ParseResult, pointer: string): [number, number] | undefined {
  const position = result.positions[pointer]
  return position ? [position.start.line, position.start.column] : undefined
}

function ruleIds(result: ParseResult): Array<string | undefined> {
  return result.messages.map((message) => message.ruleId)
}

const foodSafety = {name: 'Food safety', description: 'Methods of keeping food safe.'}

describe('knowledge: recognises', () => {
  test('heading variants in text, whatever the case and a trailing colon', () => {
    const headings = ['Knowledge', 'ESSENTIAL KNOWLEDGE:', 'Required knowledge', 'Knowledge areas', 'Core Knowledge']
    for (const heading of headings) {
      const result = parse(
        `Profession baker\n\n${heading}\n\n• Food safety\n\n    Methods of keeping food safe.\n`
      )
      expect([heading, result.profession.knowledge]).toEqual([heading, [foodSafety]])
    }
  })

  test('Markdown headings, including bold ones', () => {
    for (const heading of ['Knowledge', 'Essential knowledge', '**Knowledge**', 'KNOWLEDGE:']) {
      const result = parse(`# Baker\n\n## ${heading}\n\n- **Food safety**: Methods of keeping food safe.\n`)
      expect([heading, result.profession.knowledge]).toEqual([heading, [foodSafety]])
    }
  })
})

describe('knowledge: item layouts', () => {
  test('bullet with an indented description paragraph', () => {
    const result = parse(
      'Profession baker\n\nKnowledge\n\n  • Food safety\n\n    Methods of keeping food safe.\n\n  • Bread chemistry\n\n    Reactions in dough.\n    They decide the crumb.\n'
    )

    expect(result.profession.knowledge).toEqual([
      foodSafety,
      {name: 'Bread chemistry', description: 'Reactions in dough. They decide the crumb.'}
    ])
  })

  test('`Name: description` on a bullet line', () => {
    const result = parse('Profession baker\n\nKnowledge\n\n• Food safety: Methods of keeping food safe.\n')

    expect(result.profession.knowledge).toEqual([foodSafety])
    expect(start(result, '/knowledge/0')).toEqual([5, 3])
    expect(start(result, '/knowledge/0/description')).toEqual([5, 16])
  })

  test('`Name: description` lines without bullets', () => {
    const result = parse(
      'Profession baker\n\nKnowledge\n\nFood safety: Methods of keeping food safe.\nBread making: Techniques of making bread.\n'
    )

    expect(result.profession.knowledge).toEqual([
      foodSafety,
      {name: 'Bread making', description: 'Techniques of making bread.'}
    ])
    expect(ruleIds(result)).toEqual([])
  })

  test('`- **Name**: description` and `- **Name**` alone', () => {
    const result = parse(
      '# Baker\n\n## Knowledge\n\n- **Food safety**: Methods of keeping food safe.\n- **Bread making**\n'
    )

    expect(result.profession.knowledge).toEqual([foodSafety, {name: 'Bread making'}])
  })

  test('`### Name` followed by a paragraph', () => {
    const result = parse(
      '# Baker\n\n## Knowledge\n\n### Food safety\n\nMethods of keeping food safe.\n\n### Bread making\n\nTechniques of making bread.\n'
    )

    expect(result.profession.knowledge).toEqual([
      foodSafety,
      {name: 'Bread making', description: 'Techniques of making bread.'}
    ])
    expect(start(result, '/knowledge/1')).toEqual([9, 1])
    expect(start(result, '/knowledge/1/description')).toEqual([11, 1])
  })

  test('`- Name` with an indented paragraph in Markdown', () => {
    const result = parse('# Baker\n\n## Knowledge\n\n- Food safety\n\n  Methods of keeping food safe.\n')

    expect(result.profession.knowledge).toEqual([foodSafety])
    expect(start(result, '/knowledge/0/description')).toEqual([7, 3])
  })

  test('keeps the case of names', () => {
    const result = parse('# Baker\n\n## Knowledge\n\n- HACCP principles\n- food Chemistry\n')

    expect(result.profession.knowledge.map((item) => item.name)).toEqual(['HACCP principles', 'food Chemistry'])
  })
})

describe('knowledge: names', () => {
  test('keeps a `#` that is part of an emphasised name such as `**C#**`', () => {
    const result = parse('# Programmer\n\n## Knowledge\n\n- **C#**: A programming language.\n- **F#**\n')

    expect(result.profession.knowledge).toEqual([
      {name: 'C#', description: 'A programming language.'},
      {name: 'F#'}
    ])
  })

  test('keeps a `#` at the end of a bullet name in text', () => {
    const result = parse('Profession programmer\n\nKnowledge\n\n• C#\n\n    A programming language.\n')

    expect(result.profession.knowledge).toEqual([{name: 'C#', description: 'A programming language.'}])
  })
})

describe('knowledge: positions', () => {
  test('records where each name and description starts', () => {
    const result = parse(
      'Profession baker\n\nKnowledge\n\n  • Food safety\n\n    Methods of keeping food safe.\n'
    )

    expect(start(result, '/knowledge/0')).toEqual([5, 5])
    expect(start(result, '/knowledge/0/description')).toEqual([7, 5])
  })

  test('starts the description of `- **Name**: description` at the description', () => {
    const result = parse('# Baker\n\n## Knowledge\n\n- **Food safety**: Methods of keeping food safe.\n')

    expect(start(result, '/knowledge/0')).toEqual([5, 3])
    expect(start(result, '/knowledge/0/description')).toEqual([5, 20])
  })
})

describe('knowledge: without a heading', () => {
  const text =
    'Profession baker\n\nPersonality Type\n\n  • Realistic / Conventional\n\n\n' +
    '  • Food safety\n\n    Methods of keeping food safe.\n\n  • Bread making techniques\n\n    Techniques of making bread.\n\n\n' +
    '  • Operate ovens\n\n    Operate industrial ovens to bake goods.\n\n  • Knead dough\n\n    Knead dough by hand or machine.\n'

  test('infers the first heading-less group of noun phrases after the personality types', () => {
    const result = parse(text)

    expect(result.profession.knowledge.map((item) => item.name)).toEqual([
      'Food safety',
      'Bread making techniques'
    ])
    expect(start(result, '/knowledge/0')).toEqual([8, 5])
  })

  test('marks the section inferred, with a confidence', () => {
    const section = parse(text).sections.find((entry) => entry.detector === 'knowledge')

    expect(section?.inferred).toBe(true)
    expect(section?.heading).toBe(undefined)
    expect(section?.confidence).toBeGreaterThan(0.5)
    expect(section?.confidence).toBeLessThanOrEqual(1)
    expect(section?.position?.start.line).toBe(8)
  })
})

describe('knowledge: under a heading', () => {
  test('keeps every item of a tight list under a Knowledge heading, even one that reads as a verb phrase', () => {
    const result = parse('# Baker\n\n## Knowledge\n\n- Food safety\n- Operate ovens\n')

    expect(result.profession.knowledge.map((item) => item.name)).toEqual(['Food safety', 'Operate ovens'])
    expect(result.profession.skills).toEqual([])
  })
})
