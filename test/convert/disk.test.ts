import {execFileSync} from 'node:child_process'
import {constants, createReadStream} from 'node:fs'
import {lstat, open, readdir, readFile, symlink} from 'node:fs/promises'
import path from 'node:path'
import {text} from 'node:stream/consumers'
import {beforeAll, describe, expect, test} from 'vitest'
import {bigProfile, build, cli, listFiles, lines, pages, poolSized, summaryPattern, workspace} from './helpers.js'

beforeAll(build, 120_000)

/*
 * A full disk, simulated by a limit on the size of the files the CLI may
 * write (`ulimit -f`): past it, a write fails with EFBIG as it would with
 * ENOSPC. The pages' JSON is under a kilobyte; the big profile's is some
 * 210 kB, past the 64 kB limit.
 */
const limit = 64 * 1024

/** Page names `page-000.json` … */
function pageOutputs(count: number): string[] {
  return Array.from({length: count}, (_, index) => `page-${String(index).padStart(3, '0')}.json`)
}

describe('convert on a full disk', () => {
  for (const concurrency of ['1', '2']) {
    test(`fails the document that cannot be written, naming it, leaves no partial file, and writes the rest (-j ${concurrency})`, async () => {
      const cwd = await workspace({...pages(poolSized), 'corpus/big.md': bigProfile()})
      const run = await cli(['convert', 'corpus', '-o', 'out', '-q', '-j', concurrency], {cwd, fileSizeLimit: limit})
      const report = lines(run.stderr)

      expect(run.code).toBe(1)
      expect(report.slice(0, -1)).toEqual(['corpus/big.md: cannot write out/big.json: EFBIG: file too large'])
      expect(summaryPattern.exec(report.at(-1) ?? '')?.slice(1)).toEqual([
        String(poolSized + 1),
        String(poolSized),
        '0',
        '1'
      ])
      // No half-written big.json, and no temporary file left behind.
      expect(await readdir(path.join(cwd, 'out'))).toEqual(pageOutputs(poolSized))
    })
  }

  test('--jsonl: exits 2 naming the file, leaving neither it nor a temporary file', async () => {
    const cwd = await workspace({...pages(poolSized), 'corpus/big.md': bigProfile(), 'data/keep.txt': 'keep\n'})
    const run = await cli(['convert', 'corpus', '--jsonl', 'data/all.jsonl', '-q'], {cwd, fileSizeLimit: limit})

    expect(run.code).toBe(2)
    expect(lines(run.stderr)).toEqual(['data/all.jsonl: cannot write: EFBIG: file too large'])
    expect(await readdir(path.join(cwd, 'data'))).toEqual(['keep.txt'])
  })

  test('--jsonl on a device that is full: exits 2 with ENOSPC, and writes into the device rather than replacing it', async () => {
    const cwd = await workspace(pages(3))
    // Through a link in the workspace: were the device ever replaced, it would be the link, not /dev/full.
    await symlink('/dev/full', path.join(cwd, 'full.jsonl'))
    const run = await cli(['convert', 'corpus', '--jsonl', 'full.jsonl', '-q'], {cwd, timeout: 60_000})

    expect(run.code).toBe(2)
    expect(lines(run.stderr)).toEqual(['full.jsonl: cannot write: ENOSPC: no space left on device'])
    expect((await lstat(path.join(cwd, 'full.jsonl'))).isSymbolicLink()).toBe(true)
    expect(await readdir(cwd)).toEqual(['corpus', 'full.jsonl'])
  }, 120_000)
})

describe('convert --jsonl into a FIFO', () => {
  test('writes the records straight into it, for the reader at its other end', async () => {
    const cwd = await workspace(pages(3))
    const fifo = path.join(cwd, 'all.jsonl')
    execFileSync('mkfifo', [fifo])
    // The reader opens first; the CLI's open then finds it there.
    const received = text(createReadStream(fifo))
    const run = await cli(['convert', 'corpus', '--jsonl', 'all.jsonl', '-q'], {cwd, timeout: 60_000})
    await releaseReader(fifo)

    expect(run.code).toBe(0)
    expect(lines(await received).map((line) => (JSON.parse(line) as {path: string}).path)).toEqual([
      'corpus/page-000.txt',
      'corpus/page-001.txt',
      'corpus/page-002.txt'
    ])
    expect((await lstat(fifo)).isFIFO()).toBe(true)
    expect(await listFiles(cwd)).toEqual(['corpus/page-000.txt', 'corpus/page-001.txt', 'corpus/page-002.txt'])
  }, 120_000)
})

/**
 * Should the CLI never have opened the FIFO, its reader would wait forever:
 * open it for writing, without blocking, and close it, which ends the read.
 * Once the reader is gone there is nothing to release (ENXIO).
 */
async function releaseReader(fifo: string): Promise<void> {
  try {
    const handle = await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK)
    await handle.close()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error
  }
}

test('the big profile converts when nothing limits the writes', async () => {
  // So the failures above come from the limit, not from the document.
  const cwd = await workspace({'corpus/big.md': bigProfile()})
  const run = await cli(['convert', 'corpus', '-o', 'out', '-q'], {cwd})

  expect(run.code).toBe(0)
  expect((await readFile(path.join(cwd, 'out/big.json'))).byteLength).toBeGreaterThan(2 * limit)
})
