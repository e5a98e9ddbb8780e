import type {Root} from 'mdast'
import {describe, expect, test} from 'vitest'
import {parseMarkdown} from '../../src/markdown/parse-markdown.js'
import {markTables} from '../../src/markdown/tables.js'
import {Report} from '../../src/messages/report.js'
import {parse} from '../../src/index.js'

function read(text: string): {tree: Root; messages: string[]} {
  const report = new Report(undefined)
  const {tree} = parseMarkdown(text, report)
  return {tree, messages: report.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)}
}

/** The types of the top-level nodes, a table with its rows' cell texts. */
function shape(tree: Root): unknown[] {
  return tree.children.map((node) =>
    node.type === 'table'
      ? {table: node.children.map((row) => row.children.map((cell) => (cell.children[0] as {value?: string} | undefined)?.value ?? ''))}
      : node.type
  )
}

describe('markTables', () => {
  test('turns a paragraph of pipe rows under a header and delimiter row into a table, and reports it', () => {
    const {tree, messages} = read('# Baker\n\n| Name | Description |\n| --- | :-: |\n| Food \\| hygiene | Rules. |\n|  |\n')
    expect(shape(tree)).toEqual(['heading', {table: [['Name', 'Description'], ['Food \\| hygiene', 'Rules.'], ['']]}])
    expect(tree.children[1]).toMatchObject({
      align: [null, 'center'],
      position: {start: {line: 3, column: 1, offset: 9}, end: {line: 6, column: 5}}
    })
    expect(messages).toEqual(['3:1 markdown-table'])
  })

  test('reads rows without outer pipes, as GFM does', () => {
    expect(shape(read('Name | Description\n--- | ---\nFood hygiene | Rules.\n').tree)).toEqual([
      {table: [['Name', 'Description'], ['Food hygiene', 'Rules.']]}
    ])
  })

  test('keeps the lines before the header row as a paragraph', () => {
    const {tree} = read('Intro *line*\nsecond line\n| a | b |\n| - | - |\n')
    expect(shape(tree)).toEqual(['paragraph', {table: [['a', 'b']]}])
    const before = tree.children[0]!
    expect(before.position?.end).toEqual({line: 2, column: 12, offset: 24})
    expect(JSON.stringify(before)).toContain('"value":"\\nsecond line"')
  })

  test('finds tables in list items and block quotes', () => {
    const {tree, messages} = read('- item\n\n  | a |\n  | - |\n\n> | a |\n> | - |\n')
    expect(messages.sort()).toEqual(['3:3 markdown-table', '6:3 markdown-table'])
    expect(JSON.stringify(tree)).not.toContain('"type":"paragraph","children":[{"type":"text","value":"| a |')
  })

  test('leaves lines with `|` alone without a delimiter row of as many cells under one', () => {
    for (const text of [
      'Privacy policy | Cookie settings\n',
      'baking | icing | glazing\n',
      'a | b\nc | d\n',
      '| a | b |\n| --- |\n',
      '| a | b |\n| --- | x |\n',
      'a\n| --- | --- |\n'
    ]) {
      const {tree, messages} = read(text)
      expect(shape(tree), text).toEqual(['paragraph'])
      expect(messages).toEqual([])
    }
  })

  test('reads a paragraph of 100,000 pipe lines in one pass', () => {
    const text = '| a |\n'.repeat(100_000)
    const {tree} = parseMarkdown(text, new Report(undefined))
    const report = new Report(undefined)
    const start = performance.now()
    markTables(tree, text, report)
    // A pass is a few tens of milliseconds; one that went back over the lines would take minutes.
    expect(performance.now() - start).toBeLessThan(1000)
    expect(report.messages).toEqual([])
  })
})

describe('tables in a profile', () => {
  test('reads no item from a table, and reports it', () => {
    const result = parse(
      '# Baker\n\nBakes.\n\n## Knowledge\n\n| Name | Description |\n| --- | --- |\n| Food hygiene | Rules of hygiene. |\n\n## Skills\n\n- **Bake**: Bake.\n',
      {format: 'markdown'}
    )
    expect(result.profession.knowledge).toEqual([])
    expect(result.profession.skills).toEqual([{name: 'Bake', description: 'Bake.'}])
    expect(result.messages.map((message) => [message.ruleId, message.line, message.column])).toContainEqual(['markdown-table', 7, 1])
  })

  test('still splits an optional list on `|`', () => {
    const result = parse('# Baker\n\nBakes.\n\n## Optional knowledge and skills\n\nbaking | icing | glazing\n', {format: 'markdown'})
    expect(result.profession.optionalSkills.map((entry) => entry.name)).toEqual(['baking', 'icing', 'glazing'])
  })
})
