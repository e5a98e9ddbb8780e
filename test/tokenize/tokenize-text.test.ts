import type {List, ListItem, Nodes, Paragraph, Root} from 'mdast'
import {describe, expect, test} from 'vitest'
import {tokenizeText} from '../../src/tokenize/tokenize-text.js'

/** Every node of a tree, depth first, in document order. */
function all(tree: Root): Nodes[] {
  const nodes: Nodes[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    nodes.push(node)
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) {
        stack.push(node.children[index]!)
      }
    }
  }

  return nodes
}

function items(tree: Root): ListItem[] {
  return all(tree).filter((node): node is ListItem => node.type === 'listItem')
}

function lists(tree: Root): List[] {
  return all(tree).filter((node): node is List => node.type === 'list')
}

/** Text of a paragraph (the tokenizer puts one text node in each). */
function textOf(node: Nodes | undefined): string | undefined {
  if (node?.type !== 'paragraph') return undefined
  const first = node.children[0]
  return first?.type === 'text' ? first.value : undefined
}

/** The label (first paragraph) of an item. */
function label(item: ListItem): string | undefined {
  return textOf(item.children[0])
}

describe('bullets', () => {
  test('recognises • - * · ▪ ◦ – and 1. as bullets', () => {
    const tree = tokenizeText(
      ['• One', '- Two', '* Three', '· Four', '▪ Five', '◦ Six', '– Seven', '1. Eight'].join('\n')
    )

    expect(items(tree).map((item) => item.data?.marker)).toEqual([
      '•',
      '-',
      '*',
      '·',
      '▪',
      '◦',
      '–',
      '1.'
    ])
    expect(items(tree).map((item) => label(item))).toEqual([
      'One',
      'Two',
      'Three',
      'Four',
      'Five',
      'Six',
      'Seven',
      'Eight'
    ])
  })

  test('keeps `-5 °C` and `*emphasis*` lines as paragraph text', () => {
    const tree = tokenizeText('-5 °C in the cold store\n\n*emphasis* matters')

    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph'])
    expect(tree.children.map((node) => textOf(node))).toEqual([
      '-5 °C in the cold store',
      '*emphasis* matters'
    ])
    expect(items(tree)).toEqual([])
  })

  test('starts an ordered list at the number of its first bullet', () => {
    const tree = tokenizeText('3. Third\n4. Fourth')
    const [list] = lists(tree)

    expect(list?.ordered).toBe(true)
    expect(list?.start).toBe(3)
    expect(list?.children.length).toBe(2)
  })

  test('starts a new list when ordered bullets follow unordered ones', () => {
    const tree = tokenizeText('• One\n1. Two')

    expect(tree.children.map((node) => node.type)).toEqual(['list', 'list'])
    expect(lists(tree).map((list) => list.ordered)).toEqual([false, true])
  })
})

describe('indentation', () => {
  test('records the indentation width of items with spaces and tabs', () => {
    const tree = tokenizeText('  • Two spaces\n\t• Tab\n  \t• Spaces and tab\n        • Eight')

    expect(items(tree).map((item) => item.data?.indent)).toEqual([2, 4, 4, 8])
  })

  test('nests a more indented bullet in the item above it', () => {
    const tree = tokenizeText('• Parent\n    ◦ Child\n• Sibling')
    const [list] = lists(tree)
    const parent = list?.children[0]

    expect(tree.children.length).toBe(1)
    expect(list?.children.map((item) => label(item))).toEqual(['Parent', 'Sibling'])
    expect(parent?.children.map((node) => node.type)).toEqual(['paragraph', 'list'])
    expect(items(tree).map((item) => label(item))).toEqual(['Parent', 'Child', 'Sibling'])
  })

  test('records the indentation of paragraphs', () => {
    const tree = tokenizeText('Flush\n\n   Indented')

    expect(tree.children.map((node) => (node.type === 'paragraph' ? node.data?.indent : -1))).toEqual([
      0,
      3
    ])
  })
})

