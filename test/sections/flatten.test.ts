import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {parseMarkdown} from '../../src/markdown/parse-markdown.js'
import {Report} from '../../src/messages/report.js'
import {decodeText} from '../../src/read/decode.js'
import type {Block} from '../../src/sections/block.js'
import {flatten} from '../../src/sections/flatten.js'
import {tokenizePlainText, tokenizeText} from '../../src/tokenize/tokenize-text.js'

function fromText(text: string): Block[] {
  return flatten(tokenizeText(text), text)
}

function fromMarkdown(text: string): Block[] {
  return flatten(parseMarkdown(text, new Report(undefined)).tree, text)
}

/** The layout facts of a block, without its node. */
function facts(block: Block) {
  return {
    kind: block.kind,
    text: block.text,
    gap: block.gap,
    indent: block.indent,
    start: [block.position.start.line, block.position.start.column],
    details: block.details.map((detail) => detail.text)
  }
}

describe('flatten: loose text', () => {
  test('splits paragraphs into lines and lists into items with their details', () => {
    const blocks = fromText(
      'Title line\nsecond line\n\n\n  • Food safety\n\n    Methods of keeping food safe.\n    More text.\n\nAfter'
    )

    expect(blocks.map(facts)).toEqual([
      {kind: 'line', text: 'Title line', gap: 0, indent: 0, start: [1, 1], details: []},
      {kind: 'line', text: 'second line', gap: 0, indent: 0, start: [2, 1], details: []},
      {
        kind: 'item',
        text: 'Food safety',
        gap: 2,
        indent: 2,
        start: [5, 5],
        details: ['Methods of keeping food safe.', 'More text.']
      },
      {kind: 'line', text: 'After', gap: 1, indent: 0, start: [10, 1], details: []}
    ])
  })

  test('counts the gap before a description line from the item label', () => {
    const [item] = fromText('• Food safety\n\n    Methods of keeping food safe.')

    expect(item?.details.map((detail) => [detail.kind, detail.gap, detail.indent])).toEqual([['line', 1, 4]])
  })

  test('keeps the bullet of items and nests sub-items in details with a depth', () => {
    const [item] = fromText('• Parent\n    ◦ Child')

    expect(item?.marker).toBe('•')
    expect(item?.details.map((detail) => [detail.kind, detail.text, detail.depth, detail.marker])).toEqual([
      ['item', 'Child', 1, '◦']
    ])
  })

  test('reads `**Name**: rest` labels as a lead', () => {
    const [item] = fromText('• **Food safety**: Keep food safe.')

    expect(item?.lead).toEqual({name: 'Food safety', rest: ': Keep food safe.'})
  })

  test('collapses whitespace inside lines', () => {
    const [line] = fromText('Bakers   bake\u00A0 bread')

    expect(line?.text).toBe('Bakers bake bread')
  })

  test('positions lines of a CRLF document on their own lines', () => {
    const blocks = fromText('First\r\nSecond\r\n\r\nThird')

    expect(blocks.map((block) => [block.text, block.position.start.line, block.gap])).toEqual([
      ['First', 1, 0],
      ['Second', 2, 0],
      ['Third', 4, 1]
    ])
  })
})

