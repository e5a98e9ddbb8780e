import {describe, expect, test} from 'vitest'
import {parse, type ParseResult} from '../../src/index.js'

const promo =
  'Would you like to know what kind of career and professions suit you best? Take our free Holland code career test and find out.'

function ruleIds(result: ParseResult): Array<string | undefined> {
  return result.messages.map((message) => message.ruleId)
}

describe('boilerplate: drops', () => {
  const text = `Profession baker\n\nBakers bake bread.\n\n${promo}\n\nPersonality Type\n\nSocial / Realistic\n`

  test('drops the promotional line and reports it as info', () => {
    const result = parse(text)

    expect(result.profession.description).toBe('Bakers bake bread.')
    expect(ruleIds(result)).toEqual(['boilerplate'])
    expect(result.messages[0]?.fatal).toBe(undefined)
    expect([result.messages[0]?.line, result.messages[0]?.column]).toEqual([5, 1])
  })

  test('quotes the start of the dropped line', () => {
    expect(parse(text).messages[0]?.reason).toMatchInlineSnapshot(
      `"Dropped promotional boilerplate: “Would you like to know what kind of career and profession…”"`
    )
  })

  test('drops a promotional line between item groups without splitting them', () => {
    const result = parse(
      'Profession baker\n\nKnowledge\n\n• Food safety\n\n    Methods of keeping food safe.\n\n' +
        promo +
        '\n\n• Bread chemistry\n\n    Reactions in dough.\n'
    )

    expect(result.profession.knowledge.map((item) => item.name)).toEqual([
      'Food safety',
      'Bread chemistry'
    ])
    expect(ruleIds(result)).toEqual(['boilerplate'])
  })

  test('drops a promotional line in Markdown', () => {
    const result = parse(
      '# Baker\n\nBakers bake bread.\n\nTake our free personality test today!\n\n## Job titles\n\n- Baker\n'
    )

    expect(result.profession.description).toBe('Bakers bake bread.')
    expect(ruleIds(result)).toEqual(['boilerplate'])
  })
})

describe('boilerplate: keeps', () => {
  test('keeps job titles that mention a career test', () => {
    const result = parse('Profession baker\n\nCommon job titles\n\n• Baker\n• Career test designer\n')

    expect(result.profession.jobTitles).toEqual(['Baker', 'Career test designer'])
    expect(ruleIds(result)).toEqual([])
  })

  test('keeps a description sentence that mentions personality tests', () => {
    const result = parse(
      'Profession psychometrician\n\nPsychometricians design and administer personality tests for employers.\n\nCommon job titles\n\n• Psychometrician\n'
    )

    expect(result.profession.description).toBe(
      'Psychometricians design and administer personality tests for employers.'
    )
    expect(ruleIds(result)).toEqual([])
  })
})
