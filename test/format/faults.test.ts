import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {mkdir, readdir, readFile, stat, symlink} from 'node:fs/promises'
import path from 'node:path'
import {setTimeout as delay} from 'node:timers/promises'
import {beforeAll, describe, expect, test} from 'vitest'
import {format} from '../../src/index.js'
import {bakerMarkdown, bakerText} from '../cli/documents.js'
import {build, cli, listFiles} from '../cli/run.js'
import {bigProfile, lines, start, workspace, writeFiles} from '../convert/helpers.js'

/*
 * `format` under faults, run as a user runs it (the built CLI in a child
 * process): symlink loops, files that cannot be read, a full disk, `kill -9`,
 * and outputs confined to `--out-dir`.
 */

beforeAll(build, 120_000)

/** `count` distinct Markdown profiles, `in/page-0000.md` …, none of them canonical. */
function profiles(count: number, folder = 'in'): Record<string, string> {
  const files: Record<string, string> = {}
  for (let index = 0; index < count; index++) {
    const name = String(index).padStart(4, '0')
    files[`${folder}/page-${name}.md`] = bakerMarkdown.replace('# Baker', `# Baker ${name}`)
  }

  return files
}

describe('format: symlink loops', () => {
  test('ends on folder links that loop, formatting each document once (a folder and a glob)', async () => {
    const cwd = await workspace({'in/a.md': bakerMarkdown, 'in/x/y/b.txt': bakerText, 'other/c.md': bakerMarkdown})
    await symlink('..', path.join(cwd, 'in/x/up'))
    await symlink('.', path.join(cwd, 'in/self'))
    await symlink('../../other', path.join(cwd, 'in/x/y/to-other'))
    await symlink('../in/x', path.join(cwd, 'other/to-x'))
    const folder = await cli(['format', 'in', 'other', '-o', 'out', '-q'], {cwd, timeout: 60_000})
    const glob = await cli(['format', 'in/**/*.md', '--check', '-q'], {cwd, timeout: 60_000})

    expect([folder.code, folder.stderr]).toEqual([0, '3 files: 3 written, 0 failed\n'])
    expect(await listFiles(path.join(cwd, 'out'))).toEqual(['a.md', 'c.md', 'x/y/b.md'])
    expect([glob.code, glob.stdout, glob.stderr]).toEqual([1, 'in/a.md\n', '1 file: 1 not canonical, 0 failed\n'])
  }, 120_000)

  test('exits 2 naming an input that is a symlink loop', async () => {
    const cwd = await workspace()
    await symlink('loop', path.join(cwd, 'loop'))
    const run = await cli(['format', 'loop', '--check'], {cwd, timeout: 60_000})
    expect([run.code, run.stderr]).toEqual([2, 'loop: ELOOP: too many symbolic links encountered\n'])
  }, 120_000)
})

describe('format: files that cannot be read', () => {
  for (const mode of [['-o', 'out'], ['--check'], ['--write']]) {
    test(`reports dangling links, FIFOs and devices without waiting on them, and formats the rest (${mode[0]})`, async () => {
      const cwd = await workspace({'in/a.md': bakerMarkdown, 'in/z.md': bakerMarkdown})
      await symlink('nowhere.md', path.join(cwd, 'in/b-dangling.md'))
      execFileSync('mkfifo', [path.join(cwd, 'in/c-fifo.md')])
      await symlink('/dev/zero', path.join(cwd, 'in/d-zero.md'))
      const run = await cli(['format', 'in', ...mode, '-q'], {cwd, timeout: 60_000})
      const report = lines(run.stderr)

      expect(run.code).toBe(1)
      expect(report.slice(0, -1)).toEqual([
        'in/b-dangling.md: cannot read file: ENOENT: no such file or directory',
        'in/c-fifo.md: cannot read file: not a regular file (a FIFO)',
        'in/d-zero.md: cannot read file: not a regular file (a character device)'
      ])
      expect(report.at(-1)).toMatch(/^5 files: 2 (written|not canonical|rewritten), 3 failed$/)
      if (mode[0] === '-o') expect(await listFiles(path.join(cwd, 'out'))).toEqual(['a.md', 'z.md'])
      if (mode[0] === '--write') expect(await readFile(path.join(cwd, 'in/z.md'), 'utf8')).toBe(format(bakerMarkdown))
    }, 120_000)
  }
})

