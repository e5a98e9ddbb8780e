/*
 * remark reads long Markdown documents in pieces (`chunkStarts`,
 * `parseMarkdown`). Cutting must change nothing: the tree of a document read
 * in pieces equals the tree of it read whole, positions included. Checked
 * on the dev corpus (read from ../shared, never copied) cut every 64
 * characters, and on generated documents full of the blocks that could carry
 * on past a cut (fenced code, HTML, lists, quotes, setext headings,
 * definitions) cut as finely as possible.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {chunkStarts, minChunkLength} from '../../src/markdown/chunks.js'
import {bodyStart, frontMatterEnd} from '../../src/markdown/front-matter-span.js'
import {parseMarkdown} from '../../src/markdown/parse-markdown.js'
import {Report} from '../../src/messages/report.js'
import {runPipeline} from '../../src/pipeline.js'
import type {Block} from '../../src/sections/block.js'
import {flatten} from '../../src/sections/flatten.js'

// A longer or different run: FUZZ_SCALE=10 FUZZ_SEED=7 npx vitest run test/markdown/chunks.test.ts
const seed = Number(process.env['FUZZ_SEED'] ?? 20_261_127)
const scale = Number(process.env['FUZZ_SCALE'] ?? 1)
const corpus = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url))

function starts(text: string, minLength: number) {
  return chunkStarts(text, bodyStart(text, frontMatterEnd(text)), minLength)
}

/**
 * A document read whole and read in pieces cut `minLength` apart or more:
 * the blocks section detection works on, and the whole parse result
 * (profession, messages, positions). The trees themselves may differ where
 * a cut falls: a list cut in two is two lists, and a block that ends at a
 * cut ends before the line end there rather than after it.
 */
function both(text: string, minLength: number) {
  const cuts = starts(text, minLength)
  const read = (at: typeof cuts) => {
    const tree = parseMarkdown(text, new Report(undefined), at).tree
    const result = runPipeline(text, {format: 'markdown'}, {markdown: (text, report) => parseMarkdown(text, report, at)})
    return {blocks: withoutNodes(flatten(tree, text)), result}
  }

  return {cuts, whole: read([]), pieces: read(cuts)}
}

/** Blocks without the mdast nodes they came from (which may differ as above). */
function withoutNodes(blocks: Block[]): unknown[] {
  return blocks.map(({node, details, ...rest}) => ({...rest, details: withoutNodes(details)}))
}

describe('chunkStarts', () => {
  test('does not cut a document shorter than two pieces', () => {
    expect(chunkStarts('# Baker\n\n- a\n', 0)).toEqual([])
    expect(chunkStarts('a\n\n'.repeat(minChunkLength / 3), 0)).toEqual([])
  })

  test('cuts after a blank line, before an ATX heading and before a bullet with text, at column 1 only', () => {
    const text = 'para\n\nafter blank\n# heading\n- bullet\n  indented\n-\n- - -\n#nope\n\n  indented after blank\n'
    const offsets = starts(text, 1).map((start) => text.slice(start.offset, text.indexOf('\n', start.offset)))
    expect(offsets).toEqual(['after blank', '# heading', '- bullet'])
  })

  test('gives the line of each cut, counting CRLF and lone CR as one line end', () => {
    const text = 'a\r\n\r\nb\r\rc\n\nd\n'
    expect(starts(text, 1)).toEqual([
      {offset: 5, line: 3},
      {offset: 8, line: 5},
      {offset: 11, line: 7}
    ])
  })

  test('does not cut a document with a link reference definition, which the whole document shares', () => {
    const text = '[a]\n\n'.repeat(2000) + '[a]: https://example.com\n'
    expect(starts(text, 1)).toEqual([])
  })

  test('does not cut inside front matter', () => {
    const text = '---\ntitle: a\n\nb: c\n---\n\nx\n\ny\n'
    expect(starts(text, 1).map((start) => start.line)).toEqual([7, 9])
  })
})

describe('parseMarkdown in pieces', () => {
  test('reads a long list in pieces, with the positions of the whole document', () => {
    const text = '# Baker\n\n' + Array.from({length: 2000}, (_, index) => `- Baker ${index}`).join('\n') + '\n'
    const {cuts, whole, pieces} = both(text, minChunkLength)
    expect(cuts.length).toBeGreaterThan(5)
    expect(pieces).toEqual(whole)
  })

  test('does not cut fenced code or an HTML comment that goes on past a cut', () => {
    const code = '```\n' + 'code\n\n# not a heading\n- not an item\n'.repeat(200) + '```\n'
    const comment = '<!--\n' + 'comment\n\n# not a heading\n'.repeat(200) + '-->\n'
    for (const text of [`# Baker\n\n${code}\nafter\n`, `# Baker\n\n${comment}\nafter\n`, `${code}\n${comment}`]) {
      const {cuts, whole, pieces} = both(text, 16)
      expect(cuts.length).toBeGreaterThan(100)
      expect(pieces).toEqual(whole)
    }
  })

  test.runIf(existsSync(corpus))('reads every document of the dev corpus cut every 64 characters as it reads it whole', () => {
    const files = readdirSync(corpus).filter((name) => !name.endsWith('.gold.json'))
    expect(files.length).toBeGreaterThan(100)
    let cut = 0
    for (const name of files) {
      const text = readFileSync(corpus + name, 'utf8')
      const {cuts, whole, pieces} = both(text, 64)
      cut += cuts.length
      expect(pieces, name).toEqual(whole)
    }

    expect(cut).toBeGreaterThan(files.length * 10)
  }, 60_000)

  test('reads generated documents of blocks that could carry on past a cut as it reads them whole', () => {
    const line = fc.constantFrom(
      '', '', '', '   ', '\t',
      '# Heading', '## Skills', '#', '#no', '###### six', '####### seven',
      'Paragraph text', 'more *emphasis', 'closing* text', '[link](x)', '[a]',
      '===', '---', '- - -', '***', '___',
      '- item', '* item', '+ item', '-', '- ', '1. one', '2) two', '10. ten',
      '  - nested', '    indented code', '\tcode', '  continued',
      '> quote', '> - quoted item', '>', '> ```',
      '```', '~~~', '````', '```js', '  ```', '   ~~~',
      '<!--', '-->', '<!-- one line -->', '<div>', '</div>', '<pre>', '</pre>', '<?php', '?>', '<![CDATA[', ']]>', '<!DOCTYPE x>', '<span>',
      '---\ntitle: a\n---'
    )
    const ending = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r')
    const documents = fc.array(fc.tuple(line, ending), {maxLength: 80}).map((lines) => lines.map(([text, end]) => text + end).join(''))
    fc.assert(
      fc.property(documents, fc.integer({min: 1, max: 40}), (text, minLength) => {
        const {whole, pieces} = both(text, minLength)
        expect(pieces).toEqual(whole)
      }),
      {seed, numRuns: Math.round(3000 * scale)}
    )
  }, 60_000 * scale)
})
