import {describe, expect, test} from 'vitest'
import {parse, type ParseResult} from '../../src/index.js'

/** `[line, column]` where the value at `pointer` starts. */
function start(result: ParseResult, pointer: string): [number, number] | undefined {
  const position = result.positions[pointer]
  return position ? [position.start.line, position.start.column] : undefined
}

function ruleIds(result: ParseResult): Array<string | undefined> {
  return result.messages.map((message) => message.ruleId)
}

const jobs = '\n\nCommon job titles\n\n• Baker\n'

describe('title: recognises', () => {
  test('the line “Profession <name>” of a copy-pasted page', () => {
    const result = parse('Profession actor/actress' + jobs)

    expect(result.profession.title).toBe('actor/actress')
    expect(start(result, '/title')).toEqual([1, 1])
    expect(ruleIds(result)).toEqual([])
  })

  test('“Profession” in any case, keeping the case of the name', () => {
    expect(parse('PROFESSION Head Baker' + jobs).profession.title).toBe('Head Baker')
  })

  test('“Profession: <name>”, with a colon after the prefix', () => {
    const result = parse('Profession: Head Baker' + jobs)

    expect(result.profession.title).toBe('Head Baker')
    expect(result.sections[0]).toMatchObject({detector: 'title', confidence: 1})
    expect(parse('Home\n\nProfession: Head Baker' + jobs).profession.title).toBe('Head Baker')
    expect(parse('# Profession: Head Baker\n\n## Job titles\n\n- Baker\n').profession.title).toBe('Head Baker')
  })

  test('does not strip a prefix followed by a colon without a space', () => {
    expect(parse('Profession:baker' + jobs).profession.title).toBe('Profession:baker')
  })

  test('a Markdown `# Name` heading', () => {
    const result = parse('# Actor/actress\n\n## Job titles\n\n- Actor\n')

    expect(result.profession.title).toBe('Actor/actress')
    expect(start(result, '/title')).toEqual([1, 1])
  })

  test('a Markdown `# Profession name` heading, without the prefix', () => {
    expect(parse('# Profession baker\n\n## Job titles\n\n- Baker\n').profession.title).toBe('baker')
  })

  test('the heading that opens a Markdown profile whose outline starts below `#`', () => {
    const shifted = parse('## Baker\n\nBakers bake bread.\n\n### Job titles\n\n- Baker\n', {format: 'markdown'})
    const level = parse('## Baker\n\nBakers bake bread.\n\n## Job titles\n\n- Baker\n', {format: 'markdown'})

    for (const result of [shifted, level]) {
      expect(result.profession.title).toBe('Baker')
      expect(result.profession.description).toBe('Bakers bake bread.')
      expect(result.profession.jobTitles).toEqual(['Baker'])
      expect(result.sections[0]).toMatchObject({detector: 'title', heading: 'Baker', confidence: 0.8})
      expect(ruleIds(result)).toEqual([])
    }
  })

  test('a `#` heading below an opening heading of another level, which is reported', () => {
    const result = parse('## CareerSite\n\n# Baker\n\nBakers bake bread.\n\n## Job titles\n\n- Baker\n')

    expect(result.profession.title).toBe('Baker')
    expect(result.profession.description).toBe('Bakers bake bread.')
    expect(ruleIds(result)).toEqual(['unassigned-content'])
  })

  test('not an opening heading below `#` when front matter names the profession', () => {
    const result = parse('---\ntitle: Baker\n---\n\n## Salary\n\nGood.\n\n## Job titles\n\n- Baker\n')

    expect(result.profession.title).toBe('Baker')
    expect(ruleIds(result)).toEqual(['unrecognised-heading'])
  })

  test('`title:` in front matter, positioned at its value', () => {
    const result = parse('---\ntitle: Baker\n---\n\n## Job titles\n\n- Baker\n')

    expect(result.profession.title).toBe('Baker')
    expect(start(result, '/title')).toEqual([2, 8])
    expect(ruleIds(result)).toEqual([])
  })

  test('`name:` in front matter when there is no `title:`', () => {
    expect(parse('---\nname: Baker\n---\n\n## Job titles\n\n- Baker\n').profession.title).toBe('Baker')
  })

  test('the first line of the document when it reads as a label, with less confidence', () => {
    const result = parse('Baker\n\nBakers bake bread every morning.' + jobs)

    expect(result.profession.title).toBe('Baker')
    expect(result.sections[0]).toMatchObject({detector: 'title', heading: 'Baker', confidence: 0.7})
  })
})

