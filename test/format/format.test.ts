import {describe, expect, test} from 'vitest'
import {format, formatProfession, parse, type Profession} from '../../src/index.js'

/** A profession with every field empty but the title. */
function profession(fields: Partial<Profession>): Profession {
  return {
    title: 'Baker',
    description: '',
    personalityTypes: [],
    knowledge: [],
    skills: [],
    optionalSkills: [],
    jobTitles: [],
    ...fields
  }
}

/** Format, parse back, and return both. */
function roundTrip(value: Profession): {markdown: string; parsed: Profession} {
  const markdown = formatProfession(value)
  return {markdown, parsed: parse(markdown).profession}
}

describe('formatProfession', () => {
  test('writes the canonical sections in model order', () => {
    const value = profession({
      description: 'Bakers make bread.\n\nThey start early.',
      personalityTypes: [{code: 'RC', types: ['Realistic', 'Conventional']}],
      knowledge: [{name: 'Food safety', description: 'Keeping food safe.'}],
      skills: [{name: 'Knead dough'}],
      optionalSkills: [{name: 'decorate cakes', kind: 'skill'}],
      jobTitles: ['Baker', 'Pastry baker'],
      tasks: ['Bake bread'],
      relatedProfessions: {area: 'Food', professions: ['Confectioner']}
    })
    expect(formatProfession(value)).toBe(
      [
        '# Baker',
        '',
        'Bakers make bread.',
        '',
        'They start early.',
        '',
        '## Personality type',
        '',
        '- Realistic / Conventional',
        '',
        '## Knowledge',
        '',
        '- **Food safety**: Keeping food safe.',
        '',
        '## Skills',
        '',
        '- **Knead dough**',
        '',
        '## Optional knowledge and skills',
        '',
        '- decorate cakes',
        '',
        '## Common job titles',
        '',
        '- Baker',
        '- Pastry baker',
        '',
        '## Tasks',
        '',
        '- Bake bread',
        '',
        '## Related professions Food',
        '',
        '- Confectioner',
        ''
      ].join('\n')
    )
    expect(parse(formatProfession(value)).profession).toEqual(value)
  })

  test('always writes the five profile sections, so a lone knowledge list of verb phrases stays knowledge', () => {
    const value = profession({knowledge: [{name: 'Manage budgets', description: 'Plan, monitor and report.'}]})
    const {markdown, parsed} = roundTrip(value)
    expect(markdown).toContain('## Skills\n\n## Optional')
    expect(parsed).toEqual(value)
  })

  test('writes an empty task list and an empty related list, which the parser tells from absent ones', () => {
    const value = profession({tasks: [], relatedProfessions: {area: '', professions: []}})
    const {markdown, parsed} = roundTrip(value)
    expect(markdown).toMatch(/## Tasks\n\n## Related professions\n$/)
    expect(parsed).toEqual(value)
  })

  test('writes further description paragraphs of an item indented under it', () => {
    const value = profession({skills: [{name: 'Knead dough', description: 'Mix and shape.\n\nJudge when it is ready.'}]})
    const {markdown, parsed} = roundTrip(value)
    expect(markdown).toContain('- **Knead dough**: Mix and shape.\n\n  Judge when it is ready.\n')
    expect(parsed).toEqual(value)
  })
})

describe('formatProfession escapes what the parser would misread', () => {
  test('Markdown syntax in values: `**`, a leading `#`, a list marker, a colon and space in a name', () => {
    const value = profession({
      knowledge: [
        {name: '**Bold** claims: myths', description: '# not a heading'},
        {name: '# Hash', description: 'Text with *stars* and <b>tags</b>.'}
      ],
      optionalSkills: [{name: '1. first', kind: 'knowledge'}, {name: '- dash', kind: 'knowledge'}],
      jobTitles: ['Baker: night shift', '> quoted', '[link](x)']
    })
    const {markdown, parsed} = roundTrip(value)
    expect(markdown).toContain('- **\\*\\*Bold\\*\\* claims: myths**: # not a heading')
    expect(markdown).toContain('- 1\\. first')
    expect(parsed).toEqual(value)
  })

  test('a bold name ending in a colon keeps it (the parser drops one)', () => {
    const value = profession({knowledge: [{name: 'C#:', description: 'A language.'}]})
    const {markdown, parsed} = roundTrip(value)
    expect(markdown).toContain('- **C#::**: A language.')
    expect(parsed).toEqual(value)
  })

  test('a description opening with a separator goes on its own paragraph (the parser strips separators after a name)', () => {
    const value = profession({knowledge: [{name: 'Dashes', description: '- and more. Dots follow.'}]})
    const {markdown, parsed} = roundTrip(value)
    expect(markdown).toContain('- **Dashes**\n\n  \\- and more. Dots follow.')
    expect(parsed).toEqual(value)
  })

  test('a list label opening with `**` or `__` is written in emphasis (the parser would read a bold name)', () => {
    const value = profession({relatedProfessions: {area: 'Food', professions: ['** **', '__init__ cook']}})
    const {markdown, parsed} = roundTrip(value)
    expect(markdown).toContain('- *\\*\\* \\*\\**')
    expect(parsed).toEqual(value)
  })

  test('a title that is a section name or starts with "Profession " gets the "Profession " prefix the parser strips', () => {
    for (const title of ['Knowledge', 'Profession coach', '#1 coach', 'Tasks ahead']) {
      const {markdown, parsed} = roundTrip(profession({title}))
      expect(markdown.startsWith(`# Profession ${title}\n`), markdown).toBe(true)
      expect(parsed.title).toBe(title)
    }
  })

  test('a title no heading keeps goes to front matter, with the description', () => {
    const value = profession({title: 'Chef:', description: 'What they do.'})
    const {markdown, parsed} = roundTrip(value)
    expect(markdown.startsWith('---\ntitle: "Chef:"\ndescription: What they do.\n---\n\n## Personality type')).toBe(true)
    expect(parsed).toEqual(value)
    // A heading keeps ` & ` as written.
    expect(roundTrip(profession({title: 'Profession A & B'})).markdown.startsWith('# Profession Profession A & B\n')).toBe(true)
    expect(roundTrip(profession({title: 'Profession A & B'})).parsed.title).toBe('Profession A & B')
  })

  test('a description line the parser would take for a heading or boilerplate goes to front matter', () => {
    for (const description of ['Skills', 'Interests: music and film.', 'Take our free test and see.']) {
      const value = profession({description})
      const {markdown, parsed} = roundTrip(value)
      expect(markdown.startsWith('---\ndescription:'), markdown).toBe(true)
      expect(parsed).toEqual(value)
    }
  })

  test('normalises whitespace as the parser reads it', () => {
    const value = profession({title: '  Baker \n', description: 'One\n  line.\n\n\n\nTwo.', jobTitles: [' Baker  ']})
    expect(parse(formatProfession(value)).profession).toEqual(
      profession({description: 'One line.\n\nTwo.', jobTitles: ['Baker']})
    )
  })

  test('an empty profession gives the empty sections', () => {
    const value = profession({title: ''})
    const {markdown, parsed} = roundTrip(value)
    expect(markdown.startsWith('## Personality type\n')).toBe(true)
    expect(parsed).toEqual(value)
  })
})

describe('format', () => {
  test('parses any input format and writes canonical Markdown', () => {
    const text = 'Profession baker\n\nBakers bake.\n\nPersonality Type\n\n  • Realistic\n\nCommon job titles\n\n  • Baker\n'
    const markdown = format(text)
    expect(markdown).toBe(
      '# baker\n\nBakers bake.\n\n## Personality type\n\n- Realistic\n\n## Knowledge\n\n## Skills\n\n' +
        '## Optional knowledge and skills\n\n## Common job titles\n\n- Baker\n'
    )
    expect(format(markdown)).toBe(markdown)
    expect(format('<!doctype html><h1>Profession baker</h1><p>Bakers bake.</p><h2>Personality Type</h2><ul><li>Realistic</ul><h2>Common job titles</h2><ul><li>Baker</ul>')).toBe(markdown)
  })
})
