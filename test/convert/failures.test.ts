import {execFileSync} from 'node:child_process'
import {readFile, symlink} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {bakerText} from '../cli/documents.js'
import {
  build,
  cli,
  listFiles,
  lines,
  pages,
  poolSized,
  summaryPattern,
  vanishConfig,
  vanishingPage,
  workspace
} from './helpers.js'

beforeAll(build, 120_000)

/** Page names `page-000.json` … for the pages of `pages(count)`, leaving out some. */
function pageOutputs(count: number, except: readonly number[] = []): string[] {
  return Array.from({length: count}, (_, index) => index)
    .filter((index) => !except.includes(index))
    .map((index) => `page-${String(index).padStart(3, '0')}.json`)
}

describe('convert: files that cannot be read', () => {
  for (const concurrency of ['1', '2']) {
    test(`reports each with its path and reason and converts the rest (--concurrency ${concurrency})`, async () => {
      const cwd = await workspace(pages(poolSized))
      // Links that fail to read even as root, where chmod 000 blocks nothing.
      await symlink('nowhere.txt', path.join(cwd, 'corpus/page-005.txt').replace('005', '005-dangling'))
      await symlink('page-loop.txt', path.join(cwd, 'corpus/page-loop.txt'))
      const run = await cli(['convert', 'corpus', '-o', 'out', '-q', '--concurrency', concurrency], {cwd})
      const output = lines(run.stderr)

      expect(run.code).toBe(1)
      expect(output.slice(0, -1)).toEqual([
        'corpus/page-005-dangling.txt: cannot read file: ENOENT: no such file or directory',
        'corpus/page-loop.txt: cannot read file: ELOOP: too many symbolic links encountered'
      ])
      expect(summaryPattern.exec(output.at(-1) ?? '')?.slice(1)).toEqual([
        String(poolSized + 2),
        String(poolSized),
        '0',
        '2'
      ])
      expect(await listFiles(path.join(cwd, 'out'))).toEqual(pageOutputs(poolSized))
    })
  }
})

/** The paths of a JSON Lines file's records. */
async function recordPaths(file: string): Promise<string[]> {
  return lines(await readFile(file, 'utf8')).map((line) => (JSON.parse(line) as {path: string}).path)
}

/** `corpus/page-000.txt` … for the pages of `pages(count)`, leaving out some. */
function pagePaths(count: number, except: readonly number[] = []): string[] {
  return pageOutputs(count, except).map((file) => 'corpus/' + file.replace(/\.json$/, '.txt'))
}

describe('convert: files that are not regular files', () => {
  // A FIFO blocks whoever opens it until a writer comes, and a device such as /dev/zero never ends:
  // reading either would hang the batch. Runs are killed after a minute, so a hang fails the test.
  for (const output of [['-o', 'out'], ['--jsonl', 'all.jsonl']]) {
    test(`reports FIFOs and devices without waiting on them, and converts the rest (${output[0]})`, async () => {
      const cwd = await workspace(pages(poolSized))
      execFileSync('mkfifo', [path.join(cwd, 'corpus/page-007-fifo.txt')])
      execFileSync('mkfifo', [path.join(cwd, 'named.txt')])
      await symlink('/dev/zero', path.join(cwd, 'corpus/page-009-zero.txt'))
      const run = await cli(['convert', 'corpus', 'named.txt', ...output, '-q', '-j', '2'], {cwd, timeout: 60_000})
      const report = lines(run.stderr)

      expect(run.code).toBe(1)
      expect(report.slice(0, -1)).toEqual([
        'corpus/page-007-fifo.txt: cannot read file: not a regular file (a FIFO)',
        'corpus/page-009-zero.txt: cannot read file: not a regular file (a character device)',
        'named.txt: cannot read file: not a regular file (a FIFO)'
      ])
      expect(summaryPattern.exec(report.at(-1) ?? '')?.slice(1)).toEqual([
        String(poolSized + 3),
        String(poolSized),
        '0',
        '3'
      ])
      if (output[0] === '-o') expect(await listFiles(path.join(cwd, 'out'))).toEqual(pageOutputs(poolSized))
      else expect(await recordPaths(path.join(cwd, 'all.jsonl'))).toEqual(pagePaths(poolSized))
    }, 120_000)
  }

  test('exits 2 for a --lexicon that is a FIFO or a device, before reading any document, without waiting on it', async () => {
    const cwd = await workspace(pages(2))
    execFileSync('mkfifo', [path.join(cwd, 'labels.txt')])
    for (const [lexicon, kind] of [['labels.txt', 'a FIFO'], ['/dev/zero', 'a character device']]) {
      for (const command of [['convert', 'corpus', '-o', 'out'], ['parse', 'corpus/page-000.txt']]) {
        const run = await cli([...command, '--lexicon', lexicon!], {cwd, timeout: 60_000})
        expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `${lexicon}:1: Cannot read lexicon: not a regular file (${kind})\n`])
      }
    }
  }, 120_000)

  test('reports a symbolic link loop named as an input, and converts the rest', async () => {
    const cwd = await workspace(pages(2))
    await symlink('loop', path.join(cwd, 'loop'))
    const run = await cli(['convert', 'loop', 'corpus', '-o', 'out', '-q'], {cwd, timeout: 60_000})
    const report = lines(run.stderr)

    expect(run.code).toBe(1)
    expect(report[0]).toBe('loop: cannot read file: ELOOP: too many symbolic links encountered')
    expect(summaryPattern.exec(report.at(-1) ?? '')?.slice(1)).toEqual(['3', '2', '0', '1'])
    expect(await listFiles(path.join(cwd, 'out'))).toEqual(pageOutputs(2))
  }, 120_000)
})

