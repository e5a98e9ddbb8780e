import {lstat, mkdir, readFile, symlink} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {bakerMarkdown, bakerText} from '../cli/documents.js'
import {build, cli, listFiles, lines, pages, poolSized, summaryPattern, workspace, writeFiles} from './helpers.js'

beforeAll(build, 120_000)

describe('convert: symlinks', () => {
  test('ends on symlink loops, converting each document once', async () => {
    const cwd = await workspace({'corpus/a.txt': bakerText, 'corpus/x/y/b.txt': bakerText, 'other/c.txt': bakerText})
    // Up the tree, to itself, and across two folders that point at each other.
    await symlink('..', path.join(cwd, 'corpus/x/up'))
    await symlink('.', path.join(cwd, 'corpus/self'))
    await symlink('../../other', path.join(cwd, 'corpus/x/y/to-other'))
    await symlink('../corpus/x', path.join(cwd, 'other/to-x'))
    const run = await cli(['convert', 'corpus', 'other', '-o', 'out', '-q'], {cwd, timeout: 60_000})
    const glob = await cli(['convert', 'corpus/**/*.txt', '-o', 'globbed', '-q'], {cwd, timeout: 60_000})

    expect(run.code).toBe(0)
    expect(summaryPattern.exec(lines(run.stderr).at(-1) ?? '')?.slice(1)).toEqual(['3', '3', '0', '0'])
    expect(await listFiles(path.join(cwd, 'out'))).toEqual(['a.json', 'c.json', 'x/y/b.json'])
    expect(glob.code).toBe(0)
    expect(await listFiles(path.join(cwd, 'globbed'))).toEqual(['a.json', 'x/y/b.json'])
  }, 120_000)

  test('converts a symlink to a file like a file, and follows a symlinked input folder', async () => {
    const cwd = await workspace({'real/a.txt': bakerText, 'pages/b.md': bakerMarkdown})
    await symlink('../real/a.txt', path.join(cwd, 'pages/linked.txt'))
    await symlink('pages', path.join(cwd, 'entry'))
    const run = await cli(['convert', 'entry', '-o', 'out', '-q'], {cwd})

    expect(run.code).toBe(0)
    expect(await listFiles(path.join(cwd, 'out'))).toEqual(['b.json', 'linked.json'])
  })
})

describe('convert: output confinement through the worker pool', () => {
  test('writes only inside the output folder, whatever the input paths', async () => {
    const top = await workspace({...pages(poolSized, 'work/corpus'), 'outside/b.txt': bakerText, 'abs/c.md': bakerMarkdown})
    const cwd = path.join(top, 'work')
    await mkdir(path.join(top, 'elsewhere'))
    await mkdir(path.join(cwd, 'out'))
    await symlink(path.join(top, 'elsewhere'), path.join(cwd, 'out/sub'))
    await writeFiles(cwd, {'corpus/sub/d.txt': bakerText})
    const before = await listFiles(top)

    const run = await cli(
      ['convert', '../outside/b.txt', path.join(top, 'abs/c.md'), 'corpus/../corpus/*.txt', 'corpus', '-o', 'out', '-q', '-j', '2'],
      {cwd}
    )
    const added = (await listFiles(top)).filter((file) => !before.includes(file))

    expect(run.code).toBe(1)
    expect(lines(run.stderr)[0]).toMatch(/^corpus\/sub\/d\.txt: cannot write out\/sub\/d\.json: refusing to write outside/)
    expect(added.every((file) => file.startsWith('work/out/'))).toBe(true)
    expect(added).toHaveLength(poolSized + 2)
    expect(added).toContain('work/out/b.json')
    expect(added).toContain('work/out/c.json')
    expect(await listFiles(path.join(top, 'elsewhere'))).toEqual([])
    expect(await readFile(path.join(top, 'outside/b.txt'), 'utf8')).toBe(bakerText)
  })

  test('replaces a symlink at an output’s own name rather than writing through it', async () => {
    const cwd = await workspace({'corpus/a.txt': bakerText, 'outside/a.json': 'not to be replaced\n'})
    await mkdir(path.join(cwd, 'out'))
    await symlink('../outside/a.json', path.join(cwd, 'out/a.json'))
    const run = await cli(['convert', 'corpus', '-o', 'out', '-q'], {cwd})

    expect(run.code).toBe(0)
    expect(await readFile(path.join(cwd, 'outside/a.json'), 'utf8')).toBe('not to be replaced\n')
    expect(JSON.parse(await readFile(path.join(cwd, 'out/a.json'), 'utf8'))).toMatchObject({title: 'baker'})
    expect((await lstat(path.join(cwd, 'out/a.json'))).isFile()).toBe(true)
  })
})
