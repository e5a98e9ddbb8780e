import {describe, expect, test} from 'vitest'
import {parse, type ParseResult} from '../../src/index.js'

function start(result: ParseResult, pointer: string): [number, number] | undefined {
  const position = result.positions[pointer]
  return position ? [position.start.line, position.start.column] : undefined
}

function ruleIds(result: ParseResult): Array<string | undefined> {
  return result.messages.map((message) => message.ruleId)
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

describe('job-titles: extent', () => {
  const knowledge =
    '  • Food safety\n\n    Methods of keeping food safe.\n\n  • Flour types\n\n    The kinds of flour and what each is used for.\n\n\n' +
    '  • Manage budgets\n\n    Plan, monitor and report on the budget.\n\n  • Operate ovens\n\n    Operate industrial ovens to bake goods.\n'

  test('ends the list at the first item with a description, leaving knowledge and skills after it to inference', () => {
    const result = parse(
      'Profession baker\n\nPersonality Type\n\n  • Realistic\n\nCommon job titles\n\n  • Baker\n  • Head baker\n\n\n' + knowledge
    )

    expect(result.profession.jobTitles).toEqual(['Baker', 'Head baker'])
    expect(result.profession.knowledge.map((item) => item.name)).toEqual(['Food safety', 'Flour types'])
    expect(result.profession.skills.map((item) => item.name)).toEqual(['Manage budgets', 'Operate ovens'])
    expect(ruleIds(result)).toEqual([])
  })

  test('ends the list at a footer and reports the footer lines as `unassigned-content`', () => {
    const result = parse(
      'Profession baker\n\nPersonality Type\n\n  • Realistic\n\n\n' + knowledge +
        '\nCommon job titles\n\n  • Baker\n  • Head baker\n\n\nShare this profession\n\n© 2024 CareerSite. All rights reserved.\n\nPrivacy policy | Cookie settings\n'
    )

    expect(result.profession.jobTitles).toEqual(['Baker', 'Head baker'])
    expect(result.profession.skills.map((item) => item.name)).toEqual(['Manage budgets', 'Operate ovens'])
    expect(result.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['unassigned-content', 31],
      ['unassigned-content', 33],
      ['unassigned-content', 35]
    ])
  })

  test('ends the list at a sentence, or at a line without the bullet the titles have', () => {
    const sentence = parse('Profession baker\n\nCommon job titles\n\n  • Baker\n  • Head baker\n© 2024 CareerSite. All rights reserved.\n')
    const bulletless = parse('Profession baker\n\nCommon job titles\n\n  • Baker\n  • Head baker\nShare this profession\n')

    expect(sentence.profession.jobTitles).toEqual(['Baker', 'Head baker'])
    expect(bulletless.profession.jobTitles).toEqual(['Baker', 'Head baker'])
    expect(ruleIds(sentence)).toEqual(['unassigned-content'])
    expect(ruleIds(bulletless)).toEqual(['unassigned-content'])
  })

  test('keeps titles with abbreviations and a closing full stop', () => {
    const result = parse('Profession producer\n\nCommon job titles\n\n  • Sr. Producer\n  • Head of Dept.\n  • Producer, Acme Inc.\n')

    expect(result.profession.jobTitles).toEqual(['Sr. Producer', 'Head of Dept.', 'Producer, Acme Inc.'])
    expect(ruleIds(result)).toEqual([])
  })

  test('keeps a long bulleted title, but ends the list at a long bullet-less line', () => {
    const long = 'Business to business sales consultant in hardware, plumbing and heating equipment and supplies'
    const bulleted = parse(`Profession wholesaler\n\nCommon job titles\n\n  • Wholesaler\n  • ${long}\n  • Senior wholesaler\n`)
    const lines = parse(`Profession wholesaler\n\nCommon job titles\n\nWholesaler\n${long}\n`)

    expect(bulleted.profession.jobTitles).toEqual(['Wholesaler', long, 'Senior wholesaler'])
    expect(ruleIds(bulleted)).toEqual([])
    expect(lines.profession.jobTitles).toEqual(['Wholesaler'])
  })

  test('splits a section that is one line listing titles, placing each title', () => {
    const commas = parse('Profession baker\n\nCommon job titles\n\nBaker, Head baker, Pastry chef\n')
    const inline = parse('Profession baker\n\nCommon job titles: Baker; Head baker\n')
    const markdown = parse('# Baker\n\n## Common job titles\n\nBaker | Head baker | Pastry chef\n')

    expect(commas.profession.jobTitles).toEqual(['Baker', 'Head baker', 'Pastry chef'])
    expect(start(commas, '/jobTitles/2')).toEqual([5, 20])
    expect(inline.profession.jobTitles).toEqual(['Baker', 'Head baker'])
    expect(start(inline, '/jobTitles/1')).toEqual([3, 27])
    expect(markdown.profession.jobTitles).toEqual(['Baker', 'Head baker', 'Pastry chef'])
    expect(ruleIds(commas)).toEqual([])
  })

  test('keeps one title with a comma of its own, and commas in bulleted titles, whole', () => {
    const one = parse('Profession producer\n\nCommon job titles\n\nProducer, branded & original content\n')
    const bulleted = parse('Profession baker\n\nCommon job titles\n\n  • Baker\n  • Chef, pastry, sweets\n')
    const single = parse('# Manager\n\n## Common job titles\n\n- Export manager in machinery, industrial equipment, ships and aircraft\n')

    expect(one.profession.jobTitles).toEqual(['Producer, branded & original content'])
    expect(bulleted.profession.jobTitles).toEqual(['Baker', 'Chef, pastry, sweets'])
    expect(single.profession.jobTitles).toEqual(['Export manager in machinery, industrial equipment, ships and aircraft'])
  })

  test('keeps a first bullet-less title with commas whole when more title lines follow it', () => {
    const result = parse(
      'Profession manager\n\nCommon job titles\n\nExport manager in machinery, industrial equipment, ships and aircraft\nImport manager\nExport officer\n'
    )

    expect(result.profession.jobTitles).toEqual([
      'Export manager in machinery, industrial equipment, ships and aircraft',
      'Import manager',
      'Export officer'
    ])
    expect(ruleIds(result)).toEqual([])
  })

  test('splits a line with semicolons on them alone, keeping the commas of its titles', () => {
    const result = parse('Profession producer\n\nCommon job titles\n\nProducer, branded & original content; Video producer\n')

    expect(result.profession.jobTitles).toEqual(['Producer, branded & original content', 'Video producer'])
  })

  test('keeps every block under a Markdown heading', () => {
    const result = parse('# Producer\n\n## Job titles\n\n- Producer\n\nShare this profession.\n', {format: 'markdown'})

    expect(result.profession.jobTitles).toEqual(['Producer', 'Share this profession.'])
  })

  test('ends the list at a double blank line', () => {
    const result = parse('Profession baker\n\nCommon job titles\n\n  • Baker\n\n\nContact us\n')

    expect(result.profession.jobTitles).toEqual(['Baker'])
    expect(ruleIds(result)).toEqual(['unassigned-content'])
  })
})
