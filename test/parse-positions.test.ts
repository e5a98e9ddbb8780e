/*
 * Positions of values read from part of a line: an item's description after
 * its name, a label of a separated or run-on optional list. Each must be
 * where the value's first character is in the source, past collapsed
 * whitespace, markup and character references, and end after its last.
 */
import type {Position} from 'unist'
import {describe, expect, test} from 'vitest'
import {parse} from '../src/index.js'

/** The source under a position, after checking that its lines and columns agree with its offsets. */
function sliceAt(source: string, position: Position | undefined): string {
  expect(position).toBeDefined()
  const starts = [0]
  for (const match of source.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length)
  for (const point of [position!.start, position!.end]) {
    expect(starts[point.line - 1]! + point.column - 1).toBe(point.offset)
  }

  return source.slice(position!.start.offset, position!.end.offset)
}

const markdownSkills = '# Glazier\n\n## Skills\n\n'
const textSkills = 'Profession glazier\n\nGlaziers fit glass.\n\nSkills\n\n'
const htmlSkills = '<!doctype html><h1>Glazier</h1><h2>Skills</h2><ul>'

describe('the position of a description on its item’s line', () => {
  test.each([
    ['runs of spaces', markdownSkills + '- **Cut glass**: Score  and   break glass.\n', 'Score  and   break glass.'],
    ['tabs', markdownSkills + '- **Cut glass**:\tScore\tand break glass.\n', 'Score\tand break glass.'],
    ['a no-break space', markdownSkills + '- **Cut glass**: Score\u00a0and break glass.\n', 'Score\u00a0and break glass.'],
    ['escapes', markdownSkills + '- **Cut glass**: Score \\& break \\*glass\\*.\n', 'Score \\& break \\*glass\\*.'],
    ['character references', markdownSkills + '- Cut glass: Score &amp; break glass.\n', 'Score &amp; break glass.'],
    ['a reference first', markdownSkills + '- Cut glass: &quot;Score&quot; glass.\n', '&quot;Score&quot; glass.'],
    ['inline code', markdownSkills + '- **Cut glass**: Use `the  cutter` well.\n', 'Use `the  cutter` well.'],
    ['a link', markdownSkills + '- **Cut glass**: See [the guide](http://example.com/a) now.\n', 'See [the guide](http://example.com/a) now.'],
    ['emphasis first', markdownSkills + '- **Cut glass**: *Score* and break glass.\n', 'Score* and break glass.'],
    ['a soft line break', markdownSkills + '- **Cut glass**: Score and\n  break glass.\n', 'Score and\n  break glass.'],
    ['a soft line break (CRLF)', markdownSkills.replace(/\n/g, '\r\n') + '- **Cut glass**: Score and\r\n  break glass.\r\n', 'Score and\r\n  break glass.'],
    ['a dash after the name', markdownSkills + '- **Cut glass** - Score \\& break glass.\n', 'Score \\& break glass.'],
    ['a colon inside the name', markdownSkills + '- **Cut glass:** Score \\& break glass.\n', 'Score \\& break glass.'],
    ['a text bullet and a colon', textSkills + '  • Cut glass: Score  and   break glass.\n', 'Score  and   break glass.'],
    ['a text bullet and an en dash', textSkills + '  • Cut  glass – Score and break glass.\n', 'Score and break glass.'],
    ['a text bullet, an em dash and CRLF', (textSkills + '  • Cut  glass — Score  and break glass.\n').replace(/\n/g, '\r\n'), 'Score  and break glass.'],
    ['tags and references (HTML)', htmlSkills + '<li><b>Cut &amp; glass</b>: Score &amp; break   glass.</li></ul>', 'Score &amp; break   glass.'],
    ['a reference first (HTML)', htmlSkills + '<li><strong>Cut glass</strong>: &amp; break glass.</li></ul>', '&amp; break glass.']
  ])('starts at the description past %s', (_name, source, expected) => {
    const result = parse(source)
    expect(result.profession.skills[0]?.description).toBeDefined()
    expect(sliceAt(source, result.positions['/skills/0/description'])).toBe(expected)
  })
})

const textOptional = 'Profession baker\n\nBakers bake bread.\n\nOptional knowledge and skills\n\n'
const markdownOptional = '# Baker\n\nBakers bake bread.\n\n## Optional knowledge and skills\n\n'

describe('the position of an optional label read from part of a line', () => {
  test.each([
    [
      'a run-on line with runs of spaces',
      textOptional + 'monitor roasting  comply with checklists milling machines   select scripts tax legislation\n',
      ['monitor roasting', 'comply with checklists', 'milling machines', 'select scripts', 'tax legislation']
    ],
    ['a `;`-separated line', textOptional + 'tax  legislation; select scripts;\tmanage staff\n', ['tax  legislation', 'select scripts', 'manage staff']],
    ['a `,`-separated line', textOptional + 'tax legislation,  select   scripts, manage staff\n', ['tax legislation', 'select   scripts', 'manage staff']],
    ['a `|`-separated line (CRLF)', (textOptional + 'tax legislation  |  select scripts | manage staff\n').replace(/\n/g, '\r\n'), ['tax legislation', 'select scripts', 'manage staff']],
    ['a no-break space and a tab', textOptional + 'select scripts\ttax legislation\u00a0manage staff\n', undefined],
    ['Markdown escapes', markdownOptional + 'tax \\& law; select \\*scripts\\*; manage staff\n', ['tax \\& law', 'select \\*scripts\\*', 'manage staff']],
    ['character references (Markdown)', markdownOptional + 'tax &amp; law; select scripts; manage staff\n', ['tax &amp; law', 'select scripts', 'manage staff']],
    [
      'character references (HTML)',
      '<!doctype html><h1>Baker</h1><p>Bakers bake.</p><h2>Optional knowledge and skills</h2><p>tax &amp; law; select  <b>scripts</b>; manage staff</p>',
      ['tax &amp; law', 'select  <b>scripts', 'manage staff']
    ]
  ])('places each label of %s at that label', (_name, source, expected) => {
    const result = parse(source)
    const labels = result.profession.optionalSkills.map((item) => item.name)
    expect(labels.length).toBeGreaterThan(1)
    const slices = labels.map((_label, index) => sliceAt(source, result.positions[`/optionalSkills/${index}`]))
    // Without an expectation: the label with whitespace collapsed.
    expect(slices).toEqual(expected ?? slices.map((slice) => slice.replace(/\s+/g, ' ')))
    if (expected === undefined) expect(slices.map((slice) => slice.replace(/\s+/g, ' '))).toEqual(labels)
  })
})

describe('the place of a message about part of a line', () => {
  test('puts an unknown Holland type at the word itself, past runs of spaces', () => {
    const page = 'Profession baker\n\nBakers bake bread.\n\nPersonality Type\n\n  •   Enterprising  /   Artisticc\n'
    const message = parse(page, {format: 'text'}).messages.find((item) => item.ruleId === 'unknown-holland-type')

    expect(message?.place).toBeDefined()
    const point = 'start' in message!.place! ? message!.place.start : message!.place!
    expect(page.split('\n')[point.line - 1]!.slice(point.column - 1)).toBe('Artisticc')
  })
})
