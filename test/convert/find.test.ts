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

  test('finds a document once when several inputs name it, in whatever form', async () => {
    const cwd = await workspace(files)
    const found = await find(['corpus/sub', 'corpus', './corpus/a.txt', `${cwd}/corpus/sub/c.txt`, 'corpus/**/*.md'], {cwd, ignore: []})

    // The first input to name a document gives its path and relative path.
    expect(found.jobs.map((job) => job.source.path)).toEqual(['corpus/a.txt', 'corpus/sub/b.md', 'corpus/sub/c.txt'])
    expect(found.jobs.map((job) => job.source.relative)).toEqual(['a.txt', 'b.md', 'c.txt'])
  })

  test('fails a missing input once however often it is typed', async () => {
    const cwd = await workspace(files)
    const found = await find(['missing.txt', 'corpus/sub', 'missing.txt'], {cwd, ignore: []})

    expect(found.jobs.map((job) => [job.source.path, job.failure?.reason.split(':').slice(0, 2).join(':')])).toEqual([
      ['corpus/sub/b.md', undefined],
      ['corpus/sub/c.txt', undefined],
      ['missing.txt', 'missing.txt: cannot read file']
    ])
  })
})
