import {describe, expect, test} from 'vitest'
import {parse, type ParseResult} from '../../src/index.js'

function start(result: ParseResult, pointer: string): [number, number] | undefined {
  const position = result.positions[pointer]
  return position ? [position.start.line, position.start.column] : undefined
}

describe('optional-skills: recognises', () => {
  test('heading variants in text and Markdown', () => {
    const headings = [
      'Optional knowledge and skills',
      'Optional Skills and Knowledge',
      'optional knowledge & skills',
      'Optional skills',
      'Additional skills:'
    ]
    for (const heading of headings) {
      const text = parse(`Profession baker\n\n${heading}\n\n• food chemistry\n• operate a bread slicer\n`)
      const markdown = parse(`# Baker\n\n## ${heading}\n\n- food chemistry\n- operate a bread slicer\n`)
      const names = ['food chemistry', 'operate a bread slicer']
      expect([
        heading,
        text.profession.optionalSkills.map((item) => item.name),
        markdown.profession.optionalSkills.map((item) => item.name)
      ]).toEqual([heading, names, names])
    }
  })
})

describe('optional-skills: extracts', () => {
  test('one item per list entry, a verb phrase as a skill and a noun phrase as knowledge', () => {
    const result = parse('# Baker\n\n## Optional knowledge and skills\n\n- food chemistry\n- operate a bread slicer\n')

    expect(result.profession.optionalSkills).toEqual([
      {name: 'food chemistry', kind: 'knowledge'},
      {name: 'operate a bread slicer', kind: 'skill'}
    ])
    expect(start(result, '/optionalSkills/0')).toEqual([5, 3])
    expect(start(result, '/optionalSkills/1')).toEqual([6, 3])
  })

  test('a comma-separated line, each part positioned where it is', () => {
    const result = parse(
      '# Baker\n\n## Optional skills\n\nfood chemistry, operate a bread slicer, nutrition principles\n'
    )

    expect(result.profession.optionalSkills).toEqual([
      {name: 'food chemistry', kind: 'knowledge'},
      {name: 'operate a bread slicer', kind: 'skill'},
      {name: 'nutrition principles', kind: 'knowledge'}
    ])
    expect(result.positions['/optionalSkills/1']).toEqual({
      start: {line: 5, column: 17, offset: 45},
      end: {line: 5, column: 39, offset: 67}
    })
  })

  test('a run-on line without separators, split into labels', () => {
    const result = parse(
      'Profession baker\n\nOptional knowledge and skills\n\ntax legislation liaise with financiers accounting techniques edit scripts\n'
    )

    expect(result.profession.optionalSkills).toEqual([
      {name: 'tax legislation', kind: 'knowledge'},
      {name: 'liaise with financiers', kind: 'skill'},
      {name: 'accounting techniques', kind: 'knowledge'},
      {name: 'edit scripts', kind: 'skill'}
    ])
    expect(start(result, '/optionalSkills/2')).toEqual([5, 40])
  })

  test('takes the kind of a label the document lists as essential', () => {
    const result = parse(
      '# Baker\n\n## Knowledge\n\n- **Knead dough**: Knowing how dough behaves.\n\n## Optional knowledge and skills\n\n- knead dough\n- maintain ovens\n'
    )

    expect(result.profession.optionalSkills).toEqual([
      {name: 'knead dough', kind: 'knowledge'},
      {name: 'maintain ovens', kind: 'skill'}
    ])
  })

  test('leaves the list empty when the section is missing', () => {
    expect(parse('Profession baker\n\nCommon job titles\n\n• Baker\n').profession.optionalSkills).toEqual([])
  })
})
