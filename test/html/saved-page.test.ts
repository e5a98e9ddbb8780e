/*
 * A saved copy of a page gives the model its copy-pasted text gives: every
 * copy-pasted page of the dev corpus (`web--*.txt` without Knowledge/Skills
 * headings, `web-headings--*.txt` with them) is rendered back into an HTML
 * page (see `render-page.ts`) and both are parsed.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {parse} from '../../src/index.js'
import {renderPage} from './render-page.js'

const corpus = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url))
const pages = existsSync(corpus) ? readdirSync(corpus).filter((name) => name.startsWith('web') && name.endsWith('.txt')).sort() : []

test('finds the copy-pasted pages of the dev corpus', () => {
  expect(pages).toHaveLength(267)
})

describe.each([
  ['plain item names', false],
  ['item names in <strong>', true]
])('a saved page reads as its copy (%s)', (_name, strong) => {
  test.each(pages)('%s', (name) => {
    const text = readFileSync(corpus + name, 'utf8')
    const html = renderPage(text, {strong})
    const saved = parse(html, {file: name.replace(/\.txt$/, '.html')})
    expect(saved.format).toBe('html')
    expect(saved.profession).toEqual(parse(text, {format: 'text'}).profession)
    expect(saved.messages.filter((message) => message.fatal === true)).toEqual([])
  })
})
