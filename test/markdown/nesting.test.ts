import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {chunkStarts} from '../../src/markdown/chunks.js'
import {checkMarkdownNesting, maxMarkdownDepth} from '../../src/markdown/nesting.js'

const fixtures = new URL('../../fixtures/', import.meta.url)
const docs = new URL('../../docs/', import.meta.url)

/** Where the document is refused: `[ruleId, line, column]`, or `undefined`. */
function refused(text: string): [string, number, number] | undefined {
  const refusal = checkMarkdownNesting(text)
  return refusal && [refusal.ruleId, refusal.place.line, refusal.place.column]
}

describe('checkMarkdownNesting: documents remark reads', () => {
  test('accepts every Markdown fixture and every page of the docs', () => {
    const markdown = [
      ...readdirSync(fixtures).flatMap((folder) =>
        readdirSync(new URL(folder + '/', fixtures))
          .filter((name) => name === 'input.md')
          .map((name) => readFileSync(new URL(`${folder}/${name}`, fixtures), 'utf8'))
      ),
      ...readdirSync(docs)
        .filter((name) => name.endsWith('.md'))
        .map((name) => readFileSync(new URL(name, docs), 'utf8'))
    ]
    expect(markdown.length).toBeGreaterThan(20)
    expect(markdown.map(refused).filter(Boolean)).toEqual([])
  })

  test('accepts nesting 100 deep, of every kind', () => {
    for (const unit of ['> ', '- ', '* ', '+ ', '1. ', '2) ', '> - ', '\t- ']) {
      expect([unit, refused(unit.repeat(50) + 'x')]).toEqual([unit, undefined])
    }

    expect(refused('> '.repeat(maxMarkdownDepth) + 'x')).toBe(undefined)
    expect(refused('*'.repeat(100) + 'x' + '*'.repeat(100))).toBe(undefined)
  })

  test('accepts thematic breaks of any length, which look like nested list markers', () => {
    expect(refused('- '.repeat(10_000) + '\n\n' + '* '.repeat(10_000) + '\n')).toBe(undefined)
  })

  test('accepts what looks like nesting inside fenced code', () => {
    expect(refused('```\n' + '> '.repeat(1000) + 'x\n```\n~~~~\n' + '- '.repeat(1000) + 'x\n~~~~\n')).toBe(undefined)
  })

  test('accepts a flat list of 200,000 items and escaped brackets', () => {
    expect(refused('- item\n'.repeat(200_000))).toBe(undefined)
    expect(refused('\\['.repeat(1000) + '\\]'.repeat(1000))).toBe(undefined)
  })
})

describe('checkMarkdownNesting: too deep', () => {
  test.each([
    ['block quotes', '> ', 201],
    ['list items', '- ', 201],
    ['ordered items', '1. ', 301],
    ['list items in block quotes', '> - ', 201],
    ['tab-separated items', '-\t', 201]
  ])('refuses %s nested 20,000 deep at the 101st marker', (_, unit, column) => {
    expect(refused(unit.repeat(20_000) + 'x')).toEqual(['markdown-too-deep', 1, column])
  })

  test('counts nesting continued by indentation, one level a line', () => {
    const lines = Array.from({length: 200}, (_, index) => '  '.repeat(index) + '- item')
    expect(refused(lines.join('\n'))).toEqual(['markdown-too-deep', 101, 201])
  })

  test('counts containers a lazy line keeps open', () => {
    const text = '- a\n  - b\nlazy\n    ' + '- '.repeat(200) + 'x\n'
    expect(refused(text)).toEqual(['markdown-too-deep', 4, 5 + 2 * 98])
  })

  test('counts markers after a fence that is no fence (backticks in its info string)', () => {
    expect(refused('```a`\n' + '> '.repeat(200) + 'x\n')).toEqual(['markdown-too-deep', 2, 201])
  })

  test.each([
    ['emphasis', '*'.repeat(200) + 'x' + '*'.repeat(200), 202],
    ['emphasis opened word by word', '*a '.repeat(200) + 'b* '.repeat(200), 602],
    ['images in images', '!['.repeat(200) + 'x' + '](a)'.repeat(200), 402],
    ['links in brackets', '['.repeat(200) + 'x' + ']'.repeat(200), 202]
  ])('refuses %s nested 200 deep at the first closing mark', (_, text, column) => {
    expect(refused(text)).toEqual(['markdown-too-deep', 1, column])
  })

  test('gives line and column after front matter, when asked to start past it', () => {
    const text = '---\ntitle: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]\n---\n' + '> '.repeat(101)
    expect(checkMarkdownNesting(text, text.indexOf('---\n', 4) + 4)?.place).toEqual({line: 4, column: 201, offset: text.length - 2})
  })
})

describe('checkMarkdownNesting: too complex', () => {
  test.each([
    ['block quotes each closed by a blank line', '> a\n\n', 10_000],
    ['lists each closed by a heading', '- a\n# h\n', 10_000],
    ['nested lists closed by a sibling item', '- - a\n', 10_000],
    ['lazy lines of one quoted paragraph', '> a\nb\n', 10_000],
    ['emphasis in one paragraph', '*a* ', 30_000]
  ])('refuses %s, %i times, at 1:1', (_, unit, times) => {
    expect(refused(unit.repeat(times))).toEqual(['markdown-too-complex', 1, 1])
  })

  test.each([
    ['block quotes each closed by a blank line', '> a\n\n'],
    ['lists each closed by a heading', '- a\n# h\n'],
    ['nested lists closed by a sibling item', '- - a\n']
  ])('accepts %s 10,000 times when remark reads the document in pieces', (_, unit) => {
    const text = unit.repeat(10_000)
    expect(checkMarkdownNesting(text, 0, chunkStarts(text, 0))).toBe(undefined)
  })

  test.each([
    ['lazy lines of one quoted paragraph', '> a\nb\n', 10_000],
    ['emphasis in one paragraph', '*a* ', 30_000]
  ])('refuses %s, %i times, though remark reads the document in pieces', (_, unit, times) => {
    const text = unit.repeat(times)
    expect(checkMarkdownNesting(text, 0, chunkStarts(text, 0))?.ruleId).toBe('markdown-too-complex')
  })

  test.each([
    ['block quotes each closed by a blank line', '> a\n\n'],
    ['nested lists closed by a sibling item', '- - a\n'],
    ['emphasis in paragraphs of their own', '*a*\n\n']
  ])('accepts %s a few hundred times', (_, unit) => {
    expect(refused(unit.repeat(300))).toBe(undefined)
  })
})
