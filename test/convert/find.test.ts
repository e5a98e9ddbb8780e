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

  test('refuses a file named as an input inside the output folder, exit 2, before anything runs', async () => {
    const cwd = await workspace({...files, 'out/x.json': '{}'})

    await expect(find(['corpus/a.txt', 'out/x.json'], {cwd, ignore: [], outDir: `${cwd}/out`})).rejects.toMatchObject({
      message: 'out/x.json: refusing to read a file that is inside the output folder: converting would overwrite an input',
      exitCode: 2
    })
    // A folder or glob that reaches into it leaves it out without a word, as before.
    const found = await find(['.'], {cwd, ignore: [], outDir: `${cwd}/out`})
    expect(found.jobs.map((job) => job.source.path)).toEqual(['corpus/a.txt', 'corpus/sub/b.md', 'corpus/sub/c.txt'])
  })
})
