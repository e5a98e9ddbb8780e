import {execFileSync} from 'node:child_process'
import {readdir, readFile, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {bakerText} from '../cli/documents.js'
import {build, cli} from '../cli/run.js'
import {vanishConfig, vanishingPage, workspace} from '../convert/helpers.js'
import {validProfile} from './rule-tester.js'

/*
 * `validate` under faults: symlink loops, files that cannot be read, files
 * that change while it runs. Each file that fails gets one error message at
 * 1:1 naming it; the others are still checked. Runs are killed after a
 * minute, so a hang fails the test instead of stalling the suite.
 */

beforeAll(build, 120_000)

interface FileResult {
  file: string
  messages: Array<{ruleId: string | null; severity: number | string; message?: string; reason?: string; line: number; column: number}>
}

/** `[file, first message's text]` for each file of a `--reporter json` run. */
function summary(stdout: string): Array<[string, string | undefined]> {
  return (JSON.parse(stdout) as FileResult[]).map(({file, messages}) => [file, messages[0]?.message ?? messages[0]?.reason])
}

describe('validate: symlink loops', () => {
  test('ends on folder links that loop, checking each file once (a folder and a glob)', async () => {
    const cwd = await workspace({'p/a.md': validProfile, 'p/x/y/b.md': validProfile, 'other/c.md': validProfile})
    await symlink('..', path.join(cwd, 'p/x/up'))
    await symlink('.', path.join(cwd, 'p/self'))
    await symlink('../../other', path.join(cwd, 'p/x/y/to-other'))
    await symlink('../p/x', path.join(cwd, 'other/to-x'))
    const folder = await cli(['validate', 'p', 'other', '--reporter', 'json', '-q'], {cwd, timeout: 60_000})
    const glob = await cli(['validate', 'p/**/*.md', '--reporter', 'json', '-q'], {cwd, timeout: 60_000})

    expect(folder.code).toBe(0)
    expect(summary(folder.stdout)).toEqual([
      ['other/c.md', undefined],
      ['p/a.md', undefined],
      ['p/x/y/b.md', undefined]
    ])
    expect(glob.code).toBe(0)
    expect(summary(glob.stdout)).toEqual([
      ['p/a.md', undefined],
      ['p/x/y/b.md', undefined]
    ])
  }, 120_000)

  test('exits 2 naming an input that is a symlink loop', async () => {
    const cwd = await workspace()
    await symlink('loop', path.join(cwd, 'loop'))
    const run = await cli(['validate', 'loop'], {cwd, timeout: 60_000})
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'loop: ELOOP: too many symbolic links encountered\n'])
  }, 120_000)
})

describe('validate: files that cannot be read', () => {
  test('gives dangling links, FIFOs and devices an error each, without waiting on them, and checks the rest (exit 1)', async () => {
    const cwd = await workspace({'p/a.md': validProfile, 'p/z.md': validProfile})
    await symlink('nowhere.md', path.join(cwd, 'p/b-dangling.md'))
    execFileSync('mkfifo', [path.join(cwd, 'p/c-fifo.md')])
    await symlink('/dev/zero', path.join(cwd, 'p/d-zero.md'))
    execFileSync('mkfifo', [path.join(cwd, 'named.txt')])
    const run = await cli(['validate', 'p', 'named.txt', '--reporter', 'json', '-q'], {cwd, timeout: 60_000})

    expect(run.code).toBe(1)
    expect(summary(run.stdout)).toEqual([
      ['named.txt', 'Cannot read file: not a regular file (a FIFO)'],
      ['p/a.md', undefined],
      ['p/b-dangling.md', 'Cannot read file: ENOENT: no such file or directory'],
      ['p/c-fifo.md', 'Cannot read file: not a regular file (a FIFO)'],
      ['p/d-zero.md', 'Cannot read file: not a regular file (a character device)'],
      ['p/z.md', undefined]
    ])
  }, 120_000)

  test('gives a file that vanished, and one that became a folder, after they were found an error each', async () => {
    // Checking p/a.txt (first in path order) removes p/b.md and turns p/c.md into a folder (see `vanishPlugin`).
    const cwd = await workspace({
      ...vanishConfig,
      'p/a.txt': vanishingPage({remove: ['p/b.md'], folder: ['p/c.md']}),
      'p/b.md': validProfile,
      'p/c.md': validProfile,
      'p/d.md': validProfile
    })
    const run = await cli(['validate', 'p', '--reporter', 'json', '-q'], {cwd, timeout: 60_000})

    expect(run.code).toBe(1)
    expect(summary(run.stdout)).toEqual([
      ['p/a.txt', undefined],
      ['p/b.md', 'Cannot read file: ENOENT: no such file or directory'],
      ['p/c.md', 'Cannot read file: not a regular file (a folder)'],
      ['p/d.md', undefined]
    ])
  }, 120_000)
})

describe('validate --update-baseline on a full disk', () => {
  /** The valid profile with `count` skills that lack a description: a warning each, recorded in the baseline. */
  function undescribed(count: number): string {
    const skills = Array.from({length: count}, (_, index) => `- **Skill number ${index}**`)
    return validProfile.replace('- **Knead dough**: Work dough by hand or machine until it is smooth.', skills.join('\n'))
  }

  test('exits 2 naming the baseline, and keeps the old one whole', async () => {
    const cwd = await workspace({'a.md': undescribed(2)})
    const first = await cli(['validate', 'a.md', '--update-baseline'], {cwd})
    const old = await readFile(path.join(cwd, '.profession-parser-baseline.json'), 'utf8')
    await writeFile(path.join(cwd, 'a.md'), undescribed(600))
    // Files the CLI writes are limited to 4 kB (8 kB where the shell counts 1 KiB blocks); 600 fingerprints take some 14 kB.
    const run = await cli(['validate', 'a.md', '--update-baseline'], {cwd, fileSizeLimit: 4096})

    expect(first.code).toBe(0)
    expect(Object.keys((JSON.parse(old) as {files: Record<string, unknown>}).files)).toEqual(['a.md'])
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      '.profession-parser-baseline.json: cannot write baseline: EFBIG: file too large\n'
    ])
    expect(await readFile(path.join(cwd, '.profession-parser-baseline.json'), 'utf8')).toBe(old)
    expect(await readdir(cwd)).toEqual(['.profession-parser-baseline.json', 'a.md'])

    // Without the limit, the same update succeeds: the failure came from the disk.
    const unlimited = await cli(['validate', 'a.md', '--update-baseline'], {cwd})
    expect(unlimited.code).toBe(0)
    expect((await readFile(path.join(cwd, '.profession-parser-baseline.json'))).byteLength).toBeGreaterThan(8192)
  })
})

// The page `vanishingPage` builds on must itself pass, or the first row above would not be `undefined`.
test('the baker page validates without errors', async () => {
  const cwd = await workspace({'a.txt': bakerText})
  expect((await cli(['validate', 'a.txt', '-q'], {cwd})).code).toBe(0)
})
