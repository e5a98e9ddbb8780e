import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {bakerInvalidUtf8, bakerMarkdown, salesAssistantText, shopManagerText} from '../cli/documents.js'
import {build, cli, listFiles, lines, pages, poolSized, workspace} from './helpers.js'

beforeAll(build, 120_000)

/** A batch big enough for the pool, with Markdown, warnings and an error in it. */
function mixedBatch(): Record<string, string | Uint8Array> {
  return {
    ...pages(poolSized),
    'corpus/m/profile.md': bakerMarkdown,
    'corpus/m/warned.txt': bakerInvalidUtf8(),
    'corpus/m/empty.txt': '',
    'corpus/shop/a.txt': salesAssistantText,
    'corpus/shop/b.txt': shopManagerText
  }
}

async function outputs(cwd: string, folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const file of await listFiles(path.join(cwd, folder))) {
    files[file] = await readFile(path.join(cwd, folder, file), 'utf8')
  }

  return files
}

/** stderr without the summary line, whose timing differs run to run. */
function report(stderr: string): string[] {
  return lines(stderr).slice(0, -1)
}

describe('convert --concurrency', () => {
  test('gives the same files, JSON Lines and report with 1 thread as with 2', async () => {
    const cwd = await workspace(mixedBatch())
    const one = await cli(['convert', 'corpus', '-o', 'out1', '--jsonl', 'one.jsonl', '--concurrency', '1'], {cwd})
    const two = await cli(['convert', 'corpus', '-o', 'out2', '--jsonl', 'two.jsonl', '--concurrency', '2'], {cwd})

    expect(one.code).toBe(1)
    expect(two.code).toBe(1)
    expect(report(two.stderr)).toEqual(report(one.stderr))
    expect(report(one.stderr)).toContain(
      'corpus/m/empty.txt:1:1 error Unexpected empty document, expected a profession profile empty-document'
    )
    expect(await outputs(cwd, 'out2')).toEqual(await outputs(cwd, 'out1'))
    expect(Object.keys(await outputs(cwd, 'out1'))).toHaveLength(poolSized + 4)
    expect(await readFile(path.join(cwd, 'two.jsonl'), 'utf8')).toBe(await readFile(path.join(cwd, 'one.jsonl'), 'utf8'))
  })

  test('learns the same vocabulary and converts the same with 1 thread as with 2 (--learn)', async () => {
    const cwd = await workspace(mixedBatch())
    const one = await cli(['convert', 'corpus', '--jsonl', 'one.jsonl', '--learn', '-j', '1', '-q'], {cwd})
    const two = await cli(['convert', 'corpus', '--jsonl', 'two.jsonl', '--learn', '-j', '2', '-q'], {cwd})

    expect(lines(one.stderr)[0]).toMatch(new RegExp(`^learned \\d+ labels from ${poolSized + 5} documents$`))
    expect(report(two.stderr)).toEqual(report(one.stderr))
    expect(await readFile(path.join(cwd, 'two.jsonl'), 'utf8')).toBe(await readFile(path.join(cwd, 'one.jsonl'), 'utf8'))
  })

  test('exits 2 on a --concurrency that is not a whole number of at least 1', async () => {
    const cwd = await workspace(pages(1))
    for (const value of ['0', '-2', '1.5', 'many']) {
      const run = await cli(['convert', 'corpus', '-o', 'out', '--concurrency', value], {cwd})
      expect(run.code).toBe(2)
      expect(lines(run.stderr)[0]).toMatch(/^error: option '-j, --concurrency <n>' argument '.+' is invalid/)
    }
  })
})
