import {describe, expect, test} from 'vitest'
import {parse, type ParseResult} from '../../src/index.js'

function start(result: ParseResult, pointer: string): [number, number] | undefined {
  const position = result.positions[pointer]
  return position ? [position.start.line, position.start.column] : undefined
}

const jobs = '\n\nCommon job titles\n\n• Baker\n'

describe('description: recognises', () => {
  test('the prose between the title and the first section', () => {
    const result = parse('Profession baker\n\nBakers bake bread.' + jobs)

    expect(result.profession.description).toBe('Bakers bake bread.')
    expect(start(result, '/description')).toEqual([3, 1])
  })

  test('a description section inferred from layout, with a confidence below 1', () => {
    const result = parse('Profession baker\n\nBakers bake bread.' + jobs)

    expect(result.sections.find((section) => section.detector === 'description')).toMatchObject({
      heading: undefined,
      inferred: true,
      confidence: 0.9
    })
  })

  test('Markdown headings “Description”, “About” and “Overview”', () => {
    for (const heading of ['Description', 'About', 'Overview', 'What they do']) {
      const result = parse(`# Baker\n\n## ${heading}\n\nBakers bake.\n\n## Job titles\n\n- Baker\n`)
      expect([heading, result.profession.description]).toEqual([heading, 'Bakers bake.'])
      expect(start(result, '/description')).toEqual([5, 1])
    }
  })

  test('`description:` in front matter', () => {
    const result = parse('---\ntitle: Baker\ndescription: Bakers bake.\n---\n\n## Job titles\n\n- Baker\n')

    expect(result.profession.description).toBe('Bakers bake.')
    expect(start(result, '/description')).toEqual([3, 14])
  })
})

describe('description: extracts', () => {
  test('joins the lines of a paragraph with spaces and paragraphs with a blank line', () => {
    const result = parse(
      'Profession baker\n\nBakers bake bread\nand rolls.\n\nThey work at night.' + jobs
    )

    expect(result.profession.description).toBe('Bakers bake bread and rolls.\n\nThey work at night.')
  })

  test('collapses runs of whitespace', () => {
    const result = parse('Profession baker\n\nBakers   bake\tbread.' + jobs)

    expect(result.profession.description).toBe('Bakers bake bread.')
  })

  test('leaves the description empty when there is no prose', () => {
    const result = parse('Profession baker' + jobs)

    expect(result.profession.description).toBe('')
    expect(result.positions['/description']).toBe(undefined)
  })

  test('does not take prose that follows a section', () => {
    const result = parse('Profession baker\n\nPersonality Type\n\nSocial / Realistic\n\nSome stray remark.' + jobs)

    expect(result.profession.description).toBe('')
  })

  test('reads past an HTML comment between the title and the description', () => {
    const result = parse('# Baker\n\n<!-- draft -->\n\nBakers bake bread.\n\n## Skills\n\n- Bake bread\n', {
      format: 'markdown'
    })

    expect(result.profession.description).toBe('Bakers bake bread.')
    expect(result.messages.map((message) => message.ruleId)).toEqual([])
  })
})
