import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import type {Position} from 'unist'
import {partOf, partsOf} from '../../src/sections/part-of.js'
import {textInSource, walk} from '../../src/sections/text-in-source.js'

/** The whole of `source` as one block, starting at line 1, column 1. */
function whole(source: string): Position {
  const lines = source.split(/\r\n|\r|\n/)
  const last = lines.at(-1)!
  return {start: {line: 1, column: 1, offset: 0}, end: {line: lines.length, column: last.length + 1, offset: source.length}}
}

/** The source under the part of `text` at `offset` (`length` characters; to the block's end without). */
function slice(source: string, text: string, offset: number, length?: number): string {
  const {start, end} = partOf(whole(source), offset, length, {source, text})
  return source.slice(start.offset, end.offset)
}

describe('textInSource', () => {
  test('places a part of a text that is its slice as it is (the quick road) where the walk would: at the same offsets', () => {
    const character = fc.constantFrom('a', 'b', ' ', '\t', '&', 'é', '\n', '*', ';')
    fc.assert(
      fc.property(fc.array(character, {minLength: 1, maxLength: 30}), fc.nat(40), fc.nat(40), (characters, offset, length) => {
        const text = characters.join('')
        const source = '>> ' + text + ' <<'
        const position: Position = {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 4 + text.length, offset: 3 + text.length}}
        const place = textInSource(source, position, text)
        // Any text the walk reads character by character: every part starts at its own offset.
        if (text.includes('&') || /\s\s/.test(text) || text.includes('\n') || place === undefined) return
        const first = Math.min(offset, text.length)
        const part = place.place(offset, length)
        expect(part.start.offset).toBe(3 + first)
        expect(part.end.offset).toBe(3 + Math.max(first, Math.min(first + length, text.length)))
        expect(part.start.column).toBe(4 + first)
      })
    )
  })

  test('places every part of a text whose slice has runs of spaces (the second quick road) where the walk does', () => {
    const word = fc.constantFrom('a', 'Bc', 'é', ';', '*', '&', '\t', '\u00a0')
    const space = fc.constantFrom(' ', ' ', '  ', '   ', ' \t', '\n ')
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space), {minLength: 1, maxLength: 12}), fc.boolean(), (parts, collapse) => {
        const slice = parts.map(([text, gap]) => text + gap).join('').trimEnd()
        // The text a reader makes of the slice: runs of spaces one (or not: then the walk alone reads it).
        const text = collapse ? slice.replace(/ {2,}/g, ' ') : slice
        const source = '>> ' + slice + ' <<'
        const position: Position = {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 4 + slice.length, offset: 3 + slice.length}}
        const quick = textInSource(source, position, text)
        const walked = walk(source, position, text)
        expect(quick === undefined).toBe(walked === undefined)
        if (!quick || !walked) return
        for (let offset = 0; offset <= text.length; offset++) {
          expect(quick.place(offset)).toEqual(walked.place(offset))
          for (let length = 0; offset + length <= text.length + 1; length++) {
            expect(quick.place(offset, length)).toEqual(walked.place(offset, length))
          }
        }
      }),
      {numRuns: 500}
    )
  })

  test.each([
    ['a run of spaces', 'Score  and   break glass.', 'Score and break glass.', 'and', 'and'],
    ['a tab', 'Score\tand\tbreak', 'Score and break', 'break', 'break'],
    ['a no-break space', 'Score\u00a0and break', 'Score and break', 'and', 'and'],
    ['a Markdown escape', 'Score \\& break \\*now\\*', 'Score & break *now*', '& break', '& break'],
    ['a character reference', 'Score &amp; break &#39;em', "Score & break 'em", '& break', '&amp; break'],
    ['a reference that ends the part', 'tax &amp; law', 'tax & law', 'tax &', 'tax &amp;'],
    ['inline code', 'Use `the  cutter` well.', 'Use the cutter well.', 'cutter well', 'cutter` well'],
    ['a link', 'See [the guide](http://example.com/a) now.', 'See the guide now.', 'now', 'now'],
    ['emphasis', 'a **bold** _and_ *plain* word', 'a bold and plain word', 'and plain', 'and_ *plain'],
    ['tags', '<li><b>Cut &amp; glass</b>: Score   it</li>', 'Cut & glass: Score it', 'Score it', 'Score   it'],
    ['a line break tag', 'one<br>two', 'one two', 'two', 'two'],
    ['a bullet and indentation', '  • Cut  glass – Score and break glass.', 'Cut glass – Score and break glass.', 'Score', 'Score']
  ])('places a part past %s', (_name, source, text, part, expected) => {
    expect(slice(source, text, text.indexOf(part), part.length)).toBe(expected)
  })

  test('counts lines and columns past a soft line break (LF, CRLF, CR)', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const source = `- **Cut glass**: Score and${eol}    break glass.`
      const text = 'Cut glass: Score and break glass.'
      const position = partOf(whole(source), text.indexOf('break'), 5, {source, text})
      expect(position.start).toEqual({line: 2, column: 5, offset: source.indexOf('break')})
      expect(position.end).toEqual({line: 2, column: 10, offset: source.indexOf('break') + 5})
    }
  })

  test('places a part from a block that starts inside a line', () => {
    const source = 'xx\nab  **cd**  ef'
    const position: Position = {start: {line: 2, column: 1, offset: 3}, end: {line: 2, column: 15, offset: 17}}
    expect(partOf(position, 6, 2, {source, text: 'ab cd ef'})).toEqual({
      start: {line: 2, column: 13, offset: 15},
      end: {line: 2, column: 15, offset: 17}
    })
  })

  test('places several parts of one block with one alignment', () => {
    const source = 'monitor roasting  comply with checklists milling machines   select scripts'
    const text = 'monitor roasting comply with checklists milling machines select scripts'
    const place = partsOf(whole(source), {source, text})
    const labels = ['monitor roasting', 'comply with checklists', 'milling machines', 'select scripts']
    expect(labels.map((label) => {
      const {start, end} = place(text.indexOf(label), label.length)
      return source.slice(start.offset, end.offset)
    })).toEqual(labels)
  })

  test('gives up on a text that is not in the slice', () => {
    expect(textInSource('abc', whole('abc'), 'xyz')).toBeUndefined()
  })

  test('gives up on a position without offsets (YAML front matter): partOf falls back to columns', () => {
    const position = {start: {line: 2, column: 8}, end: {line: 2, column: 20}}
    expect(textInSource('---\ntitle: x\n---', position, 'x')).toBeUndefined()
    expect(partOf(position, 2, 3, {source: '---\ntitle: x\n---', text: 'x'})).toEqual({
      start: {line: 2, column: 10, offset: undefined},
      end: {line: 2, column: 13, offset: undefined}
    })
  })

  test('stays linear on markup that never closes', () => {
    const source = '<a '.repeat(50_000) + 'end'
    const started = performance.now()
    const aligned = textInSource(source, whole(source), 'end')
    expect(performance.now() - started).toBeLessThan(2000)
    expect(aligned?.place(0, 3).start.offset ?? source.length - 3).toBe(source.length - 3)
  })
})
