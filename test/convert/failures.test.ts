import {symlink} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {bakerText} from '../cli/documents.js'
import {build, cli, listFiles, lines, pages, poolSized, summaryPattern, workspace} from './helpers.js'

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
