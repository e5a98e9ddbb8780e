/*
 * `markdownParser` runs this package's copy of mdast-util-from-markdown,
 * which differs from upstream only in how it builds the `this` of each
 * handler (see `src/markdown/from-markdown.ts`). So it must give the trees
 * remark-parse gives, positions included, for every kind of node, with and
 * without remark-frontmatter, and hand extensions the same context.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import type {Root} from 'mdast'
import type {CompileContext} from 'mdast-util-from-markdown'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {describe, expect, test} from 'vitest'
import {markdownParser} from '../../src/markdown/markdown-parser.js'

const corpus = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url))
const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url))

const ours = unified().use(markdownParser).use(remarkFrontmatter, ['yaml']).freeze()
const theirs = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

/** Every kind of node mdast-util-from-markdown makes, each in a few forms. */
const kinds = [
  '# ATX heading #\n\nSetext heading\n==============\n\nAnother\n---\n',
  'Some *emphasis*, _more_, **strong**, __strong__ and `code` text.\\\nHard break,  \ntrailing break.',
  '[inline](https://example.com "title") ![image](a.png \'alt title\') <https://auto.link> <me@example.com>',
  '[full][ref], [collapsed][], [ref] and ![img][ref]\n\n[ref]: https://example.com/x "Title"\n[ Other Ref ]: <b c>',
  '```js title="a"\nconst a = 1\n```\n\n~~~\nno info\n~~~\n\n    indented\n    code\n',
  '<div>\n*html* block\n</div>\n\nInline <span>html</span> and <!-- comment -->.\n',
  '- tight\n- list\n\n1. loose\n\n2. ordered\n\n3) list\n\n* nested\n  - deeper\n    1. deepest\n',
  '> quote\n> - with a list\n>\n> > and a nested quote\n\n***\n\n- - -\n',
  'Entities &amp; &#123; &#x1F600; &copy; &nope; and escapes \\* \\_ \\` \\\\.',
  '- [ ] not a task without gfm\n-\n  empty item first line\n\n+ plus\n+ bullets\n',
  'Line one\r\nline two\rline three\n\n\tTabbed\n'
]

function trees(text: string): {ours: Root; theirs: Root} {
  return {ours: ours.parse(text), theirs: theirs.parse(text)}
}

describe('markdownParser', () => {
  test('gives the trees remark-parse gives for every kind of node', () => {
    for (const text of kinds) {
      const {ours, theirs} = trees(text)
      expect(ours, text).toEqual(theirs)
    }

    expect(ours.parse(kinds.join('\n\n'))).toEqual(theirs.parse(kinds.join('\n\n')))
  })

  test('reads front matter through remark-frontmatter, and none without it', () => {
    const text = '---\ntitle: Baker\n---\n\n# Baker\n'
    const {ours: withFrontMatter, theirs} = trees(text)
    expect(withFrontMatter.children[0]?.type).toBe('yaml')
    expect(withFrontMatter).toEqual(theirs)
    expect(unified().use(markdownParser).parse(text)).toEqual(unified().use(remarkParse).parse(text))
  })

  test('hands an mdast extension the context remark-parse hands it', () => {
    const contexts = (parser: typeof markdownParser) => {
      const seen: string[][] = []
      function record(this: Processor) {
        const extensions = this.data('fromMarkdownExtensions') ?? []
        this.data('fromMarkdownExtensions', [
          ...extensions,
          {
            // A token no handler of mdast-util-from-markdown takes, so the tree is as before.
            enter: {
              lineEndingBlank(this: CompileContext) {
                seen.push(Object.keys(this))
                expect(typeof this.sliceSerialize).toBe('function')
              }
            }
          }
        ])
      }

      unified().use(parser).use(record).parse('One.\n\nTwo.\n\nThree.\n')
      return seen
    }

    const ourContexts = contexts(markdownParser)
    expect(ourContexts).toHaveLength(2)
    expect(ourContexts).toEqual(contexts(remarkParse as typeof markdownParser))
  })

  test('gives the trees remark-parse gives for the Markdown fixtures', () => {
    const inputs = readdirSync(fixtures, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.md'))
    expect(inputs.length).toBeGreaterThan(5)
    for (const name of inputs) {
      const {ours, theirs} = trees(readFileSync(fixtures + name, 'utf8'))
      expect(ours, name).toEqual(theirs)
    }
  })

  test.runIf(existsSync(corpus))('gives the trees remark-parse gives for the dev corpus', () => {
    const files = readdirSync(corpus).filter((name) => !name.endsWith('.gold.json'))
    expect(files.length).toBeGreaterThan(100)
    for (const name of files) {
      const {ours, theirs} = trees(readFileSync(corpus + name, 'utf8'))
      expect(ours, name).toEqual(theirs)
    }
  }, 60_000)

  test('gives the trees remark-parse gives for generated documents', () => {
    const piece = fc.constantFrom(...kinds, '', '\n', '---\n', '- ', '> ', '1. ', '  ', '*', '_', '`', '[', ']', '(', ')', 'word ')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), (pieces) => {
        const text = pieces.join('')
        const {ours, theirs} = trees(text)
        expect(ours).toEqual(theirs)
      }),
      {seed: 20_261_127, numRuns: 300}
    )
  })
})
