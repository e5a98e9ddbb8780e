import {describe, expect, test} from 'vitest'
import {parse, type ParseResult} from '../../src/parse.js'
import {confidentLabel, documentLexicon, learnLexicon, runOnLinesOf} from '../../src/segment/learn.js'

/** A Markdown profile: essential items with descriptions, and an optional list that needs no segmentation. */
const musicProducer = [
  '# Music producer',
  '',
  'Music producers promote artists and their records.',
  '',
  '## Knowledge',
  '',
  '- **Studio equipment**: Microphones, mixing consoles and monitors used in a recording studio.',
  '',
  '## Skills',
  '',
  '- **Promote music**: Promote music; take part in media interviews and other promotional activities.',
  '',
  '## Optional knowledge and skills',
  '',
  '- audio recording',
  '- negotiate with artists',
  ''
].join('\n')

/** A copy-pasted page whose optional list is one comma-separated line. */
const soundEngineer = 'Profession sound engineer\n\nOptional knowledge and skills\n\nsales activities, record music\n'

/**
 * A copy-pasted page whose optional list is a run-on line that cannot be
 * read right without vocabulary: "promote music studio equipment" may as
 * well be one skill.
 */
const producer =
  'Profession producer\n\nOptional knowledge and skills\n\npromote music studio equipment select scripts\n'

describe('learnLexicon', () => {
  test('learns essential names with their kinds and optional items from lists and separated lines', () => {
    const lexicon = learnLexicon([parse(musicProducer), parse(soundEngineer)])

    expect([...lexicon.entries()]).toEqual([
      {label: 'Studio equipment', kind: 'knowledge'},
      {label: 'Promote music', kind: 'skill'},
      {label: 'audio recording', kind: 'knowledge'},
      {label: 'negotiate with artists', kind: 'skill'},
      {label: 'sales activities', kind: 'knowledge'},
      {label: 'record music', kind: 'skill'}
    ])
  })

  test('learns only the labels of a segmented line it is nearly sure of, which `confidence` marks', () => {
    const guessed = parse(producer)
    const rated = guessed.profession.optionalSkills.map((item, index) => [
      item.name,
      guessed.confidence['/optionalSkills/' + index]
    ])

    expect(rated).toEqual([
      ['promote music studio equipment', expect.any(Number)],
      ['select scripts', expect.any(Number)]
    ])
    expect(rated[0]![1]).toBeLessThan(confidentLabel)
    expect(rated[1]![1]).toBeGreaterThanOrEqual(confidentLabel)
    expect([...learnLexicon([guessed]).entries()]).toEqual([{label: 'select scripts'}])
  })

  test('a label run into its neighbours on one page is learned where another page makes it clear', () => {
    // "studio equipment" opens the second page's line, before a verb: clear
    // there, so the batch knows it, and the first page splits it off.
    const second = 'Profession agent\n\nOptional knowledge and skills\n\nstudio equipment select scripts\n'
    const alone = parse(producer)
    const lexicon = learnLexicon([alone, parse(second)])
    const names = (result: ParseResult) => result.profession.optionalSkills.map((item) => item.name)

    expect(names(alone)).toEqual(['promote music studio equipment', 'select scripts'])
    expect(lexicon.get('studio equipment')).toEqual({label: 'studio equipment'})
    expect(names(parse(producer, {lexicon}))).toEqual(['promote music', 'studio equipment', 'select scripts'])
    expect(runOnLinesOf(alone)).toEqual({own: [], lines: ['promote music studio equipment select scripts']})
  })

  test('learns the words of descriptions, and verbs from skill descriptions', () => {
    const lexicon = learnLexicon([parse(musicProducer)])
    const words = new Set(['media', 'interviews', 'mixing', 'consoles', 'promote', 'artists', 'music', 'take', 'microphones'])
    const {pairs, verbs} = lexicon.textEvidence(words)

    expect([
      pairs.has('media interviews'),
      pairs.has('mixing consoles'),
      pairs.has('promote artists'),
      pairs.has('music take'),
      verbs.has('promote'),
      verbs.has('microphones')
    ]).toEqual([true, true, true, false, true, false])
  })

  test('adds to the lexicon it is given', () => {
    const lexicon = learnLexicon([parse(musicProducer)])
    learnLexicon([parse(soundEngineer)], lexicon)

    expect([lexicon.size, lexicon.get('record music')?.kind]).toEqual([6, 'skill'])
  })

  test('lets a second parse split a line the first parse could not', () => {
    const first = parse(producer)
    const lexicon = learnLexicon([parse(musicProducer), first])
    const second = parse(producer, {lexicon})
    const right = ['promote music', 'studio equipment', 'select scripts']

    expect(first.profession.optionalSkills.map((item) => item.name)).not.toEqual(right)
    expect(second.profession.optionalSkills).toEqual([
      {name: 'promote music', kind: 'skill'},
      {name: 'studio equipment', kind: 'knowledge'},
      {name: 'select scripts', kind: 'skill'}
    ])
    expect(Object.keys(second.confidence)).toEqual(['/optionalSkills/0', '/optionalSkills/1', '/optionalSkills/2'])
  })
})

describe('documentLexicon', () => {
  const profession = {
    knowledge: [{name: 'Tax legislation'}],
    skills: [{name: 'Manage budgets', description: 'Plan, monitor and report on the budget.'}]
  }

  test('knows the document’s essential names with their kinds, not its prose', () => {
    const lexicon = documentLexicon(profession)

    expect([...lexicon.entries()]).toEqual([
      {label: 'Tax legislation', kind: 'knowledge'},
      {label: 'Manage budgets', kind: 'skill'}
    ])
    expect(lexicon.hasText).toBe(false)
  })

  test('reads the prose too when asked: pairs of words and the verbs that open skill descriptions', () => {
    const {pairs, verbs} = documentLexicon(profession, undefined, {text: true}).textEvidence(
      new Set(['plan', 'the', 'budget'])
    )

    expect([verbs.has('plan'), pairs.has('the budget')]).toEqual([true, true])
  })
})
