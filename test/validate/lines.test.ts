import {describe, expect, test} from 'vitest'
import {lineIndex} from '../../src/validate/lines.js'

describe('lineIndex', () => {
  const text = 'one\ntwo\r\nthree\rfour'

  test('ends lines at LF, CRLF and a lone CR, as the parser does', () => {
    const index = lineIndex(text)
    expect([0, 4, 9, 15].map((offset) => index.point(offset))).toEqual([
      {line: 1, column: 1, offset: 0},
      {line: 2, column: 1, offset: 4},
      {line: 3, column: 1, offset: 9},
      {line: 4, column: 1, offset: 15}
    ])
    expect(index.point(text.length)).toEqual({line: 4, column: 5, offset: text.length})
  })

  test('gives each line without its line ending', () => {
    const index = lineIndex(text)
    expect([1, 2, 3, 4, 5].map((line) => index.line(line))).toEqual(['one', 'two', 'three', 'four', ''])
    expect(lineIndex('a\r\n\r\nb\n').line(2)).toBe('')
  })

  test('turns points back into offsets', () => {
    const index = lineIndex(text)
    expect(index.offset({line: 4, column: 3})).toBe(17)
    expect(index.offset({line: 9, column: 1})).toBe(undefined)
  })
})