describe('flatten: Markdown', () => {
  test('makes headings blocks with their rank, and lists items', () => {
    const blocks = fromMarkdown('# Baker\n\n## Skills\n\n- **Operate ovens**: Bake.\n- Knead dough\n')

    expect(blocks.map((block) => [block.kind, block.text, block.depth, block.gap])).toEqual([
      ['heading', 'Baker', 1, 0],
      ['heading', 'Skills', 2, 1],
      ['item', 'Operate ovens: Bake.', 0, 1],
      ['item', 'Knead dough', 0, 0]
    ])
    expect(blocks[2]?.lead).toEqual({name: 'Operate ovens', rest: ': Bake.'})
    expect(blocks[2]?.marker).toBe('-')
  })

  test('keeps an indented paragraph under an item as a detail, not code', () => {
    const [item] = fromMarkdown('- Food safety\n\n  Methods of keeping food safe.\n')

    expect(item?.details.map((detail) => [detail.kind, detail.text])).toEqual([
      ['line', 'Methods of keeping food safe.']
    ])
  })

  test('skips front matter but counts the lines after it', () => {
    const blocks = fromMarkdown('---\ntitle: Baker\n---\n\nBakers bake.\n')

    expect(blocks.map((block) => [block.kind, block.text, block.gap, block.position.start.line])).toEqual([
      ['line', 'Bakers bake.', 1, 5]
    ])
  })

  test('reads block quotes as their content and code as an opaque block', () => {
    const blocks = fromMarkdown('> Quoted line\n\n```\ncode\n```\n')

    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['line', 'Quoted line'],
      ['other', '']
    ])
  })

  test('reads the text of emphasis nested thousands deep without overflowing the stack', () => {
    const [block] = fromMarkdown('- ' + '*'.repeat(10_000) + 'Bake' + '*'.repeat(10_000) + ': bread\n')
    expect(block?.text).toBe('Bake: bread')
  })

  test('splits a paragraph at lone CR line endings too, each line on its own source line', () => {
    const blocks = fromMarkdown('One\rTwo\r\nThree\nFour')
    expect(blocks.map((block) => [block.text, block.position.start.line, block.position.end.column])).toEqual([
      ['One', 1, 4],
      ['Two', 2, 4],
      ['Three', 3, 6],
      ['Four', 4, 5]
    ])
  })

  test('reads a hard line break as a line break, not as nothing between two words', () => {
    expect(fromMarkdown('Bakers bake  \nbread.\n').map((block) => block.text)).toEqual(['Bakers bake', 'bread.'])
    expect(fromMarkdown('- Baker\\\n  Head baker\n').map((block) => block.text)).toEqual(['Baker Head baker'])
  })

  test('keeps line positions inside their lines when inline code spans a line break', () => {
    const text = 'Profession `\nProfession ` baker\nbaker\n'
    const blocks = fromMarkdown(text)
    expect(blocks.map((block) => [block.text, block.position.start.line, block.position.end.line, block.position.end.column])).toEqual([
      ['Profession Profession baker', 1, 1, 13],
      ['baker', 3, 3, 6]
    ])
  })
})

describe('flatten: plain text', () => {
  test('reads the lines after a bullet without a label as its label, line breaks as spaces, also collapsing spaces only', () => {
    const text = '•\n  Bakery\n  ingredients\n\n• Food  safety\n'
    for (const spacesOnly of [false, true]) {
      expect(flatten(tokenizeText(text), text, {spacesOnly}).map((block) => block.text)).toEqual([
        'Bakery ingredients',
        'Food safety'
      ])
    }
  })

  const pieces = [' ', '  ', '\n', '\r\n', '\r', '\n\n', '\t', '\u00A0', '\u200B', 'a', 'Word', '•', '• ', '- ', '1. ', '**', '**b** ', ': ', '.']

  test('a plain text flattens the same when its lines are collapsed as spaces only', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), (parts) => {
        const text = parts.join('')
        fc.pre(decodeText(text, new Report(undefined))?.plain === true)
        expect(flatten(tokenizeText(text), text, {spacesOnly: true})).toEqual(flatten(tokenizeText(text), text))
      }),
      {numRuns: 2000}
    )
  })

  test('the tokenizer makes the blocks of a plain text as flatten makes them from its tree', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces, '    ', '  • ', '\n  ', '\n    - ', '\n\n\n'), {maxLength: 60}), (parts) => {
        const text = parts.join('')
        fc.pre(decodeText(text, new Report(undefined))?.plain === true)
        const {root, blocks} = tokenizePlainText(text)
        expect(root).toEqual(tokenizeText(text))
        if (blocks) expect(blocks).toEqual(flatten(tokenizeText(text), text, {spacesOnly: true}))
      }),
      {numRuns: 5000}
    )
  })

  test('a bare bullet leaves the blocks to flatten, which reads the next line as its label', () => {
    const text = 'Skills\n•\n  Manage budgets\n'
    expect(tokenizePlainText(text).blocks).toBe(undefined)
    expect(fromText(text).map((block) => [block.kind, block.text])).toEqual([
      ['line', 'Skills'],
      ['item', 'Manage budgets']
    ])
  })
})
