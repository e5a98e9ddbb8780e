/*
 * The guarantees of canonical Markdown on every document of the dev corpus
 * (`../shared/corpus/dev`, read from disk, never copied): parsing the
 * canonical form gives the model the document gave, and formatting it again
 * changes nothing. Without a lexicon, and with ESCO's labels (which decide
 * how run-on optional lines are split and link items to URIs).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {formatFromPath, formatProfession, parse, parseLexicon, type Lexicon} from '../../src/index.js'

const corpus = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url))
const esco = fileURLToPath(new URL('../../../shared/esco/', import.meta.url))
const documents = existsSync(corpus)
  ? readdirSync(corpus)
      .filter((name) => !name.endsWith('.json'))
      .sort()
  : []

test('finds the 400 documents of the dev corpus', () => {
  expect(documents).toHaveLength(400)
})

function check(name: string, lexicon: Lexicon[] | undefined): void {
  const input = readFileSync(corpus + name)
  const options = {format: formatFromPath(name), lexicon}
  const original = parse(input, options).profession
  const markdown = formatProfession(original)
  const again = parse(markdown, {lexicon})
  expect(again.format).toBe('markdown')
  expect(again.profession).toEqual(original)
  expect(formatProfession(again.profession)).toBe(markdown)
}

describe('round trip and idempotence on the dev corpus', () => {
  test.each(documents)('%s', (name) => check(name, undefined))
})

describe('round trip and idempotence on the dev corpus, with ESCO lexicons', () => {
  let lexicon: Lexicon[] | undefined
  const load = () =>
    (lexicon ??= ['skill-descriptions.csv', 'collections/digitalSkillsCollection_en.csv'].map((file) =>
      parseLexicon(readFileSync(esco + file, 'utf8'), {file})
    ))
  test.each(documents)('%s', (name) => check(name, load()))
})
