/*
 * Walks `fixtures/<group>-<case>/`: each folder holds one `input.*` and the
 * `expected.json` a perfect parser returns for it, written by hand. An
 * optional `options.json` names a lexicon to parse with (`{"lexicon": path}`,
 * relative to the repository root), as a user would pass `--lexicon`.
 *
 * `UPDATE=1 npx vitest run test/fixtures.test.ts` rewrites `expected.json`
 * from the parser's output instead of asserting; review that diff like code.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {parse, parseLexicon, type Lexicon} from '../src/index.js'

const root = fileURLToPath(new URL('../fixtures/', import.meta.url))
const repository = fileURLToPath(new URL('../', import.meta.url))
const update = Boolean(process.env['UPDATE'])

const folders = readdirSync(root, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

test('finds fixture folders', () => {
  expect(folders.length).toBeGreaterThan(0)
})

describe('fixtures', () => {
  for (const folder of folders) {
    test(folder, () => {
      const directory = path.join(root, folder)
      const inputs = readdirSync(directory).filter((name) => name.startsWith('input.'))
      expect(inputs, 'a fixture holds exactly one `input.*`').toHaveLength(1)
      const input = path.join(directory, inputs[0]!)
      const expectedPath = path.join(directory, 'expected.json')

      // Bytes, not text: BOM and CRLF fixtures must reach the parser untouched.
      const result = parse(readFileSync(input), {
        format: formatOf(input),
        file: input,
        lexicon: lexiconOf(directory)
      })

      const errors = result.messages
        .filter((message) => message.fatal === true)
        .map((message) => `${message.line ?? 0}:${message.column ?? 0} ${message.reason} (${message.ruleId ?? ''})`)
      expect.soft(errors, 'error messages').toEqual([])

      if (update) {
        writeFileSync(expectedPath, JSON.stringify(result.profession, null, 2) + '\n')
        return
      }

      const expected: unknown = JSON.parse(readFileSync(expectedPath, 'utf8'))
      expect.soft(result.profession).toEqual(expected)
    })
  }
})

/** The lexicon a fixture's `options.json` names, if any. */
function lexiconOf(directory: string): Lexicon | undefined {
  let options: {lexicon?: string}
  try {
    options = JSON.parse(readFileSync(path.join(directory, 'options.json'), 'utf8')) as {lexicon?: string}
  } catch {
    return undefined
  }

  if (!options.lexicon) return undefined
  const file = path.join(repository, options.lexicon)
  return parseLexicon(readFileSync(file, 'utf8'), {file})
}

/** The format a fixture's extension names: `.md`/`.markdown` is Markdown, `.html` HTML, anything else loose text. */
function formatOf(file: string): 'markdown' | 'html' | 'text' {
  const extension = path.extname(file).toLowerCase()
  if (extension === '.html') return 'html'
  return extension === '.md' || extension === '.markdown' ? 'markdown' : 'text'
}
