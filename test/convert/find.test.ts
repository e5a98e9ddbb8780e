import {describe, expect, test} from 'vitest'
import {find} from '../../src/cli/convert/find.js'
import {bakerMarkdown, bakerText} from '../cli/documents.js'
import {workspace} from './helpers.js'

const files = {'corpus/a.txt': bakerText, 'corpus/sub/b.md': bakerMarkdown, 'corpus/sub/c.txt': bakerText}

describe('find', () => {
  test('lists every document of one folder once, sorted, with its path below the folder', async () => {
    const cwd = await workspace(files)
    const found = await find(['corpus'], {cwd, ignore: []})

    expect(found.jobs.map((job) => [job.source.path, job.source.relative])).toEqual([
      ['corpus/a.txt', 'a.txt'],
      ['corpus/sub/b.md', 'sub/b.md'],
      ['corpus/sub/c.txt', 'sub/c.txt']
    ])
    expect(found.jobs.every((job) => job.failure === undefined)).toBe(true)
  })

  test('finds a document once when several inputs name it, in whatever form, where the first names it', async () => {
    const cwd = await workspace(files)
    const found = await find(['corpus/sub', 'corpus', './corpus/a.txt', `${cwd}/corpus/sub/c.txt`, 'corpus/**/*.md'], {cwd, ignore: []})

    // The first input to name a document gives its place, its path and its relative path.
    expect(found.jobs.map((job) => job.source.path)).toEqual(['corpus/sub/b.md', 'corpus/sub/c.txt', 'corpus/a.txt'])
    expect(found.jobs.map((job) => job.source.relative)).toEqual(['b.md', 'c.txt', 'a.txt'])
  })

  test('fails a missing input once however often it is typed', async () => {
    const cwd = await workspace(files)
    const found = await find(['missing.txt', 'corpus/sub', 'missing.txt'], {cwd, ignore: []})

    expect(found.jobs.map((job) => [job.source.path, job.failure?.reason.split(':').slice(0, 2).join(':')])).toEqual([
      ['missing.txt', 'missing.txt: cannot read file'],
      ['corpus/sub/b.md', undefined],
      ['corpus/sub/c.txt', undefined]
    ])
  })

  test('leaves out a file named as an input inside the output folder, saying so; a folder reaching in, silently', async () => {
    const cwd = await workspace({...files, 'out/x.json': '{}'})
    const named = await find(['corpus/a.txt', 'out/x.json'], {cwd, ignore: [], outDir: `${cwd}/out`})
    const folder = await find(['.'], {cwd, ignore: [], outDir: `${cwd}/out`})

    expect(named.jobs.map((job) => job.source.path)).toEqual(['corpus/a.txt'])
    expect(named.notRead).toEqual(['out/x.json: not read: it is inside the output folder'])
    expect(folder.jobs.map((job) => job.source.path)).toEqual(['corpus/a.txt', 'corpus/sub/b.md', 'corpus/sub/c.txt'])
    expect(folder.notRead).toEqual([])
  })

  test('refuses, exit 2, a file named as an input that is the --jsonl file, unless it looks like JSON Lines', async () => {
    const cwd = await workspace({...files, 'a.page': bakerText, 'all.jsonl': '{}\n'})
    const outFiles = (name: string) => ({cwd, ignore: [], outFiles: [`${cwd}/${name}`]})

    await expect(find(['corpus/a.txt', 'a.page'], outFiles('a.page'))).rejects.toMatchObject({
      message: 'a.page: refusing to write JSON Lines over a file named as an input',
      exitCode: 2
    })
    // A previous run's output, as `convert * --jsonl all.jsonl` names it again.
    const rerun = await find(['corpus/a.txt', 'all.jsonl'], outFiles('all.jsonl'))
    expect(rerun.jobs.map((job) => job.source.path)).toEqual(['corpus/a.txt'])
    expect(rerun.notRead).toEqual(['all.jsonl: not read: it is the --jsonl output'])
  })
})