describe('format on a full disk', () => {
  // As in test/convert/disk.test.ts: files the CLI writes are limited to 64 kB; the big profile's Markdown is some 140 kB.
  const limit = 64 * 1024

  test('--out-dir: fails the document that cannot be written, naming it, leaves no partial file, and writes the rest', async () => {
    const cwd = await workspace({'in/a.md': bakerMarkdown, 'in/big.md': bigProfile(), 'in/z.txt': bakerText})
    const run = await cli(['format', 'in', '-o', 'out', '-q'], {cwd, fileSizeLimit: limit})

    expect(run.code).toBe(1)
    expect(lines(run.stderr)).toEqual(['in/big.md: cannot write out/big.md: EFBIG: file too large', '3 files: 2 written, 1 failed'])
    expect(await readdir(path.join(cwd, 'out'))).toEqual(['a.md', 'z.md'])
  })

  test('--write: leaves the file that cannot be rewritten as it was, with no temporary file beside it', async () => {
    const big = bigProfile()
    const cwd = await workspace({'in/a.md': bakerMarkdown, 'in/big.md': big})
    const run = await cli(['format', 'in', '--write', '-q'], {cwd, fileSizeLimit: limit})

    expect(run.code).toBe(1)
    expect(lines(run.stderr)).toEqual(['in/big.md: cannot write in/big.md: EFBIG: file too large', '2 files: 1 rewritten, 1 failed'])
    expect(await readFile(path.join(cwd, 'in/big.md'), 'utf8')).toBe(big)
    expect(await readFile(path.join(cwd, 'in/a.md'), 'utf8')).toBe(format(bakerMarkdown))
    expect(await readdir(path.join(cwd, 'in'))).toEqual(['a.md', 'big.md'])
  })

  test('the big profile is rewritten when nothing limits the writes', async () => {
    // So the failures above come from the limit, not from the document.
    const cwd = await workspace({'in/big.md': bigProfile()})
    const run = await cli(['format', 'in', '--write', '-q'], {cwd})
    expect([run.code, run.stderr]).toEqual([0, '1 file: 1 rewritten, 0 failed\n'])
    expect((await stat(path.join(cwd, 'in/big.md'))).size).toBeGreaterThan(2 * limit)
  })
})

describe('format killed with SIGKILL mid-run', () => {
  /** Enough documents that a run is still going when it is killed. */
  const batch = 3000
  /** The document whose output shows the run is well under way. */
  const mark = 'page-0200'

  /** Kill the CLI once `ready` says it is well under way; resolves to the signal it died of. */
  async function killWhen(args: readonly string[], cwd: string, ready: () => Promise<boolean>): Promise<string | null> {
    const child = start(args, cwd)
    const ended = new Promise<string | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)))
    // Up to a minute: a loaded machine may be slow to get under way.
    for (let tries = 0; tries < 6000 && child.exitCode === null; tries++) {
      if (await ready()) break
      await delay(10)
    }

    child.kill('SIGKILL')
    return ended
  }

  test('--out-dir leaves only whole Markdown files', async () => {
    const cwd = await workspace(profiles(batch))
    const out = path.join(cwd, 'out')
    const signal = await killWhen(['format', 'in', '-o', 'out', '-q'], cwd, async () => existsSync(path.join(out, `${mark}.md`)))
    const files = await listFiles(out)
    const visible = files.filter((file) => !file.startsWith('.'))

    expect(signal).toBe('SIGKILL')
    expect(visible.length).toBeGreaterThanOrEqual(201)
    expect(visible.length).toBeLessThan(batch)
    for (const file of visible) {
      const name = file.replace(/\.md$/, '')
      expect(readFileSync(path.join(out, file), 'utf8')).toBe(format(bakerMarkdown.replace('# Baker', `# Baker ${name.slice(5)}`)))
    }

    // Whatever a kill leaves half-written is hidden and never named like an output.
    for (const file of files.filter((file) => !visible.includes(file))) expect(file).toMatch(/^\.page-\d+\.md\.[0-9a-f]+\.tmp$/)
  }, 120_000)

  test('--write leaves each file either as it was or wholly rewritten', async () => {
    const cwd = await workspace(profiles(batch))
    const folder = path.join(cwd, 'in')
    const original = (index: number) => bakerMarkdown.replace('# Baker', `# Baker ${String(index).padStart(4, '0')}`)
    const rewritten = async () => (await readFile(path.join(folder, `${mark}.md`), 'utf8')) !== original(200)
    const signal = await killWhen(['format', 'in', '--write', '-q'], cwd, rewritten)
    const files = await readdir(folder)
    const visible = files.filter((file) => !file.startsWith('.'))
    let done = 0

    expect(signal).toBe('SIGKILL')
    expect(visible).toHaveLength(batch)
    for (const [index, file] of visible.sort().entries()) {
      const content = readFileSync(path.join(folder, file), 'utf8')
      if (content !== original(index)) {
        expect(content).toBe(format(original(index)))
        done++
      }
    }

    expect(done).toBeGreaterThanOrEqual(201)
    expect(done).toBeLessThan(batch)
    for (const file of files.filter((file) => !visible.includes(file))) expect(file).toMatch(/^\.page-\d+\.md\.[0-9a-f]+\.tmp$/)
  }, 120_000)
})

