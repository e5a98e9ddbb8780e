import {describe, expect, test} from 'vitest'
import {Report} from '../../src/messages/report.js'
import {parse} from '../../src/index.js'
import {decode, decodeText, pointAt, unusualCharacter} from '../../src/read/decode.js'

function run(input: string | Uint8Array) {
  const report = new Report('input.txt')
  const text = decode(input, report)
  return {text, messages: report.messages}
}

function bytes(...values: number[]): Uint8Array {
  return new Uint8Array(values)
}

describe('byte order marks', () => {
  test('strips a BOM from a string', () => {
    expect(run('\uFEFFProfession baker')).toEqual({text: 'Profession baker', messages: []})
  })

  test('strips a UTF-8 BOM from bytes', () => {
    expect(run(bytes(0xef, 0xbb, 0xbf, 0x48, 0x69))).toEqual({text: 'Hi', messages: []})
  })

  test('decodes UTF-16 little endian with a BOM', () => {
    const input = new Uint8Array(Buffer.from('\uFEFFBäcker\r\n• Brot', 'utf16le'))
    expect(run(input)).toEqual({text: 'Bäcker\r\n• Brot', messages: []})
  })

  test('decodes UTF-16 big endian with a BOM', () => {
    expect(run(bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0xe9))).toEqual({text: 'Hé', messages: []})
  })
})

describe('invalid UTF-8', () => {
  test('replaces invalid bytes with U+FFFD and warns with `invalid-utf8`', () => {
    const {text, messages} = run(bytes(0x48, 0x69, 0x0a, 0x41, 0xff, 0x42))

    expect(text).toBe('Hi\nA\uFFFDB')
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['invalid-utf8', false]
    ])
  })

  test('places the warning at the first invalid byte', () => {
    const [message] = run(bytes(0x48, 0x69, 0x0a, 0x41, 0xff, 0x42)).messages

    expect([message?.line, message?.column]).toEqual([2, 2])
    expect(message?.file).toBe('input.txt')
    expect(message?.source).toBe('profession-parser')
  })

  test('places the warning on its line when lines end with a lone CR or CRLF', () => {
    expect(run(bytes(0x41, 0x0d, 0x80)).messages.map((message) => [message.line, message.column])).toEqual([[2, 1]])
    expect(run(bytes(0x41, 0x0d, 0x0a, 0x42, 0x80)).messages.map((message) => [message.line, message.column])).toEqual([[2, 2]])
  })

  test('places the warning after a second byte order mark, which is removed too', () => {
    const {text, messages} = run(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41, 0xff))

    expect(text).toBe('A\uFFFD')
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['invalid-utf8', 1, 2]])
  })

  test('keeps parsing a document with invalid bytes', () => {
    const input = new Uint8Array([
      ...Buffer.from('Profession baker\n\nBakers bake br'),
      0xc3,
      ...Buffer.from('ad.\n\nCommon job titles\n\n• Baker\n')
    ])
    const result = parse(input)

    expect(result.profession.title).toBe('baker')
    expect(result.profession.description).toBe('Bakers bake br\uFFFDad.')
    expect(result.profession.jobTitles).toEqual(['Baker'])
    expect(result.messages.map((message) => message.ruleId)).toEqual(['invalid-utf8'])
  })
})

describe('binary content', () => {
  test('refuses bytes with a NUL with the error `binary-content`', () => {
    const {text, messages} = run(bytes(0x48, 0x00, 0x49))

    expect(text).toBe(undefined)
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['binary-content', true]
    ])
  })

  test('refuses binary bytes that are not UTF-8 either with the one error, no invalid-utf8 warning', () => {
    const {text, messages} = run(bytes(0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0xe2, 0xe3, 0xff, 0xfe))

    expect(text).toBe(undefined)
    expect(messages.map((message) => message.ruleId)).toEqual(['binary-content'])
  })

  test('refuses a string with a NUL', () => {
    expect(run('Profession\u0000baker').text).toBe(undefined)
  })

  test('refuses text that is mostly control characters', () => {
    const {text, messages} = run('\u0001\u0002\u0003\u0004abcdefg')

    expect(text).toBe(undefined)
    expect(messages.map((message) => message.ruleId)).toEqual(['binary-content'])
  })

  test('accepts tabs, form feeds and line endings', () => {
    expect(run('a\tb\fc\r\nd\re\n')).toEqual({text: 'a\tb\fc\r\nd\re\n', messages: []})
  })

  test('says what was expected', () => {
    const [message] = run(bytes(0x00)).messages

    expect(message?.reason).toMatchInlineSnapshot(
      `"Unexpected binary content (NUL or control characters), expected a text or Markdown document"`
    )
  })

  test('reports binary input to parse as the only message', () => {
    const result = parse(bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00))

    expect(result.messages.map((message) => message.ruleId)).toEqual(['binary-content'])
    expect(result.profession.title).toBe('')
  })
})

describe('pointAt', () => {
  test('turns an offset into a line and column', () => {
    expect(pointAt('ab\ncd\nef', 7)).toEqual({line: 3, column: 2, offset: 7})
    expect(pointAt('ab', 0)).toEqual({line: 1, column: 1, offset: 0})
  })
})

describe('plain text', () => {
  test('the unusual characters are the control characters and the whitespace but spaces and line breaks', () => {
    const wrong: number[] = []
    for (let code = 0; code <= 0xff_ff; code++) {
      const character = String.fromCharCode(code)
      const expected = code === 10 || code === 13 || code === 32 ? false : code < 32 || /\s/.test(character)
      if (unusualCharacter.test(character) !== expected) wrong.push(code)
    }

    expect(wrong).toEqual([])
  })

  test('says whether the text is plain', () => {
    const plain = (input: string) => decodeText(input, new Report(undefined))?.plain
    expect([plain('Baker\r\n  • Bread'), plain('\uFEFFBaker'), plain('Baker\tbread'), plain('Baker\u00A0bread')]).toEqual([
      true,
      true,
      false,
      false
    ])
  })
})
