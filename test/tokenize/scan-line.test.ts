import {describe, expect, test} from 'vitest'
import {isSpace, scanLine} from '../../src/tokenize/scan-line.js'

/** Scan a whole string as one line. */
function scan(line: string) {
  const scanned = scanLine(line, 0, line.length)
  return {
    indent: scanned.indent,
    marker: scanned.marker,
    text: line.slice(scanned.textStart, scanned.contentEnd)
  }
}

describe('scanLine', () => {
  test('recognises the bullets of copy-pasted pages and hand-written lists', () => {
    const bullets = ['•', '-', '*', '·', '▪', '◦', '–', '+']
    expect(bullets.map((bullet) => scan(bullet + ' Item').marker)).toEqual(bullets)
    expect(bullets.map((bullet) => scan(bullet + ' Item').text)).toEqual(
      bullets.map(() => 'Item')
    )
  })

  test('reads `1.` and `1)` with up to three digits as ordered bullets', () => {
    expect(scan('1. First')).toEqual({indent: 0, marker: '1.', text: 'First'})
    expect(scan('12) Twelfth')).toEqual({indent: 0, marker: '12)', text: 'Twelfth'})
    expect(scan('123. Many')).toEqual({indent: 0, marker: '123.', text: 'Many'})
    expect(scan('1234. Too many digits').marker).toBe(undefined)
    expect(scan('2024 was a year').marker).toBe(undefined)
  })

  test('reads `-5 °C` and `*emphasis*` as text, not bullets', () => {
    expect(scan('-5 °C in the cold store')).toEqual({
      indent: 0,
      marker: undefined,
      text: '-5 °C in the cold store'
    })
    expect(scan('*emphasis* on words').marker).toBe(undefined)
    expect(scan('1.5 litres').marker).toBe(undefined)
  })

  test('lets a glyph bullet touch its text', () => {
    expect(scan('•Glued')).toEqual({indent: 0, marker: '•', text: 'Glued'})
  })

  test('reads every bullet before a space, and only glyph bullets touching their text', () => {
    const all = [...'•·▪◦–—‣●○■□▸►➢✓✔*-+']
    const glyphs = [...'•▪◦‣●○■□▸►➢']
    expect(all.map((bullet) => scan(bullet + ' Item').marker)).toEqual(all)
    expect(all.map((bullet) => scan(bullet + 'Item').marker)).toEqual(
      all.map((bullet) => (glyphs.includes(bullet) ? bullet : undefined))
    )
  })

  test('reads characters next to the bullets, and past the last of them, as text', () => {
    // Neighbours of `•`, `–`, `➢` and `✔`, and a character far past them.
    for (const character of ['\u2021', '\u2012', '\u27A1', '\u27A3', '\u2715', '\u4E00', ',', 'a']) {
      expect(scan(character + ' Item').marker).toBe(undefined)
    }
  })

  test('reads a lone bullet as an empty item', () => {
    expect(scan('  -  ')).toEqual({indent: 2, marker: '-', text: ''})
  })

  test('measures indentation with spaces, and tabs to the next multiple of 4', () => {
    expect(scan('  • Two').indent).toBe(2)
    expect(scan('\t• Tab').indent).toBe(4)
    expect(scan('  \t• Spaces then tab').indent).toBe(4)
    expect(scan('\t\t• Two tabs').indent).toBe(8)
    expect(scan('     \t• Five spaces then tab').indent).toBe(8)
  })

  test('counts no-break spaces copied from web pages as indentation', () => {
    expect(scan('\u00A0\u00A0• Item')).toEqual({indent: 2, marker: '•', text: 'Item'})
  })

  test('trims trailing whitespace from the content', () => {
    const line = '  Heading \t\u00A0'
    const scanned = scanLine(line, 0, line.length)
    expect(line.slice(scanned.contentStart, scanned.contentEnd)).toBe('Heading')
  })

  test('scans a slice of a larger text with offsets into the whole text', () => {
    const text = 'First\n  • Second\nThird'
    const scanned = scanLine(text, 6, 16)
    expect(scanned).toEqual({
      indent: 2,
      contentStart: 8,
      contentEnd: 16,
      marker: '•',
      textStart: 10
    })
  })
})

describe('isSpace', () => {
  test('accepts spaces, tabs and the no-break and zero-width spaces of web pages', () => {
    expect([' ', '\t', '\u00A0', '\u202F', '\u2007', '\u3000', '\u200B', '\uFEFF', '\u2003'].map(
      (character) => isSpace(character.charCodeAt(0))
    )).toEqual([true, true, true, true, true, true, true, true, true])
  })

  test('rejects line endings and letters', () => {
    expect(['\n', '\r', 'a', '•'].map((character) => isSpace(character.charCodeAt(0)))).toEqual([
      false,
      false,
      false,
      false
    ])
  })

  test('agrees with `\\s` on every character but line breaks, and takes the zero-width space and no other', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code)
      if (character === '\n' || character === '\r') continue
      const expected = code === 0x20_0b || (/\s/.test(character) && !/[\v\f\u2028\u2029\u1680\u205F\u0085]/.test(character))
      if (isSpace(code) !== expected) throw new Error(`isSpace(0x${code.toString(16)}) should be ${expected}`)
    }
  })
})
