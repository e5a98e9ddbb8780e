import {describe, expect, test} from 'vitest'
import {parse, type ParseResult} from '../../src/index.js'

function start(result: ParseResult, pointer: string): [number, number] | undefined {
  const position = result.positions[pointer]
  return position ? [position.start.line, position.start.column] : undefined
}

describe('job-titles: recognises', () => {
  test('heading variants in text and Markdown', () => {
    const headings = [
      'Common job titles',
      'COMMON JOB TITLES:',
      'Job titles',
      'Alternative titles',
      'Also known as',
      'Synonyms',
      'Other titles'
    ]
    for (const heading of headings) {
      const text = parse(`Profession baker\n\n${heading}\n\n• Baker\n• Head baker\n`)
      const markdown = parse(`# Baker\n\n## ${heading}\n\n- Baker\n- Head baker\n`)
      expect([heading, text.profession.jobTitles, markdown.profession.jobTitles]).toEqual([
        heading,
        ['Baker', 'Head baker'],
        ['Baker', 'Head baker']
      ])
    }
  })
})

describe('job-titles: extracts', () => {
  test('one title per bullet, never split on commas, slashes, parentheses, `&` or ` - `', () => {
    const result = parse(
      'Profession producer\n\nCommon job titles\n\n' +
        '  • Technical lead, experience studios\n' +
        '  • Producer / project manager (video production)\n' +
        '  • Producer, branded & original content\n' +
        '  • Creative producer - the studio\n'
    )

    expect(result.profession.jobTitles).toEqual([
      'Technical lead, experience studios',
      'Producer / project manager (video production)',
      'Producer, branded & original content',
      'Creative producer - the studio'
    ])
  })

  test('one title per line when the lines have no bullets', () => {
    const result = parse('# Baker\n\n## Also known as\n\nBaker\nHead baker, nights\n')

    expect(result.profession.jobTitles).toEqual(['Baker', 'Head baker, nights'])
  })

  test('keeps the case of titles', () => {
    const result = parse('# Baker\n\n## Job titles\n\n- HEAD BAKER\n- pastry Cook\n')

    expect(result.profession.jobTitles).toEqual(['HEAD BAKER', 'pastry Cook'])
  })

  test('records where each title starts', () => {
    const result = parse('Profession baker\n\nCommon job titles\n\n  • Baker\n  • Head baker\n')

    expect(start(result, '/jobTitles/0')).toEqual([5, 5])
    expect(start(result, '/jobTitles/1')).toEqual([6, 5])
  })

  test('leaves the list empty when the section is missing', () => {
    const result = parse('Profession baker\n\nPersonality Type\n\nSocial / Realistic\n')

    expect(result.profession.jobTitles).toEqual([])
  })
})