describe('blank lines', () => {
  test('counts the blank lines before paragraphs, lists and items', () => {
    const tree = tokenizeText('Title\n\nIntro\n\n\n• A\n\n• B')
    const [title, intro, list] = tree.children

    expect(title?.type === 'paragraph' ? title.data?.blankLinesBefore : -1).toBe(0)
    expect(intro?.type === 'paragraph' ? intro.data?.blankLinesBefore : -1).toBe(1)
    expect(list?.type === 'list' ? list.data?.blankLinesBefore : -1).toBe(2)
    expect(items(tree).map((item) => item.data?.blankLinesBefore)).toEqual([2, 1])
  })

  test('counts empty lines, lines of spaces and CRLF blank lines alike, at the start and the end too', () => {
    const tree = tokenizeText('\n\nA\n  \n\r\n\nB\r\n\r\n\n')
    const [a, b] = tree.children

    expect(a?.type === 'paragraph' ? a.data?.blankLinesBefore : -1).toBe(2)
    expect(b?.type === 'paragraph' ? b.data?.blankLinesBefore : -1).toBe(3)
    expect(b?.position?.start).toEqual({line: 7, column: 1, offset: 10})
    expect(tree.position?.end).toEqual({line: 7, column: 2, offset: 11})
  })

  test('keeps items separated by one blank line in one spread list', () => {
    const tree = tokenizeText('• A\n\n• B')
    const [list] = lists(tree)

    expect(tree.children.length).toBe(1)
    expect(list?.spread).toBe(true)
    expect(list?.children.map((item) => label(item))).toEqual(['A', 'B'])
  })

  test('starts a new list after a double blank line', () => {
    const tree = tokenizeText('• A\n\n• B\n\n\n• C\n• D')

    expect(tree.children.map((node) => node.type)).toEqual(['list', 'list'])
    expect(lists(tree).map((list) => list.children.map((item) => label(item)))).toEqual([
      ['A', 'B'],
      ['C', 'D']
    ])
    expect(lists(tree).map((list) => list.data?.blankLinesBefore)).toEqual([0, 2])
  })

  test('starts a new list after a double blank line between indented items with descriptions', () => {
    const tree = tokenizeText(
      '  • Copyright legislation\n\n    Rules.\n\n\n  • Manage budgets\n\n    Plan costs.'
    )

    expect(lists(tree).map((list) => list.children.map((item) => label(item)))).toEqual([
      ['Copyright legislation'],
      ['Manage budgets']
    ])
  })
})

describe('descriptions under bullets', () => {
  const text = '• Food safety\n    Methods of keeping\n    food safe.\n\n    Second paragraph.\nAfter'

  test('makes indented text under a bullet a paragraph of the item, not a code block', () => {
    const tree = tokenizeText(text)
    const [item] = items(tree)

    expect(all(tree).some((node) => node.type === 'code')).toBe(false)
    expect(item?.children.map((node) => textOf(node))).toEqual([
      'Food safety',
      'Methods of keeping\nfood safe.',
      'Second paragraph.'
    ])
  })

  test('records the indentation and blank lines of the description paragraphs', () => {
    const tree = tokenizeText(text)
    const paragraphs = (items(tree)[0]?.children ?? []).filter(
      (node): node is Paragraph => node.type === 'paragraph'
    )

    expect(paragraphs.map((node) => node.data)).toEqual([
      {blankLinesBefore: 0, indent: 0},
      {blankLinesBefore: 0, indent: 4},
      {blankLinesBefore: 1, indent: 4}
    ])
  })

  test('ends the list at text that is back at the bullet’s indentation', () => {
    const tree = tokenizeText(text)

    expect(tree.children.map((node) => node.type)).toEqual(['list', 'paragraph'])
    expect(textOf(tree.children[1])).toBe('After')
  })

  test('never continues the bullet line itself with the next line', () => {
    const tree = tokenizeText('• Name\nnot part of the name')

    expect(items(tree).map((item) => label(item))).toEqual(['Name'])
    expect(textOf(tree.children[1])).toBe('not part of the name')
  })
})

