import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {defaultWorkerHeap, workerLimits} from '../../src/cli/convert/heap.js'
import {convertCommandOptions} from '../../src/cli/convert/options.js'
import {bakerMarkdown} from '../cli/documents.js'
import {build, cli, lines, pages, workspace} from './helpers.js'

beforeAll(build, 120_000)

describe('workerLimits', () => {
  test('caps the old generation and keeps the young one small under a --worker-heap', () => {
    expect(workerLimits(1024)).toEqual({maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 12})
  })

  test('leaves the old generation to V8 with --worker-heap 0', () => {
    expect(workerLimits(0)).toEqual({maxYoungGenerationSizeMb: 24})
  })

  test('applies the default when --worker-heap is not given', () => {
    expect(convertCommandOptions({}).workerHeap).toBe(defaultWorkerHeap)
    expect(convertCommandOptions({workerHeap: 0}).workerHeap).toBe(0)
  })
})

describe('convert --worker-heap', () => {
  test('gives the same JSON Lines with any limit', async () => {
    const cwd = await workspace({...pages(3), 'corpus/m/profile.md': bakerMarkdown})
    const capped = await cli(['convert', 'corpus', '--jsonl', 'capped.jsonl', '-j', '2', '--worker-heap', '64', '-q'], {cwd})
    const free = await cli(['convert', 'corpus', '--jsonl', 'free.jsonl', '-j', '2', '--worker-heap', '0', '-q'], {cwd})

    expect(capped.code).toBe(0)
    expect(free.code).toBe(0)
    const jsonl = await readFile(path.join(cwd, 'capped.jsonl'), 'utf8')
    expect(lines(jsonl)).toHaveLength(4)
    expect(jsonl).toBe(await readFile(path.join(cwd, 'free.jsonl'), 'utf8'))
  })

  test('fails a document that runs its worker out of memory alone; the documents sent with it are converted', async () => {
    // A million bullet lines: far more than 64 MiB of tree.
    const huge = 'Title\n\n' + '• a b\n'.repeat(1_000_000)
    const cwd = await workspace({...pages(5), 'corpus/page-002.txt': huge})
    const run = await cli(['convert', 'corpus', '--jsonl', 'all.jsonl', '-j', '2', '--worker-heap', '64', '-q'], {cwd})
    const report = lines(run.stderr)

    expect(run.code).toBe(2)
    expect(report[0]).toMatch(/^corpus\/page-002\.txt: internal error: .*memory/)
    expect(report.at(-1)).toMatch(/^5 files: 4 converted \(0 with warnings\), 1 failed \(1 internal error\) in /)
    const records = lines(await readFile(path.join(cwd, 'all.jsonl'), 'utf8')).map(
      (line) => (JSON.parse(line) as {path: string}).path
    )
    expect(records).toEqual(['corpus/page-000.txt', 'corpus/page-001.txt', 'corpus/page-003.txt', 'corpus/page-004.txt'])
  }, 60_000)

  test('exits 2 on a --worker-heap that is not 0 or a whole number of at least 64', async () => {
    const cwd = await workspace(pages(1))
    for (const value of ['-1', '1', '63', '1.5', 'lots']) {
      const run = await cli(['convert', 'corpus', '-o', 'out', '--worker-heap', value], {cwd})
      expect(run.code).toBe(2)
      expect(lines(run.stderr)[0]).toMatch(/^error: option '--worker-heap <mib>' argument '.+' is invalid/)
    }
  })
})