describe('format --out-dir: outputs stay inside the output folder', () => {
  test('whatever the input paths: `..`, absolute globs, globs reaching out of their base', async () => {
    const top = await workspace({
      'work/in/a.md': bakerMarkdown,
      'work/in/sub/d.md': bakerMarkdown,
      'outside/b.txt': bakerText,
      'outside/e.md': bakerMarkdown,
      'abs/c.md': bakerMarkdown
    })
    const cwd = path.join(top, 'work')
    const before = await listFiles(top)
    const run = await cli(
      ['format', '../outside/b.txt', `${top}/abs/*.md`, '{in/sub,../outside}/*.md', 'in/../in/a.md', '-o', 'out', '-q'],
      {cwd}
    )
    const added = (await listFiles(top)).filter((file) => !before.includes(file))

    expect([run.code, run.stderr]).toEqual([0, '5 files: 5 written, 0 failed\n'])
    expect(added).toHaveLength(5)
    expect(added.filter((file) => !file.startsWith('work/out/'))).toEqual([])
    expect(added).toEqual(expect.arrayContaining(['work/out/a.md', 'work/out/b.md', 'work/out/c.md', 'work/out/e.md']))
    expect(await readFile(path.join(top, 'outside/e.md'), 'utf8')).toBe(bakerMarkdown)
  })

  test('never writes through a symlink inside the output folder that leads outside it', async () => {
    const top = await workspace({'work/in/a.md': bakerMarkdown, 'work/in/sub/d.md': bakerMarkdown, 'work/in/e.md': bakerMarkdown})
    const cwd = path.join(top, 'work')
    await mkdir(path.join(top, 'elsewhere'))
    await writeFiles(top, {'elsewhere/e.md': 'not to be replaced\n'})
    await mkdir(path.join(cwd, 'out'))
    await symlink(path.join(top, 'elsewhere'), path.join(cwd, 'out/sub'))
    await symlink(path.join(top, 'elsewhere/e.md'), path.join(cwd, 'out/e.md'))
    const run = await cli(['format', 'in', '-o', 'out', '-q'], {cwd})

    expect(run.code).toBe(1)
    expect(lines(run.stderr)[0]).toMatch(/^in\/sub\/d\.md: cannot write out\/sub\/d\.md: refusing to write outside the output folder/)
    expect(lines(run.stderr).at(-1)).toBe('3 files: 2 written, 1 failed')
    expect(await listFiles(path.join(top, 'elsewhere'))).toEqual(['e.md'])
    expect(await readFile(path.join(top, 'elsewhere/e.md'), 'utf8')).toBe('not to be replaced\n')
    // The link at out/e.md itself is replaced by the output, not followed.
    expect(await readFile(path.join(cwd, 'out/e.md'), 'utf8')).toBe(format(bakerMarkdown))
  })
})
