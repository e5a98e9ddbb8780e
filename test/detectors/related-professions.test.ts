import {describe, expect, test} from 'vitest'
import {parse, type ParseResult} from '../../src/index.js'

function start(result: ParseResult, pointer: string): [number, number] | undefined {
  const position = result.positions[pointer]
  return position ? [position.start.line, position.start.column] : undefined
}

function ruleIds(result: ParseResult): Array<string | undefined> {
  return result.messages.map((message) => message.ruleId)
}

describe('related-professions: recognises', () => {
  test('“Related professions <area>” with a list of names', () => {
    const result = parse(
      'Profession baker\n\nRelated professions Food\n\n• Pastry chef\n• Confectioner\n\nCommon job titles\n\n• Baker\n'
    )

    expect(result.profession.relatedProfessions).toEqual({
      area: 'Food',
      professions: ['Pastry chef', 'Confectioner']
    })
    expect(result.profession.knowledge).toEqual([])
    expect(start(result, '/relatedProfessions/professions/0')).toEqual([5, 3])
    expect(start(result, '/relatedProfessions/professions/1')).toEqual([6, 3])
  })

  test('a Markdown “Related occupations” heading without an area', () => {
    const result = parse('# Baker\n\n## Related occupations\n\n- Pastry chef\n')

    expect(result.profession.relatedProfessions).toEqual({area: '', professions: ['Pastry chef']})
    expect(result.profession.knowledge).toEqual([])
  })

  test('keeps the case of a multi-word area', () => {
    const result = parse('Profession baker\n\nRelated professions Food and Drink\n')

    expect(result.profession.relatedProfessions?.area).toBe('Food and Drink')
  })
})

describe('related-professions: older layout', () => {
  const text =
    'Profession baker\n\nTasks baker\n\n• Knead dough\n• Bake bread\n\nRelated professions Food\n\n\n\n' +
    '• Food safety\n\n    Methods of keeping food safe.\n\n• Bread making\n\n    Techniques of making bread.\n\n\n' +
    '• Operate ovens\n\n    Operate industrial ovens to bake goods.\n\n• Knead dough\n\n    Knead dough by hand or machine until smooth.\n\n' +
    'Common job titles\n\n• Baker\n'

  test('reads an empty related list, leaving the described items after it to knowledge and skills', () => {
    const result = parse(text)

    expect(result.profession.relatedProfessions).toEqual({area: 'Food', professions: []})
    expect(result.profession.knowledge.map((item) => item.name)).toEqual(['Food safety', 'Bread making'])
    expect(result.profession.skills.map((item) => item.name)).toEqual(['Operate ovens', 'Knead dough'])
    expect(result.profession.tasks).toEqual(['Knead dough', 'Bake bread'])
    expect(ruleIds(result)).toEqual([])
  })

  test('marks the knowledge and skills after an empty related list as inferred', () => {
    const result = parse(text)

    expect(
      result.sections.map((section) => [section.detector, section.inferred])
    ).toEqual([
      ['title', false],
      ['tasks', false],
      ['related-professions', false],
      ['knowledge', true],
      ['skills', true],
      ['job-titles', false]
    ])
  })
})

describe('related-professions: absent', () => {
  test('never reads a stray line or an unread personality line as related professions without the heading', () => {
    const described = '\n\n\n• Food safety\n\n    Methods of keeping food safe.\n'
    const pages = [
      'Profession baker\n\nPersonality Type\n\n• Realistic / Conventional\n\nAdvertisement' + described,
      'Profession baker\n\nPersonality Type\n\n• Realistic / Conventional types' + described,
      'Profession baker\n\nPersonality Type\n\n• Realistic / Conventional\n\nEssential knowledge (3)' + described
    ]
    for (const page of pages) {
      const result = parse(page)
      expect([page, 'relatedProfessions' in result.profession]).toEqual([page, false])
    }
  })


  test('leaves `relatedProfessions` out of the profession when there is no such section', () => {
    const result = parse('Profession baker\n\nCommon job titles\n\n• Baker\n')

    expect('relatedProfessions' in result.profession).toBe(false)
  })
})
