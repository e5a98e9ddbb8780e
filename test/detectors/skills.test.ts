import {describe, expect, test} from 'vitest'
import {parse, type ParseResult} from '../../src/index.js'

function start(result: ParseResult, pointer: string): [number, number] | undefined {
  const position = result.positions[pointer]
  return position ? [position.start.line, position.start.column] : undefined
}

const operateOvens = {name: 'Operate ovens', description: 'Operate industrial ovens to bake goods.'}

describe('skills: recognises', () => {
  test('heading variants in text and Markdown', () => {
    const headings = [
      'Skills',
      'ESSENTIAL SKILLS',
      'Skills and competences',
      'Skills & Competences',
      'Competencies',
      'Required skills:'
    ]
    for (const heading of headings) {
      const text = parse(`Profession baker\n\n${heading}\n\n• Operate ovens\n\n    Operate industrial ovens to bake goods.\n`)
      const markdown = parse(`# Baker\n\n## ${heading}\n\n- **Operate ovens**: Operate industrial ovens to bake goods.\n`)
      expect([heading, text.profession.skills, markdown.profession.skills]).toEqual([
        heading,
        [operateOvens],
        [operateOvens]
      ])
    }
  })
})

describe('skills: item layouts', () => {
  test('`### Name` followed by a paragraph', () => {
    const result = parse(
      '# Baker\n\n## Skills\n\n### Operate ovens\n\nOperate industrial ovens to bake goods.\n\n### Knead dough\n\nKnead dough by hand.\n'
    )

    expect(result.profession.skills).toEqual([operateOvens, {name: 'Knead dough', description: 'Knead dough by hand.'}])
    expect(start(result, '/skills/0')).toEqual([5, 1])
    expect(start(result, '/skills/0/description')).toEqual([7, 1])
  })

  test('`Name: description` and `Name – description` on bullet lines', () => {
    const result = parse(
      'Profession baker\n\nSkills\n\n• Operate ovens: Operate industrial ovens to bake goods.\n• Knead dough – Knead dough by hand.\n• Shape loaves\n'
    )

    expect(result.profession.skills).toEqual([
      operateOvens,
      {name: 'Knead dough', description: 'Knead dough by hand.'},
      {name: 'Shape loaves'}
    ])
    expect(start(result, '/skills/1/description')).toEqual([6, 17])
  })

  test('joins description paragraphs with a blank line', () => {
    const result = parse(
      'Profession baker\n\nSkills\n\n• Operate ovens\n\n    Operate industrial ovens.\n\n    Check their temperature.\n'
    )

    expect(result.profession.skills).toEqual([
      {name: 'Operate ovens', description: 'Operate industrial ovens.\n\nCheck their temperature.'}
    ])
  })
})

describe('skills: without a heading', () => {
  test('infers the group after a double blank line that follows the knowledge group', () => {
    const result = parse(
      'Profession baker\n\nPersonality Type\n\n  • Realistic / Conventional\n\n\n' +
        '  • Food safety\n\n    Methods of keeping food safe.\n\n\n' +
        '  • Operate ovens\n\n    Operate industrial ovens to bake goods.\n\n  • Knead dough\n\n    Knead dough by hand.\n'
    )
    const section = result.sections.find((entry) => entry.detector === 'skills')

    expect(result.profession.skills.map((item) => item.name)).toEqual(['Operate ovens', 'Knead dough'])
    expect(result.profession.knowledge.map((item) => item.name)).toEqual(['Food safety'])
    expect(section?.inferred).toBe(true)
    expect(section?.confidence).toBeGreaterThan(0.5)
    expect(start(result, '/skills/0')).toEqual([13, 5])
  })

  test('infers skills after a Knowledge heading whose Skills heading is missing', () => {
    const result = parse(
      'Profession baker\n\nKnowledge\n\n• Food safety\n\n    Methods of keeping food safe.\n\n\n• Operate ovens\n\n    Operate industrial ovens to bake goods.\n'
    )

    expect(result.profession.knowledge).toEqual([{name: 'Food safety', description: 'Methods of keeping food safe.'}])
    expect(result.profession.skills).toEqual([operateOvens])
    expect(result.sections.map((section) => [section.detector, section.inferred])).toEqual([
      ['title', false],
      ['knowledge', false],
      ['skills', true]
    ])
  })
})

describe('skills: order of sections', () => {
  test('reads a Skills section that comes before the Knowledge section', () => {
    const result = parse('# Baker\n\n## Skills\n\n- Operate ovens\n\n## Knowledge\n\n- Food safety\n')

    expect(result.profession.skills).toEqual([{name: 'Operate ovens'}])
    expect(result.profession.knowledge).toEqual([{name: 'Food safety'}])
  })

  test('reads a copy-pasted page whose Skills heading comes before Knowledge', () => {
    const result = parse('Profession baker\n\nSkills\n\n• Operate ovens\n\nKnowledge\n\n• Food safety\n')

    expect(result.profession.skills).toEqual([{name: 'Operate ovens'}])
    expect(result.profession.knowledge).toEqual([{name: 'Food safety'}])
  })
})
