import {execFile} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import type {Code, Nodes} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {beforeAll, describe, expect, test} from 'vitest'
import {builtinDetectors, type Detector} from '../../src/index.js'
import {en} from '../../src/locales/en.js'
import {build, cli, root} from '../cli/run.js'

/*
 * docs/detectors.md shows code that runs. Its code blocks say what they are
 * in their meta (ignored when the page is rendered):
 *
 * - `file=NAME`: a file of test/plugins/project, shown as it is;
 * - `stdout="ARGS"`, `stderr="ARGS"`: what the CLI prints for ARGS, run in
 *   that folder;
 * - `run`: a module run in that folder, printing what the `//` comments
 *   after its `console.log` calls say (compared without whitespace).
 */

beforeAll(build, 120_000)

const project = path.join(root, 'test', 'plugins', 'project')
const page = await readFile(path.join(root, 'docs', 'detectors.md'), 'utf8')
const blocks: Code[] = []
collectCode(unified().use(remarkParse).parse(page))

function collectCode(node: Nodes): void {
  if (node.type === 'code') blocks.push(node)
  if ('children' in node) for (const child of node.children) collectCode(child)
}

/** The blocks whose meta has `key=value` (value quoted or not), with the value. */
function marked(key: string): Array<{block: Code; value: string}> {
  const pattern = new RegExp(`(?:^|\\s)${key}=(?:"([^"]*)"|(\\S+))`)
  return blocks.flatMap((block) => {
    const match = pattern.exec(block.meta ?? '')
    return match ? [{block, value: (match[1] ?? match[2])!}] : []
  })
}

/** The text of a `## ` section of the page, up to the next one. */
function section(heading: string): string {
  const start = page.indexOf('\n## ' + heading + '\n')
  expect(start, heading).toBeGreaterThan(-1)
  const end = page.indexOf('\n## ', start + 1)
  return page.slice(start, end === -1 ? undefined : end)
}

/** The cells of the body rows of the Markdown tables in `text`. */
function rows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.slice(2, -2).split(' | '))
}

/** `` `a`, `b` `` → `['a', 'b']`. */
function codes(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!)
}

const squash = (text: string) => text.replace(/\s+/g, '')

describe('docs/detectors.md: the Salary walkthrough', () => {
  test('shows the files of test/plugins/project as they are', async () => {
    const files = marked('file')
    expect(files.map(({value}) => value)).toEqual(['salary.js', '.profession-parser.json', 'baker.txt', 'glazier.md'])
    for (const {block, value} of files) {
      expect(block.value + '\n', value).toBe(await readFile(path.join(project, value), 'utf8'))
    }
  })

  test('shows what the CLI prints for them', async () => {
    const shown = (['stdout', 'stderr'] as const).flatMap((stream) => marked(stream).map((entry) => ({...entry, stream})))
    expect(shown.map(({stream, value}) => `${stream} ${value}`)).toEqual(['stdout parse baker.txt', 'stderr parse glazier.md'])
    for (const {block, value, stream} of shown) {
      const run = await cli(value.split(' '), {cwd: project})
      expect(block.value + '\n', `${stream} of ${value}`).toBe(run[stream])
    }
  })

  test('runs its examples, which print what their comments say', async () => {
    const examples = blocks.filter((block) => block.lang === 'js' && /(?:^|\s)run(?:\s|$)/.test(block.meta ?? ''))
    expect(examples).toHaveLength(3)
    for (const example of examples) {
      const expected: string[] = []
      let logs = 0
      const lines = example.value.split('\n')
      for (const [index, line] of lines.entries()) {
        if (!line.includes('console.log(')) continue
        logs++
        const inline = /\)\s*\/\/ (.*)$/.exec(line)
        if (inline) expected.push(inline[1]!)
        for (const next of lines.slice(index + 1)) {
          if (!next.startsWith('//')) break
          expected.push(next.slice(2))
        }
      }

      const where = `example at line ${example.position?.start.line}`
      expect(logs, where).toBeGreaterThan(0)
      const {stdout, stderr} = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', example.value], {
        cwd: project
      })
      expect(stderr, where).toBe('')
      expect(squash(stdout), where).toBe(squash(expected.join('\n')))
    }
  })
})

describe('docs/detectors.md: reference', () => {
  test('lists the properties of `Detector` as src/sections/detector.ts declares them', async () => {
    const source = await readFile(path.join(root, 'src', 'sections', 'detector.ts'), 'utf8')
    const declaration = source.slice(source.indexOf('export interface Detector<'))
    const declared = [...declaration.slice(0, declaration.indexOf('\n}\n')).matchAll(/^ {2}readonly (\w+)\??:/gm)].map(
      (match) => match[1]
    )
    const shown = blocks.find((block) => block.lang === 'ts' && block.value.startsWith('interface Detector<'))
    const typed = [...(shown?.value ?? '').matchAll(/^ {2}readonly (\w+)\??:/gm)].map((match) => match[1])
    const described = rows(section('The `Detector` type')).map(([property]) => codes(property!)[0])

    expect(declared).toContain('schema')
    expect(typed).toEqual(declared)
    expect(described).toEqual(declared)
  })

  test('lists the built-in detectors in registry order, with their fields, English words and hooks', () => {
    const hooks = ['matchHeading', 'extent', 'scoreItem', 'needsHeading', 'takesLeadingLines', 'isNoise', 'fromFrontMatter', 'extract']
    const flags = new Set(['needsHeading', 'takesLeadingLines'])
    const words = (cell: string) => (cell === '—' ? [] : cell.split('; '))
    const shown = rows(section('The built-in detectors')).map(([id, field, headings, prefixes, hooked]) => ({
      id: codes(id!)[0],
      field: field === '—' ? undefined : codes(field!)[0],
      headings: words(headings!),
      prefixes: words(prefixes!),
      // In the order of `hooks`, as the table may name them in any order.
      hooks: hooks.filter((hook) => codes(hooked!).includes(hook))
    }))
    const hooksOf = (detector: Detector) =>
      hooks.filter((hook) =>
        flags.has(hook) ? detector[hook as keyof Detector] === true : typeof detector[hook as keyof Detector] === 'function'
      )

    expect(shown).toEqual(
      builtinDetectors.map((detector) => ({
        id: detector.id,
        field: detector.field,
        headings: [...(detector.headings ?? []), ...(en.headings[detector.id] ?? [])],
        prefixes: [...(detector.headingPrefixes ?? []), ...(en.headingPrefixes?.[detector.id] ?? [])],
        hooks: hooksOf(detector)
      }))
    )
  })
})
