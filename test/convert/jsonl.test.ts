import {existsSync} from 'node:fs'
import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {severityOf} from '../../src/messages/report.js'
import {parse} from '../../src/parse.js'
import {bakerInvalidUtf8, bakerMarkdown, bakerText} from '../cli/documents.js'
import {build, cli, expectedProfession, lines, pages, poolSized, summaryPattern, workspace} from './helpers.js'

beforeAll(build, 120_000)

interface Record {
  path: string
  profession: unknown
  messages: Array<{ruleId?: string; severity: string; reason: string; line?: number; column?: number}>
}

function records(text: string): Record[] {
  return lines(text).map((line) => JSON.parse(line) as Record)
}

describe('convert --jsonl', () => {
  test('writes one {path, profession, messages} line per document, in input order', async () => {
    const cwd = await workspace({
      'corpus/b.md': bakerMarkdown,
      'corpus/a.txt': bakerText,
      'corpus/c/warned.txt': bakerInvalidUtf8()
    })
    const run = await cli(['convert', 'corpus', '--jsonl', 'out.jsonl'], {cwd})
    const text = await readFile(path.join(cwd, 'out.jsonl'), 'utf8')
    const written = records(text)

    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect(text.endsWith('\n')).toBe(true)
    expect(written.map((record) => record.path)).toEqual(['corpus/a.txt', 'corpus/b.md', 'corpus/c/warned.txt'])
    for (const record of written) expect(Object.keys(record)).toEqual(['path', 'profession', 'messages'])
    expect(written[0]?.profession).toEqual(expectedProfession(bakerText, {format: 'text'}))
    expect(written[1]?.profession).toEqual(expectedProfession(bakerMarkdown, {format: 'markdown'}))
  })

  test('gives messages as plain objects: ruleId, severity, reason, line, column', async () => {
    const cwd = await workspace({'corpus/warned.txt': bakerInvalidUtf8()})
    await cli(['convert', 'corpus', '--jsonl', 'out.jsonl'], {cwd})
    const [record] = records(await readFile(path.join(cwd, 'out.jsonl'), 'utf8'))
    const expected = parse(bakerInvalidUtf8(), {format: 'text'}).messages

    expect(record?.messages).toHaveLength(expected.length)
    expect(record?.messages.map((message) => [message.ruleId, message.severity, message.line, message.column])).toEqual(
      expected.map((message) => [message.ruleId, severityOf(message), message.line, message.column])
    )
    expect(record?.messages.find((message) => message.ruleId === 'invalid-utf8')).toMatchObject({
      severity: 'warning',
      reason: expect.any(String),
      source: 'profession-parser'
    })
    // Data, not a serialised error: no stack, no `fatal`, no `name`.
    for (const message of record?.messages ?? []) {
      expect(message).not.toHaveProperty('stack')
      expect(message).not.toHaveProperty('fatal')
    }
  })

  test('leaves out documents with an error, as --out-dir does, and reports them', async () => {
    const cwd = await workspace({'corpus/a.txt': bakerText, 'corpus/empty.txt': '', 'corpus/z.txt': bakerText})
    const run = await cli(['convert', 'corpus', '--jsonl', 'out.jsonl', '-q'], {cwd})

    expect(run.code).toBe(1)
    expect(records(await readFile(path.join(cwd, 'out.jsonl'), 'utf8')).map((record) => record.path)).toEqual([
      'corpus/a.txt',
      'corpus/z.txt'
    ])
    expect(lines(run.stderr)[0]).toBe(
      'corpus/empty.txt:1:1 error Unexpected empty document, expected a profession profile empty-document'
    )
  })

  test('writes to standard output with -, the report staying on stderr', async () => {
    const cwd = await workspace(pages(3))
    const run = await cli(['convert', 'corpus', '--jsonl', '-'], {cwd})

    expect(run.code).toBe(0)
    expect(records(run.stdout).map((record) => record.path)).toEqual([
      'corpus/page-000.txt',
      'corpus/page-001.txt',
      'corpus/page-002.txt'
    ])
    expect(summaryPattern.exec(lines(run.stderr).at(-1) ?? '')?.slice(1)).toEqual(['3', '3', '0', '0'])
  })

  test('keeps input order through the worker pool', async () => {
    const cwd = await workspace(pages(poolSized))
    const run = await cli(['convert', 'corpus', '--jsonl', 'out.jsonl', '--concurrency', '2'], {cwd})
    const written = records(await readFile(path.join(cwd, 'out.jsonl'), 'utf8'))

    expect(run.code).toBe(0)
    expect(written.map((record) => record.path)).toEqual(
      Array.from({length: poolSized}, (_, index) => `corpus/page-${String(index).padStart(3, '0')}.txt`)
    )
  })

  test('follows the order the inputs are given in, each folder or glob sorted by path, a document once where first named', async () => {
    const cwd = await workspace({'o/b.txt': bakerText, 'o/a.txt': bakerText, 'p/c.txt': bakerText, 'p/a.txt': bakerText})
    const named = await cli(['convert', 'o/b.txt', 'o/a.txt', '--jsonl', '-'], {cwd})
    const mixed = await cli(['convert', 'p', 'o/b.txt', 'o', '--jsonl', '-'], {cwd})

    expect(records(named.stdout).map((record) => record.path)).toEqual(['o/b.txt', 'o/a.txt'])
    expect(records(mixed.stdout).map((record) => record.path)).toEqual(['p/a.txt', 'p/c.txt', 'o/b.txt', 'o/a.txt'])
  })

  test('refuses, exit 2, an input named on the command line that is the JSON Lines file and not JSON Lines by its extension', async () => {
    const cwd = await workspace({'a.page': bakerText, 'b.page': bakerText})
    const run = await cli(['convert', 'a.page', 'b.page', '--jsonl', 'a.page'], {cwd})

    expect([run.code, run.stderr]).toEqual([
      2,
      'a.page: refusing to write JSON Lines over a file named as an input\n'
    ])
    expect(await readFile(path.join(cwd, 'a.page'), 'utf8')).toBe(bakerText)
  })

  test('replaces the file only when the batch is done, leaving no temporary file', async () => {
    const cwd = await workspace({'corpus/a.txt': bakerText, 'data/out.jsonl': 'old\n'})
    await cli(['convert', 'corpus', '--jsonl', 'data/out.jsonl'], {cwd})

    expect(await readdir(path.join(cwd, 'data'))).toEqual(['out.jsonl'])
    expect(records(await readFile(path.join(cwd, 'data/out.jsonl'), 'utf8'))).toHaveLength(1)
  })

  test('never reads the JSON Lines file back, and refuses one with a document extension', async () => {
    const cwd = await workspace({'corpus/a.txt': bakerText})
    const first = await cli(['convert', 'corpus/*', '--jsonl', 'corpus/all.jsonl'], {cwd})
    const second = await cli(['convert', 'corpus/*', '--jsonl', 'corpus/all.jsonl'], {cwd})
    const clobber = await cli(['convert', 'corpus', '--jsonl', 'corpus/a.txt'], {cwd})

    for (const run of [first, second]) expect(lines(run.stderr).at(-1)).toMatch(/^1 file: 1 converted/)
    expect(clobber.code).toBe(2)
    expect(clobber.stderr).toBe(
      'corpus/a.txt: refusing to write JSON Lines to a file with a document extension (use .jsonl)\n'
    )
    expect(await readFile(path.join(cwd, 'corpus/a.txt'), 'utf8')).toBe(bakerText)
  })

  test('exits 2 naming the JSON Lines file when it cannot be written, leaving nothing behind', async () => {
    const cwd = await workspace({'corpus/a.txt': bakerText, 'taken.jsonl/keep': 'a folder, not a file\n'})
    const run = await cli(['convert', 'corpus', '--jsonl', 'taken.jsonl'], {cwd})

    expect(run.code).toBe(2)
    expect(lines(run.stderr).at(-1)).toMatch(/^taken\.jsonl: cannot write: E\w+: /)
    expect(await readdir(cwd)).toEqual(['corpus', 'taken.jsonl'])
    expect(await readdir(path.join(cwd, 'taken.jsonl'))).toEqual(['keep'])
  })

  test('writes JSON files and JSON Lines in one run when both are asked for', async () => {
    const cwd = await workspace({'corpus/a.txt': bakerText})
    const run = await cli(['convert', 'corpus', '-o', 'out', '--jsonl', 'out.jsonl'], {cwd})

    expect(run.code).toBe(0)
    expect(JSON.parse(await readFile(path.join(cwd, 'out/a.json'), 'utf8'))).toEqual(
      records(await readFile(path.join(cwd, 'out.jsonl'), 'utf8'))[0]?.profession
    )
  })
})

describe('convert without --out-dir or --jsonl', () => {
  test('prints the JSON of a single file on stdout', async () => {
    const cwd = await workspace({'baker.txt': bakerText})
    const run = await cli(['convert', 'baker.txt'], {cwd})

    expect(run.code).toBe(0)
    expect(run.stdout).toBe(JSON.stringify(expectedProfession(bakerText, {format: 'text'}), null, 2) + '\n')
    expect(lines(run.stderr).at(-1)).toMatch(summaryPattern)
  })

  test('exits 2 for a folder or a glob, creating nothing', async () => {
    const cwd = await workspace({'corpus/a.txt': bakerText})
    for (const input of ['corpus', 'corpus/*.txt']) {
      const run = await cli(['convert', input], {cwd})
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      expect(lines(run.stderr)).toEqual([
        "error: required option '-o, --out-dir <dir>' not specified",
        '(or --jsonl <file|->; without either, the input must be one file, whose JSON goes to stdout)'
      ])
    }

    expect(existsSync(path.join(cwd, 'out'))).toBe(false)
  })
})