describe('title: one per document', () => {
  test('a “Profession <name>” line below a first line that reads as a label takes the title', () => {
    for (const first of ['Home > Professions > Baker', 'Skip to main content', 'Baker | CareerSite']) {
      const result = parse(first + '\n\nProfession baker\n\nBakers bake bread.' + jobs)

      expect([first, result.profession.title, result.profession.description]).toEqual([
        first,
        'baker',
        'Bakers bake bread.'
      ])
      expect(start(result, '/title')).toEqual([3, 1])
      expect(result.sections.filter((section) => section.detector === 'title')).toHaveLength(1)
    }
  })

  test('reports the line it did not take as `unassigned-content`, at the line', () => {
    const result = parse('Home > Professions > Baker\n\nProfession baker\n\nBakers bake bread.' + jobs)

    expect(result.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['unassigned-content', 1, 1]
    ])
    expect(result.messages[0]?.reason).toBe('Unexpected content outside any section: “Home > Professions > Baker”')
  })

  test('does not read lines above the title line as the description', () => {
    const result = parse('Skip to main content\n\nBaker | CareerSite\n\nProfession baker\n\nBakers bake bread.' + jobs)

    expect(result.profession.title).toBe('baker')
    expect(result.profession.description).toBe('Bakers bake bread.')
    expect(result.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['unassigned-content', 1],
      ['unassigned-content', 3]
    ])
  })

  test('keeps the first of two equally sure title lines', () => {
    const result = parse('Profession baker\n\nBakers bake bread.\n\nProfession pastry chef' + jobs)

    expect(result.profession.title).toBe('baker')
    expect(ruleIds(result)).toEqual(['unassigned-content'])
  })
})

describe('title: extent', () => {
  test('takes a bullet repeating the name right under the title, so it is no knowledge item', () => {
    const result = parse('Profession baker\n\n• Baker\n\nBakers bake bread.' + jobs)

    expect(result.profession.title).toBe('baker')
    expect(result.profession.knowledge).toEqual([])
    expect(result.profession.description).toBe('Bakers bake bread.')
    expect(ruleIds(result)).toEqual([])
  })

  test('takes the rest of a long title line wrapped onto the next line, placing the title over both', () => {
    const text = 'Profession import export manager in mining, construction and civil\nengineering machinery\n\nManagers trade.' + jobs
    const result = parse(text)
    const position = result.positions['/title']!

    expect(result.profession.title).toBe('import export manager in mining, construction and civil engineering machinery')
    expect(result.profession.description).toBe('Managers trade.')
    expect(text.slice(position.start.offset, position.end.offset)).toBe(
      'Profession import export manager in mining, construction and civil\nengineering machinery'
    )
  })

  test('does not take a line under a short title line, nor a sentence under a long one', () => {
    const short = parse('Profession baker\nbread and pastry\n\nBakers bake.' + jobs)
    const sentence = parse('Profession import export manager in mining and construction\nManagers trade.' + jobs)

    expect(short.profession.title).toBe('baker')
    expect(sentence.profession.title).toBe('import export manager in mining and construction')
    expect(sentence.profession.description).toBe('Managers trade.')
  })
})

describe('title: bad input', () => {
  test('reports `missing-title` when the first line is prose', () => {
    const result = parse('Bakers bake bread every morning.' + jobs)

    expect(result.profession.title).toBe('')
    expect(result.profession.description).toBe('Bakers bake bread every morning.')
    expect(ruleIds(result)).toEqual(['missing-title'])
    expect(result.messages[0]?.fatal).toBe(true)
  })

  test('does not take a section heading on the first line for the title', () => {
    const result = parse('Personality Type\n\nEnterprising / Artistic' + jobs)

    expect(result.profession.title).toBe('')
    expect(result.profession.personalityTypes).toEqual([
      {code: 'EA', types: ['Enterprising', 'Artistic']}
    ])
    expect(ruleIds(result)).toEqual(['missing-title'])
  })

  test('ignores an empty front matter title', () => {
    const result = parse('---\ntitle: "  "\n---\n\n## Job titles\n\n- Baker\n')

    expect(result.profession.title).toBe('')
    expect(ruleIds(result)).toEqual(['missing-title'])
  })
})