describe('line endings', () => {
  test('reads CRLF as one line ending', () => {
    const tree = tokenizeText('Title\r\n\r\n• A\r\n    desc\r\n• B')

    expect(items(tree).map((item) => label(item))).toEqual(['A', 'B'])
    expect(items(tree).map((item) => item.data?.blankLinesBefore)).toEqual([1, 0])
    expect(items(tree).map((item) => item.position?.start.line)).toEqual([3, 5])
    expect(textOf(items(tree)[0]?.children[1])).toBe('desc')
  })

  test('reads a lone CR as a line ending', () => {
    const tree = tokenizeText('Title\r\r• A\r    desc\r• B')

    expect(items(tree).map((item) => label(item))).toEqual(['A', 'B'])
    expect(items(tree).map((item) => item.position?.start.line)).toEqual([3, 5])
    expect(textOf(items(tree)[0]?.children[1])).toBe('desc')
  })

  test('counts columns and offsets after CRLF from the start of the line', () => {
    const tree = tokenizeText('Ab\r\n  • Cd')
    const [item] = items(tree)

    expect(item?.position?.start).toEqual({line: 2, column: 3, offset: 6})
    expect(item?.children[0]?.position?.start).toEqual({line: 2, column: 5, offset: 8})
  })
})

describe('positions', () => {
  const text = 'Profession baker\n\n  • Food safety\n\n    Keep food safe.\nEnd'

  test('records where paragraphs start and end', () => {
    const tree = tokenizeText(text)

    expect(tree.children[0]?.position).toEqual({
      start: {line: 1, column: 1, offset: 0},
      end: {line: 1, column: 17, offset: 16}
    })
    expect(tree.children[2]?.position).toEqual({
      start: {line: 6, column: 1, offset: 55},
      end: {line: 6, column: 4, offset: 58}
    })
  })

  test('starts an item at its bullet and its label after the bullet', () => {
    const [item] = items(tokenizeText(text))

    expect(item?.position?.start).toEqual({line: 3, column: 3, offset: 20})
    expect(item?.children[0]?.position).toEqual({
      start: {line: 3, column: 5, offset: 22},
      end: {line: 3, column: 16, offset: 33}
    })
  })

  test('stretches an item over its description', () => {
    const [item] = items(tokenizeText(text))

    expect(item?.position?.end).toEqual({line: 5, column: 20, offset: 54})
    expect(item?.children[1]?.position?.start).toEqual({line: 5, column: 5, offset: 39})
  })

  test('gives the root the span from the document start to the last content', () => {
    const tree = tokenizeText(text + '\n\n')

    expect(tree.position).toEqual({
      start: {line: 1, column: 1, offset: 0},
      end: {line: 6, column: 4, offset: 58}
    })
  })
})

describe('edge cases', () => {
  test('returns an empty root for empty and blank input', () => {
    expect(tokenizeText('').children).toEqual([])
    expect(tokenizeText('\n \t\n\r\n').children).toEqual([])
  })

  test('tokenizes a bullet after a million spaces', () => {
    const tree = tokenizeText(' '.repeat(1_000_000) + '• Item')
    const [item] = items(tree)

    expect(items(tree).length).toBe(1)
    expect(item?.data?.indent).toBe(1_000_000)
    expect(item?.position?.start.column).toBe(1_000_001)
    expect(label(item!)).toBe('Item')
  })

  test('tokenizes 100,000 bullet lines into one list of 100,000 items', () => {
    const lines = Array.from({length: 100_000}, (_, index) => '• Item ' + index)
    const tree = tokenizeText(lines.join('\n'))
    const [list] = lists(tree)

    expect(tree.children.length).toBe(1)
    expect(list?.children.length).toBe(100_000)
    expect(label(list!.children[99_999]!)).toBe('Item 99999')
    expect(list?.children[99_999]?.position?.start.line).toBe(100_000)
  })
})
