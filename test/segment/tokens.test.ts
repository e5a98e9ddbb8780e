import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {createLexicon} from '../../src/segment/lexicon.js'
import {segmentLine} from '../../src/segment/segmenter.js'
import {tokenize} from '../../src/segment/tokens.js'

describe('tokenize', () => {
  test('reads words, bare forms, capitals and parenthesis depth in one pass', () => {
    const tokens = tokenize('  Ruby (computer Programming)  animal’s ICT\tPython,')

    expect(tokens.map(({start, end, word, bare, capitalized, depth}) => ({start, end, word, bare, capitalized, depth}))).toEqual([
      {start: 2, end: 6, word: 'ruby', bare: 'ruby', capitalized: true, depth: 0},
      {start: 7, end: 16, word: '(computer', bare: 'computer', capitalized: false, depth: 0},
      {start: 17, end: 29, word: 'programming)', bare: 'programming', capitalized: true, depth: 1},
      {start: 31, end: 39, word: "animal's", bare: "animal's", capitalized: false, depth: 0},
      {start: 40, end: 43, word: 'ict', bare: 'ict', capitalized: false, depth: 0},
      {start: 44, end: 51, word: 'python,', bare: 'python', capitalized: true, depth: 0}
    ])
  })

  test('tells a name with a capital after a lower-case letter ("JavaScript") from capitalised words and names in capitals', () => {
    const line = 'JavaScript NoSQL Objective-C Python ICT KDevelop ITIL-based sql'
    const shapes = (tokens: ReturnType<typeof tokenize>) => tokens.map(({capitalized, upper, camel}) => [capitalized, upper, camel])
    const expected = [
      [true, false, true],
      [true, false, true],
      [true, false, true],
      [true, false, false],
      [false, true, false],
      [true, false, false],
      [true, false, false],
      [false, false, false]
    ]

    expect(shapes(tokenize(line))).toEqual(expected)
    expect(shapes(tokenize(line + ' é')).slice(0, -1)).toEqual(expected)
  })

  test('reads a line in ASCII as it reads the same line with a character outside ASCII after it', () => {
    const piece = fc.constantFrom('Ruby', 'ICT', 'C#', 'C++', 'x', 'R3', '(', ')', 'MarkLogic', 'NoSQL', 'KDevelop', 'Budgets,', 'A', 'sql', ' ', '  ', '\t', '\n', '\r\n')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 20}), (pieces) => {
        const line = pieces.join('')
        // "é" sends the whole line down the path for characters outside ASCII.
        const other = tokenize(line + ' é')

        expect(other.at(-1)?.word).toBe('é')
        expect(tokenize(line)).toEqual(other.slice(0, -1))
      }),
      {numRuns: 300}
    )
  })

  test('tells names in capitals ("ICT", "C#") from capitalised words, single capitals, "R3" and "2D" ("C#" is bare "c")', () => {
    const tokens = tokenize('ICT N1QL Python MarkLogic A x C# C++ R3 2D A, sql')

    expect(tokens.map(({bare, capitalized, upper}) => [bare, capitalized, upper])).toEqual([
      ['ict', false, true],
      ['n1ql', false, true],
      ['python', true, false],
      ['marklogic', true, false],
      ['a', false, false],
      ['x', false, false],
      ['c', false, true],
      ['c', false, true],
      ['r3', false, false],
      ['2d', false, false],
      ['a', false, false],
      ['sql', false, false]
    ])
  })

  test('gives a word the same number and class wherever it is written', () => {
    const [a, b, c] = tokenize('Budgets (budgets budgets,')

    expect([a!.id === b!.id && b!.id === c!.id, a!.flags === c!.flags]).toEqual([true, true])
  })
})

describe('segmentLine: working arrays reused from line to line', () => {
  const line = 'promote music financial jurisdiction select scripts manage budgets tax legislation'

  test('segments a line the same before and after a much longer one', () => {
    const lexicon = createLexicon(['financial jurisdiction', 'manage budgets'])
    const before = segmentLine(line, {lexicons: [lexicon]})
    const long = Array.from({length: 6000}, () => line).join(' ')
    const many = segmentLine(long, {lexicons: [lexicon]})
    const after = segmentLine(line, {lexicons: [lexicon]})

    expect(after).toEqual(before)
    expect(many.length).toBe(before.length * 6000)
    expect(many.slice(0, before.length).map((segment) => segment.text)).toEqual(before.map((segment) => segment.text))
  })
})
