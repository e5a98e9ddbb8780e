import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {builtinDetectors} from '../../src/detectors/registry.js'
import {collectItems, type CollectedItem} from '../../src/extract/items.js'
import {sectionItems} from '../../src/extract/section-items.js'
import {parseMarkdown} from '../../src/markdown/parse-markdown.js'
import {Report} from '../../src/messages/report.js'
import {detectSections} from '../../src/sections/detect.js'
import {flatten} from '../../src/sections/flatten.js'
import {tokenizeText} from '../../src/tokenize/tokenize-text.js'

function sectionsOf(text: string, format: 'text' | 'markdown') {
  const report = new Report(undefined)
  const tree = format === 'markdown' ? parseMarkdown(text, report).tree : tokenizeText(text)
  return detectSections(flatten(tree, text), builtinDetectors, format, report).sections
}

/** An item as extraction reads it: without the skill score inference may have cached on it. */
function read(item: CollectedItem) {
  const {skillScore, ...rest} = item
  return rest
}

/** Every section's items as extraction takes them equal a second reading of its blocks. */
function expectSameItems(text: string, format: 'text' | 'markdown') {
  for (const section of sectionsOf(text, format)) {
    expect(sectionItems(section).map(read)).toEqual(collectItems(section.blocks).items.map(read))
  }
}

describe('sectionItems', () => {
  test('gives the items a second reading of the blocks gives, on every fixture', () => {
    const root = new URL('../../fixtures/', import.meta.url)
    for (const name of readdirSync(root)) {
      for (const file of readdirSync(new URL(name + '/', root))) {
        if (!file.startsWith('input.')) continue
        const text = readFileSync(new URL(name + '/' + file, root), 'utf8')
        if (file.endsWith('.txt')) expectSameItems(text, 'text')
        if (file.endsWith('.md')) expectSameItems(text, 'markdown')
      }
    }
  })

  test('gives the items a second reading of the blocks gives, on pages of bullets, labels and `Name: text` lines', () => {
    const line = fc.constantFrom(
      '• Tax legislation',
      '• Manage budgets',
      '  • Nested skill',
      '    Describes the item in a sentence.',
      '    Second description line.',
      'Manage staff',
      'Budget law: the rules of public budgets.',
      'A long line of prose that ends like a sentence.',
      '• ** **: nameless',
      '•',
      'Personality Type',
      'Skills',
      'Optional knowledge and skills',
      '    • Deeper item',
      '  Indented label',
      '  Indented: text after a colon.',
      '• **Bold name**: and its text.',
      '1. Numbered item',
      '- Dashed item',
      '',
      ''
    )
    fc.assert(
      fc.property(fc.array(line, {maxLength: 40}), (lines) => {
        expectSameItems(lines.join('\n'), 'text')
      }),
      {numRuns: 4000}
    )
  })

  test('gives the items a second reading of the blocks gives, on Markdown profiles', () => {
    const line = fc.constantFrom(
      '# Baker',
      '## Knowledge',
      '## Skills',
      '### Baking techniques',
      '- Tax legislation',
      '- **Budget law**: the rules of public budgets.',
      '  - Nested skill',
      '  Describes the item in a sentence.',
      'Manage staff',
      'Budget law: the rules of public budgets.',
      '',
      ''
    )
    fc.assert(
      fc.property(fc.array(line, {maxLength: 30}), (lines) => {
        expectSameItems(lines.join('\n'), 'markdown')
      }),
      {numRuns: 1000}
    )
  })

  test('reads the blocks again when they changed after inference', () => {
    const text = 'Profession baker\n\nKnowledge\n\n• Baking techniques\n\n    Methods of baking.\n\n• Food safety\n'
    const section = sectionsOf(text, 'text').find((found) => found.detector === 'knowledge')!
    expect(sectionItems(section).map((item) => item.name)).toEqual(['Baking techniques', 'Food safety'])
    section.blocks = section.blocks.slice(0, 1)
    expect(sectionItems(section).map((item) => item.name)).toEqual(['Baking techniques'])
  })
})
