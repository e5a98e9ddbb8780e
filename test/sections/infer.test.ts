import {describe, expect, test} from 'vitest'
import {builtinDetectors} from '../../src/index.js'
import {Report} from '../../src/messages/report.js'
import {parse} from '../../src/parse.js'
import {detectSections} from '../../src/sections/detect.js'
import {flatten} from '../../src/sections/flatten.js'
import {tokenizeText} from '../../src/tokenize/tokenize-text.js'

function sections(text: string) {
  return detectSections(flatten(tokenizeText(text), text), builtinDetectors, 'text', new Report(undefined))
    .sections
}

function item(name: string, description: string): string {
  return `  • ${name}\n\n    ${description}\n\n`
}

const page =
  'Profession producer\n\nPersonality Type\n\n  • Enterprising / Artistic\n\n\n' +
  item('Copyright legislation', 'Legislation describing the rights of authors.') +
  item('Marketing principles', 'The principles of managing consumers and products.') +
  '\n' +
  item('Manage budgets', 'Plan, monitor and report on the budget.') +
  item('Analyse a script', 'Break down a script by analysing its dramaturgy.') +
  'Common job titles\n\n  • Producer\n'

describe('inferItemSections', () => {
  test('splits heading-less item groups at the double blank line into knowledge then skills', () => {
    const found = sections(page).map((section) => [
      section.detector,
      section.inferred,
      section.blocks.filter((block) => block.kind === 'item').map((block) => block.text)
    ])

    expect(found).toEqual([
      ['title', false, []],
      ['personality', false, ['Enterprising / Artistic']],
      ['knowledge', true, ['Copyright legislation', 'Marketing principles']],
      ['skills', true, ['Manage budgets', 'Analyse a script']],
      ['job-titles', false, ['Producer']]
    ])
  })

  test('splits at the double blank line even when the knowledge items next to it read as skills', () => {
    // "Air …" may open a verb phrase and "Understand …" a skill's description; the gap says otherwise.
    const misleading =
      'Profession airspace manager\n\n' +
      item('Celestial navigation', 'The science of position fixing.') +
      item('Air traffic control operations', 'Understand the tasks performed by air traffic controllers.') +
      item('Air traffic management', 'Thoroughly understand the major activities in air traffic management.') +
      '\n' +
      item('Operate radar equipment', 'Operate radar screens and other radar equipment.') +
      item('Monitor airspace planning', 'Monitor the planning of the airspace.')
    const groups = (text: string) =>
      sections(text)
        .filter((section) => section.inferred)
        .map((section) => [section.detector, section.blocks.filter((block) => block.kind === 'item').length])

    expect(groups(misleading)).toEqual([
      ['knowledge', 3],
      ['skills', 2]
    ])
    // The same page with every gap doubled: two blank lines are the usual gap between its items, three the wide one.
    expect(groups(misleading.replaceAll('\n\n', '\n\n\n'))).toEqual([
      ['knowledge', 3],
      ['skills', 2]
    ])
  })

  test('gives every inferred section a confidence between 0.5 and 1', () => {
    const inferred = sections(page).filter((section) => section.inferred)

    expect(inferred.length).toBe(2)
    for (const section of inferred) {
      expect(section.confidence).toBeGreaterThan(0.5)
      expect(section.confidence).toBeLessThanOrEqual(1)
    }
  })

  test('is less sure of a group whose items do not read clearly as one kind', () => {
    const clear = sections(page).find((section) => section.detector === 'skills')
    const mixed = sections(
      'Profession producer\n\n' +
        item('Manage budgets', 'Plan, monitor and report on the budget.') +
        item('Project management', 'Understand project management.')
    ).find((section) => section.inferred)

    expect(mixed?.confidence).toBeLessThan(clear!.confidence)
  })

  test('keeps items in a single group together when there is no double blank line', () => {
    const found = sections(
      'Profession producer\n\n' +
        item('Copyright legislation', 'Legislation describing the rights of authors.') +
        item('Marketing principles', 'The principles of managing consumers and products.') +
        item('Project management', 'Understand project management.')
    )

    expect(found.map((section) => section.detector)).toEqual(['title', 'knowledge'])
  })

  test('never throws when headed item sections come in reverse registry order', () => {
    expect(() => sections('Profession baker\n\nSkills\n\n• Operate ovens\n\nKnowledge\n\n• Food safety\n')).not.toThrow()
  })

  test('keeps the first items under a Knowledge heading as knowledge, even when they read as skills', () => {
    const {profession} = parse(
      'Profession baker\n\nKnowledge\n\n' +
        item('Operate ovens', 'Run the ovens.') +
        item('Shape dough', 'Form loaves.') +
        '\n' +
        item('Bake bread', 'Bake it.')
    )

    expect(profession.knowledge.map((entry) => entry.name)).toEqual(['Operate ovens', 'Shape dough'])
    // The lost Skills heading still shows at the double blank line.
    expect(profession.skills.map((entry) => entry.name)).toEqual(['Bake bread'])
  })

  test('keeps every item under a Markdown heading in that section', () => {
    const {profession} = parse(
      '# Baker\n\n## Knowledge\n\n- **Operate ovens**: run the ovens.\n- **Shape dough**: form loaves.\n\n\n- **Bake bread**: bake it.\n',
      {format: 'markdown'}
    )

    expect(profession.knowledge.map((entry) => entry.name)).toEqual(['Operate ovens', 'Shape dough', 'Bake bread'])
    expect(profession.skills).toEqual([])
  })

  test('resolves 10,000 heading-less items', () => {
    const many = Array.from({length: 10_000}, (_, index) => `• Item number ${index}`).join('\n')
    const found = sections('Profession baker\n\n' + many)
    const items = found.flatMap((section) => section.blocks.filter((block) => block.kind === 'item'))

    expect(items.length).toBe(10_000)
  })

  test('reads an item nested under another once, in the section of the item it is nested in', () => {
    const nested = parse('Profession baker\n\nSkills\n\n- Knead dough\n  - Shape loaves\n    - Score crusts\n')
    expect(nested.profession.skills.map((entry) => entry.name)).toEqual(['Knead dough', 'Shape loaves', 'Score crusts'])
    // Each level of nesting used to add every item below it once more: 2,000 levels gave 2 million items.
    const lines = Array.from({length: 2000}, (_, index) => ' '.repeat(index) + '- Item ' + index)
    expect(parse('Profession baker\n\n' + lines.join('\n')).profession.knowledge.length).toBe(2000)
  })

  test('gives no heading-less item to a detector that needs its heading (related professions)', () => {
    const stray = 'Profession producer\n\nPersonality Type\n\n  • Enterprising / Artistic\n\n  • Media studies\n\n\n' +
      item('Copyright legislation', 'Legislation describing the rights of authors.') +
      '\n' +
      item('Manage budgets', 'Plan, monitor and report on the budget.')
    const found = sections(stray).map((section) => section.detector)

    expect(found).not.toContain('related-professions')
    expect(parse(stray).profession.knowledge.map((entry) => entry.name)).toEqual(['Media studies', 'Copyright legislation'])
  })

  test('still shares the items after its own heading with a detector that needs it', () => {
    const legacy = 'Profession baker\n\nRelated professions Food\n\n  • Pastry chef\n\n\n' +
      item('Food safety', 'Methods of keeping food safe.') +
      '\n' +
      item('Operate ovens', 'Operate industrial ovens to bake goods.')

    expect(parse(legacy).profession).toMatchObject({
      relatedProfessions: {area: 'Food', professions: ['Pastry chef']},
      knowledge: [{name: 'Food safety'}],
      skills: [{name: 'Operate ovens'}]
    })
  })

  test('reports a bullet-less line without description outside every heading, rather than reading it as an item', () => {
    const result = parse(
      'Profession producer\n\nPersonality Type\n\n  • Enterprising / Artistic\n\nAdvertisement\n\n' +
        item('Copyright legislation', 'Legislation describing the rights of authors.')
    )

    expect(result.profession.knowledge.map((entry) => entry.name)).toEqual(['Copyright legislation'])
    expect('relatedProfessions' in result.profession).toBe(false)
    expect(result.messages.map((message) => [message.ruleId, message.line, message.reason])).toEqual([
      ['unassigned-content', 7, 'Unexpected content outside any section: “Advertisement”']
    ])
  })

  test('reads a bullet-less name without description as an item when it is indented as the described names around it', () => {
    const result = parse(
      'Profession producer\n\nPersonality Type\n\n  Enterprising / Artistic\n\n\n' +
        '  Copyright legislation\n\n    Legislation describing the rights of authors.\n\n\n' +
        '  Manage budgets\n\n    Plan, monitor and report on the budget.\n\n  Use declaiming techniques\n\n' +
        'Advertisement\n\n  Analyse a script\n\n    Break down a script by analysing its dramaturgy.\n\n' +
        'Common job titles\n\n  Producer\n'
    )

    expect(result.profession.knowledge.map((entry) => entry.name)).toEqual(['Copyright legislation'])
    expect(result.profession.skills.map((entry) => [entry.name, entry.description])).toEqual([
      ['Manage budgets', 'Plan, monitor and report on the budget.'],
      ['Use declaiming techniques', undefined],
      ['Analyse a script', 'Break down a script by analysing its dramaturgy.']
    ])
    expect(result.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['unassigned-content', 'Unexpected content outside any section: “Advertisement”']
    ])
  })

  test('gives no later heading-less stretch to a detector before or at one a described group was inferred for', () => {
    const result = parse(
      page + '\n\nShare this page\n\n  • Bake bread\n\n    Bake loaves in a deck oven.\n'
    )

    expect(result.profession.skills.map((entry) => entry.name)).toEqual(['Manage budgets', 'Analyse a script'])
    expect(result.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['unassigned-content', 'Unexpected content outside any section: “Share this page”'],
      ['unassigned-content', 'Unexpected content outside any section: “Bake bread”']
    ])
  })

  test('sets no such order after a stretch of items without descriptions (a list in the description)', () => {
    const result = parse(
      'Profession baker\n\nBakers:\n\n  • bake bread\n  • sell cakes\n\nPersonality Type\n\n  • Social\n\n\n' +
        item('Food safety', 'Methods of keeping food safe.')
    )

    expect(result.profession.knowledge.map((entry) => entry.name)).toContain('Food safety')
  })

  test('sets 200,000 lines outside every item aside without overflowing the stack', () => {
    const lines = Array.from({length: 200_000}, (_, index) => `A sentence that reads as prose, number ${index}.`)
    const result = parse('Profession baker\n\nKnowledge\n\n' + lines.join('\n'), {format: 'text'})
    expect(result.messages.filter((message) => message.ruleId === 'unassigned-content').length).toBe(200_000)
  })
})
