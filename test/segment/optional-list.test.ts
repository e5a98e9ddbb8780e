import {describe, expect, test} from 'vitest'
import {parse} from '../../src/parse.js'

function page(line: string): string {
  return `Profession fishmonger\n\nOptional knowledge and skills\n\n${line}\n`
}

function names(text: string): string[] {
  return parse(text).profession.optionalSkills.map((item) => item.name)
}

describe('optional list: commas inside the labels of a run-on line', () => {
  test('segments a long run-on line as a whole, keeping a label with commas', () => {
    expect(
      names(
        page(
          'types of audiovisual formats fish, crustaceans and molluscs perform project management hire background musicians supervise sound production tax legislation ruby (computer programming) edit scripts'
        )
      )
    ).toEqual([
      'types of audiovisual formats',
      'fish, crustaceans and molluscs',
      'perform project management',
      'hire background musicians',
      'supervise sound production',
      'tax legislation',
      'ruby (computer programming)',
      'edit scripts'
    ])
  })

  test('segments a short run-on line as a whole, keeping a label with commas', () => {
    expect(names(page('tax legislation fish, crustaceans and molluscs edit scripts'))).toEqual([
      'tax legislation',
      'fish, crustaceans and molluscs',
      'edit scripts'
    ])
  })

  test('still splits a comma-separated line on its commas', () => {
    expect(names(page('fish processing, tax legislation, edit scripts'))).toEqual([
      'fish processing',
      'tax legislation',
      'edit scripts'
    ])
  })

  test('splits a line with semicolons on them alone, keeping commas and long labels whole', () => {
    expect(
      names(page('fish, crustaceans and molluscs; apply basic rules of maintenance to leather goods and footwear machinery; edit scripts'))
    ).toEqual([
      'fish, crustaceans and molluscs',
      'apply basic rules of maintenance to leather goods and footwear machinery',
      'edit scripts'
    ])
  })

  test('positions each label of a run-on line where it is', () => {
    const result = parse(page('tax legislation liaise with financiers edit scripts'))

    expect(result.positions['/optionalSkills/1']).toEqual({
      start: {line: 5, column: 17, offset: 70},
      end: {line: 5, column: 39, offset: 92}
    })
  })
})

describe('optional list: a run-on line hard-wrapped at a width', () => {
  const run =
    'tax legislation liaise with financiers edit scripts perform project management hire background musicians supervise sound production'
  // Wrapped at 50 columns, greedily: no line could have taken the next one's first word.
  const wrapped =
    'tax legislation liaise with financiers edit\nscripts perform project management hire background\nmusicians supervise sound production'

  test('segments the lines as the one line they were, a label across the wrap included', () => {
    expect(names(page(wrapped))).toEqual(names(page(run)))
    expect(names(page(wrapped))).toContain('edit scripts')
  })

  test('places a label across the wrap from its first line to its last', () => {
    const text = page(wrapped)
    const result = parse(text)
    const index = result.profession.optionalSkills.findIndex((item) => item.name === 'edit scripts')
    const position = result.positions[`/optionalSkills/${index}`]!

    expect(text.slice(position.start.offset, position.end.offset)).toBe('edit\nscripts')
    expect([position.start.line, position.end.line]).toEqual([5, 6])
  })

  test('keeps the line ends of two long lines that hold a label each', () => {
    const lines = 'explain the molecular basis of a disease to patients\nmicroprocessors'
    expect(names(page(lines))).toContain('microprocessors')
    expect(names(page(lines)).at(-1)).toBe('microprocessors')
  })

  test('keeps the line ends of lines of uneven length', () => {
    const lines = 'perform project management hire background musicians supervise film crews\nsound production\ntax legislation'
    expect(names(page(lines))).toEqual([
      'perform project management',
      'hire background musicians',
      'supervise film crews',
      'sound production',
      'tax legislation'
    ])
  })
})