describe('convert: files that change while the batch runs', () => {
  // Parsing page-000 deletes page-020 and turns page-021 into a folder, after both were found and
  // before either is read (see `vanishPlugin`): on the main thread and on two workers.
  const changes = {remove: ['corpus/page-020.txt'], folder: ['corpus/page-021.txt']}
  const cases = [
    ['-j', '1', '-o', 'out'],
    ['-j', '2', '-o', 'out'],
    ['-j', '2', '--jsonl', 'all.jsonl']
  ]

  for (const options of cases) {
    test(`reports a file that vanished and one that became a folder, and converts the rest (${options.join(' ')})`, async () => {
      const cwd = await workspace({...pages(poolSized), ...vanishConfig, 'corpus/page-000.txt': vanishingPage(changes)})
      const run = await cli(['convert', 'corpus', '-q', ...options], {cwd})
      const report = lines(run.stderr)

      expect(run.code).toBe(1)
      expect(report.slice(0, -1)).toEqual([
        'corpus/page-020.txt: cannot read file: ENOENT: no such file or directory',
        'corpus/page-021.txt: cannot read file: not a regular file (a folder)'
      ])
      expect(summaryPattern.exec(report.at(-1) ?? '')?.slice(1)).toEqual([
        String(poolSized),
        String(poolSized - 2),
        '0',
        '2'
      ])
      if (options.includes('-o')) expect(await listFiles(path.join(cwd, 'out'))).toEqual(pageOutputs(poolSized, [20, 21]))
      else expect(await recordPaths(path.join(cwd, 'all.jsonl'))).toEqual(pagePaths(poolSized, [20, 21]))
    })
  }
})

describe('convert --fail-fast', () => {
  for (const concurrency of ['1', '2']) {
    test(`stops at the first failure, says how many were left, and exits 1 (--concurrency ${concurrency})`, async () => {
      const cwd = await workspace({...pages(poolSized), 'corpus/page-003.txt': ''})
      const run = await cli(['convert', 'corpus', '-o', 'out', '-q', '--fail-fast', '-j', concurrency], {cwd})
      const output = lines(run.stderr)
      const summary = summaryPattern.exec(output.at(-1) ?? '')
      const done = Number(summary?.[1])

      expect(run.code).toBe(1)
      expect(output[0]).toBe(
        'corpus/page-003.txt:1:1 error Unexpected empty document, expected a profession profile empty-document'
      )
      // Documents already started when the failure came back still finish and are counted.
      expect(done).toBeGreaterThanOrEqual(4)
      expect(done).toBeLessThan(poolSized)
      expect(output.at(-2)).toBe(`stopped at the first failure (--fail-fast): ${poolSized - done} files not converted`)
      expect(summary?.slice(2)).toEqual([String(done - 1), '0', '1'])
      expect(await listFiles(path.join(cwd, 'out'))).toEqual(pageOutputs(done, [3]))
    })
  }

  test('changes nothing when no file fails', async () => {
    const cwd = await workspace(pages(3))
    const run = await cli(['convert', 'corpus', '-o', 'out', '--fail-fast'], {cwd})

    expect(run.code).toBe(0)
    expect(summaryPattern.exec(lines(run.stderr).at(-1) ?? '')?.slice(1)).toEqual(['3', '3', '0', '0'])
  })
})
