import {describe, expect, test} from 'vitest'
import {parse} from '../../src/parse.js'
import {parseLexicon} from '../../src/segment/lexicon-file.js'

/** A small ESCO skills CSV, written by hand. */
const esco = parseLexicon(
  [
    'conceptUri,skillType,preferredLabel,altLabels',
    'http://x/skill/budget,skill/competence,manage budget,"manage budgets\ncontrol a budget"',
    'http://x/skill/tax,knowledge,tax legislation,tax law | taxation legislation',
    'http://x/skill/film,knowledge,film production process,',
    'http://x/skill/time,skill/competence,manage time,time management',
    'http://x/skill/av,knowledge,audiovisual equipment,',
    'http://x/skill/sales,knowledge,sales activities,',
    'http://x/skill/scripts,skill/competence,select scripts,',
    'http://x/skill/jurisdiction,knowledge,financial jurisdiction,'
  ].join('\n'),
  {file: 'skills.csv'}
)

const profile = [
  '# Producer',
  '',
  'Producers manage the production of films.',
  '',
  '## Knowledge',
  '',
  '- **Tax law**: The laws on taxes.',
  '- **Copyright legislation**: The rights of authors over their work.',
  '',
  '## Skills',
  '',
  '- **Manage budgets**: Plan, monitor and report on the budget.',
  '- **Manage staff**: Lead the employees.',
  '',
  '## Optional knowledge and skills',
  '',
  '- taxation legislation',
  '- film production process',
  '- time management',
  '- control  a  BUDGET',
  '- tax legislations',
  '- manage the budgets',
  ''
].join('\n')

const runOn =
  'Profession producer\n\nOptional knowledge and skills\n\npromote music financial jurisdiction select scripts audiovisual equipment sales activities\n'

describe('link: with a lexicon that has URIs', () => {
  const {profession} = parse(profile, {lexicon: esco})

  test('links essential items that match a preferred or an alternative label', () => {
    expect(profession.knowledge).toEqual([
      {name: 'Tax law', description: 'The laws on taxes.', uri: 'http://x/skill/tax', skillType: 'knowledge'},
      {name: 'Copyright legislation', description: 'The rights of authors over their work.'}
    ])
    expect(profession.skills).toEqual([
      {
        name: 'Manage budgets',
        description: 'Plan, monitor and report on the budget.',
        uri: 'http://x/skill/budget',
        skillType: 'skill/competence'
      },
      {name: 'Manage staff', description: 'Lead the employees.'}
    ])
  })

  test('links optional items whatever their case and spacing, with the kind of their skill type', () => {
    expect(profession.optionalSkills.slice(0, 4)).toEqual([
      {name: 'taxation legislation', kind: 'knowledge', uri: 'http://x/skill/tax', skillType: 'knowledge'},
      {name: 'film production process', kind: 'knowledge', uri: 'http://x/skill/film', skillType: 'knowledge'},
      {name: 'time management', kind: 'skill', uri: 'http://x/skill/time', skillType: 'skill/competence'},
      {name: 'control a BUDGET', kind: 'skill', uri: 'http://x/skill/budget', skillType: 'skill/competence'}
    ])
  })

  test('gives a near miss no link, never the nearest label', () => {
    const missed = profession.optionalSkills.slice(4)

    expect(missed).toEqual([
      {name: 'tax legislations', kind: 'knowledge'},
      {name: 'manage the budgets', kind: 'skill'}
    ])
    expect(missed.map((item) => ['uri' in item, 'skillType' in item])).toEqual([
      [false, false],
      [false, false]
    ])
  })

  test('links the labels of a segmented run-on line', () => {
    expect(parse(runOn, {lexicon: esco}).profession.optionalSkills).toEqual([
      {name: 'promote music', kind: 'skill'},
      {
        name: 'financial jurisdiction',
        kind: 'knowledge',
        uri: 'http://x/skill/jurisdiction',
        skillType: 'knowledge'
      },
      {name: 'select scripts', kind: 'skill', uri: 'http://x/skill/scripts', skillType: 'skill/competence'},
      {name: 'audiovisual equipment', kind: 'knowledge', uri: 'http://x/skill/av', skillType: 'knowledge'},
      {name: 'sales activities', kind: 'knowledge', uri: 'http://x/skill/sales', skillType: 'knowledge'}
    ])
  })

  test('links through the lexicon with URIs when a list without them comes first', () => {
    const list = parseLexicon('taxation legislation\ntime management\n')
    const {optionalSkills} = parse(profile, {lexicon: [list, esco]}).profession

    expect(optionalSkills.slice(0, 3)).toEqual([
      {name: 'taxation legislation', kind: 'knowledge', uri: 'http://x/skill/tax', skillType: 'knowledge'},
      {name: 'film production process', kind: 'knowledge', uri: 'http://x/skill/film', skillType: 'knowledge'},
      {name: 'time management', kind: 'skill', uri: 'http://x/skill/time', skillType: 'skill/competence'}
    ])
  })
})

describe('link: with a lexicon without URIs', () => {
  const list = parseLexicon(
    'audiovisual equipment\nsales activities\nfinancial jurisdiction\ntax law\nmanage budgets\n'
  )

  test('links nothing', () => {
    const {profession} = parse(profile, {lexicon: list})
    const items = [...profession.knowledge, ...profession.skills, ...profession.optionalSkills]

    expect(items.filter((item) => 'uri' in item || 'skillType' in item)).toEqual([])
  })

  test('still guides the segmentation of a run-on line', () => {
    const result = parse(runOn, {lexicon: list})

    expect(result.profession.optionalSkills).toEqual([
      {name: 'promote music', kind: 'skill'},
      {name: 'financial jurisdiction', kind: 'knowledge'},
      {name: 'select scripts', kind: 'skill'},
      {name: 'audiovisual equipment', kind: 'knowledge'},
      {name: 'sales activities', kind: 'knowledge'}
    ])
  })
})
