import {describe, expect, test} from 'vitest'
import {parseJsonTree} from '../../src/validate/json/tree.js'

describe('parseJsonTree', () => {
  test('reads values as JSON.parse does', () => {
    const text = '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {"c~/d": {}}, "__proto__": 1}'
    const tree = parseJsonTree(text)
    expect('value' in tree && tree.value).toEqual(JSON.parse(text))
  })

  test('records each value and key by JSON Pointer, with 1-based places', () => {
    const tree = parseJsonTree('{\n  "a": [\n    "x",\n    {"b/c": 2}\n  ]\n}\n')
    if (!('values' in tree)) throw new Error('Expected a tree')
    expect(tree.values['/a/0']).toEqual({start: {line: 3, column: 5, offset: 15}, end: {line: 3, column: 8, offset: 18}})
    expect(tree.values['/a/1/b~1c']?.start).toEqual({line: 4, column: 13, offset: 32})
    expect(tree.keys['/a']?.start).toEqual({line: 2, column: 3, offset: 4})
    expect(tree.values['']?.start).toEqual({line: 1, column: 1, offset: 0})
  })

  test('skips a byte order mark', () => {
    expect(parseJsonTree('\uFEFF{"a": 1}')).toMatchObject({value: {a: 1}})
  })

  test('reads arrays and objects nested a thousand levels deep', () => {
    const text = '{"a":'.repeat(500) + '['.repeat(500) + ']'.repeat(500) + '}'.repeat(500)
    expect(parseJsonTree(text)).toMatchObject({value: JSON.parse(text)})
  })

  test.each([
    ['[', 20_000, ''],
    ['[', 20_000, ']'],
    ['{"a":', 20_000, '}']
  ])('refuses %j nested %i levels deep at the 1001st level, without overflowing the stack', (open, depth, close) => {
    const text = open.repeat(depth) + '1' + close.repeat(depth)
    const bracket = open.at(0)!
    expect(parseJsonTree(text)).toEqual({
      reason: `Unexpected \`${bracket}\` nested 1001 levels deep in JSON, expected at most 1000 levels`,
      place: {line: 1, column: open.length * 1000 + 1, offset: open.length * 1000}
    })
  })

  test.each([
    ['{"a": 1,}', 1, 9, 'Unexpected `}` in JSON, expected a key in double quotes'],
    ['{"a" 1}', 1, 6, 'Unexpected `1` in JSON, expected `:` after the key'],
    ['[1 2]', 1, 4, 'Unexpected `2` in JSON, expected `,` or `]`'],
    ['{"a": tru}', 1, 7, 'Unexpected `t` in JSON, expected a value'],
    ['{"a": 01}', 1, 7, 'Unexpected `0` in JSON, expected a valid number'],
    ['{"a": "x\n"}', 1, 7, 'Unexpected unclosed string in JSON, expected a closing `"`'],
    ['{} {}', 1, 4, 'Unexpected `{` in JSON, expected end of input'],
    ['', 1, 1, 'Unexpected end of input in JSON, expected a value']
  ])('reports %j at %i:%i', (text, line, column, reason) => {
    expect(parseJsonTree(text)).toEqual({reason, place: {line, column, offset: column - 1}})
  })
})
