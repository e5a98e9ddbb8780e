import {describe, expect, test} from 'vitest'
import {collectItems, collectLabels} from '../../src/index.js'
import {parseMarkdown} from '../../src/markdown/parse-markdown.js'
import {Report} from '../../src/messages/report.js'
import type {Block} from '../../src/sections/block.js'
import {flatten} from '../../src/sections/flatten.js'
import {tokenizeText} from '../../src/tokenize/tokenize-text.js'

function fromText(text: string): Block[] {
  return flatten(tokenizeText(text), text)
}

function fromMarkdown(text: string): Block[] {
  return flatten(parseMarkdown(text, new Report(undefined)).tree, text)
}

function named(blocks: Block[], options?: {splitName?: boolean}) {
  return collectItems(blocks, options).items.map((item) => ({
    name: item.name,
    description: item.description,
    described: item.described
  }))
}

describe('collectItems', () => {
  test('reads bullets with indented description paragraphs', () => {
    expect(named(fromText('• Food safety\n\n    Keep food safe.\n    Always.\n\n    Second.\n• Bread making'))).toEqual([
      {name: 'Food safety', description: 'Keep food safe. Always.\n\nSecond.', described: true},
      {name: 'Bread making', description: undefined, described: false}
    ])
  })

  test('gives an item without a name back as stray text, not as an item and not lost', () => {
    const {items, stray} = collectItems(fromMarkdown('- ** **: nothing here.\n- **Food safety**: keep it safe.\n'))

    expect(items.map((item) => item.name)).toEqual(['Food safety'])
    expect(stray.map((block) => block.text)).toEqual(['** **: nothing here.'])
  })

  test('reads an unindented description line after a bullet', () => {
    expect(named(fromText('• Food safety\nKeep food safe.'))).toEqual([
      {name: 'Food safety', description: 'Keep food safe.', described: true}
    ])
  })

  test('reads `Name: description` on a bullet, unless told not to split', () => {
    const blocks = fromText('• Food safety: Keep food safe.')

    expect(named(blocks)).toEqual([{name: 'Food safety', description: 'Keep food safe.', described: true}])
    expect(named(blocks, {splitName: false})).toEqual([
      {name: 'Food safety: Keep food safe.', description: undefined, described: false}
    ])
  })

  test('reads `**Name**: description` and `**Name** – description`', () => {
    expect(named(fromMarkdown('- **Food safety**: Keep food safe.\n- **Bread** – Bake it.\n'))).toEqual([
      {name: 'Food safety', description: 'Keep food safe.', described: true},
      {name: 'Bread', description: 'Bake it.', described: true}
    ])
  })

  test('joins a description begun on the label line with the paragraphs under it, and starts afresh at the next item', () => {
    expect(
      named(fromMarkdown('- **Food safety**: Keep food safe.\n\n  Always.\n- **Bread**\n\n  Bake it.\n- **Salt**\n'))
    ).toEqual([
      {name: 'Food safety', description: 'Keep food safe.\n\nAlways.', described: true},
      {name: 'Bread', description: 'Bake it.', described: true},
      {name: 'Salt', description: undefined, described: false}
    ])
  })

  test('reads `**Name:**` with the colon inside the emphasis', () => {
    expect(named(fromMarkdown('- **Food safety:** Keep food safe.\n'))).toEqual([
      {name: 'Food safety', description: 'Keep food safe.', described: true}
    ])
  })

  test('reads `### Name` headings followed by paragraphs', () => {
    expect(named(fromMarkdown('### Food safety\n\nKeep food safe.\n\n### Bread making\n'))).toEqual([
      {name: 'Food safety', description: 'Keep food safe.', described: true},
      {name: 'Bread making', description: undefined, described: false}
    ])
  })

  test('reads a line indented deeper than a bullet-less label as its description, even a short one', () => {
    expect(named(fromText('  Food safety\n\n    Keep food safe\n\n  Bread making\n\n  Cake baking\n'))).toEqual([
      {name: 'Food safety', description: 'Keep food safe', described: true},
      {name: 'Bread making', description: undefined, described: false},
      {name: 'Cake baking', description: undefined, described: false}
    ])
  })

  test('reads capitalised lines indented under a bullet-less label as names, and a lower-case one as the rest of a description', () => {
    expect(named(fromText('Knead dough\n  Shape loaves\n  Bake bread\nClean ovens\n')).map((item) => item.name)).toEqual([
      'Knead dough',
      'Shape loaves',
      'Bake bread',
      'Clean ovens'
    ])
    expect(named(fromText('Knead dough\n  Mix flour and water\n  until smooth and elastic.\nClean ovens\n'))).toEqual([
      {name: 'Knead dough', description: 'Mix flour and water until smooth and elastic.', described: true},
      {name: 'Clean ovens', description: undefined, described: false}
    ])
  })

  test('reads the paragraph under a `### Name` heading as its description, even a short one', () => {
    expect(named(fromMarkdown('### Food safety\n\nKeep food safe\n\n### Bread making\n'))).toEqual([
      {name: 'Food safety', description: 'Keep food safe', described: true},
      {name: 'Bread making', description: undefined, described: false}
    ])
  })

  test('reads bullet-less label lines each followed by prose', () => {
    expect(named(fromText('Food safety\nKeep food safe.\nBread making\nBake it well.'))).toEqual([
      {name: 'Food safety', description: 'Keep food safe.', described: true},
      {name: 'Bread making', description: 'Bake it well.', described: true}
    ])
  })

  test('returns prose before the first item as stray', () => {
    const {items, stray} = collectItems(fromText('Some prose that opens the list.\n\n• Food safety'))

    expect(items.map((item) => item.name)).toEqual(['Food safety'])
    expect(stray.map((block) => block.text)).toEqual(['Some prose that opens the list.'])
  })

  test('records where the name and the description are', () => {
    const [item] = collectItems(fromText('\n  • Food safety: Keep food safe.')).items

    expect(item?.position.start).toEqual({line: 2, column: 5, offset: 5})
    expect(item?.descriptionPosition?.start).toEqual({line: 2, column: 18, offset: 18})
  })

  test('reads items nested 20,000 deep, each once and in order, without overflowing the stack', () => {
    const [root] = fromText('- Item 0')
    let parent = root!
    for (let index = 1; index < 20_000; index++) {
      const child: Block = {...parent, text: `Item ${index}`, depth: index, details: []}
      parent.details.push(child)
      parent = child
    }

    const names = collectItems([root!]).items.map((item) => item.name)
    expect(names.length).toBe(20_000)
    expect(names.slice(0, 2)).toEqual(['Item 0', 'Item 1'])
    expect(names.at(-1)).toBe('Item 19999')
  })

  test('reads bullets nested under a described item as paragraphs of its description, not as items', () => {
    expect(
      named(fromMarkdown('- **Shape glass**:\n  Use tools to shape glass.\n  - pipes\n    - blowpipes\n  - jacks\n- **Anneal glass**'))
    ).toEqual([
      {name: 'Shape glass', description: 'Use tools to shape glass.\n\npipes\n\nblowpipes\n\njacks', described: true},
      {name: 'Anneal glass', description: undefined, described: false}
    ])
    expect(named(fromMarkdown('- **Shape glass**: Use tools.\n  - pipes\n'))).toEqual([
      {name: 'Shape glass', description: 'Use tools.\n\npipes', described: true}
    ])
    expect(named(fromText('• Shape glass\n\n    Use tools to shape glass.\n\n    ◦ pipes\n    ◦ jacks\n• Anneal glass'))).toEqual([
      {name: 'Shape glass', description: 'Use tools to shape glass.\n\npipes\n\njacks', described: true},
      {name: 'Anneal glass', description: undefined, described: false}
    ])
  })

  test('reads bullets nested under a label ending in `:` as its description', () => {
    expect(named(fromMarkdown('- **Glass tools:**\n  - pipes\n  - jacks\n'))).toEqual([
      {name: 'Glass tools', description: 'pipes\n\njacks', described: true}
    ])
  })

  test('reads bullets nested under a bare name as items of their own', () => {
    expect(named(fromMarkdown('- Knead dough\n  - Shape loaves\n    - Score crusts\n')).map((item) => item.name)).toEqual([
      'Knead dough',
      'Shape loaves',
      'Score crusts'
    ])
  })

  test('places the description of a label split over two lines at the label, not past the end of its first line', () => {
    const text = '* Soil types\n: kinds of soil\n'
    const [item] = collectItems(fromMarkdown(text)).items
    expect(item).toMatchObject({name: 'Soil types', description: 'kinds of soil'})
    expect(item!.descriptionPosition).toEqual(item!.position)
    expect(item!.position).toEqual({start: {line: 1, column: 3, offset: 2}, end: {line: 2, column: 16, offset: 28}})
  })
})

describe('collectLabels', () => {
  test('reads one label per item and per line, never splitting them', () => {
    const labels = collectLabels(fromText('• Producer, branded & original content\nCreative producer - the studio\n• A / B (C)'))

    expect(labels.map((label) => label.name)).toEqual([
      'Producer, branded & original content',
      'Creative producer - the studio',
      'A / B (C)'
    ])
  })

  test('includes nested items in document order', () => {
    const labels = collectLabels(fromText('• Parent\n    ◦ Child\n• Sibling'))

    expect(labels.map((label) => label.name)).toEqual(['Parent', 'Child', 'Sibling'])
  })
})
