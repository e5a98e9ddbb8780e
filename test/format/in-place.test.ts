import {lstat, mkdtemp, readdir, readFile, readlink, stat, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {writeInPlace} from '../../src/cli/format/in-place.js'

describe('writeInPlace', () => {
  test('replaces a file’s content, keeps its permissions and leaves no temporary file', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'in-place-'))
    const file = path.join(folder, 'a.md')
    await writeFile(file, 'old\n', {mode: 0o640})
    await writeInPlace(file, 'new\n')

    expect(await readFile(file, 'utf8')).toBe('new\n')
    expect((await stat(file)).mode & 0o777).toBe(0o640)
    expect(await readdir(folder)).toEqual(['a.md'])
  })

  test('writes through a symlink: the link stays a link, the file it points to gets the content', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'in-place-'))
    await writeFile(path.join(folder, 'real.md'), 'old\n')
    await symlink('real.md', path.join(folder, 'link.md'))
    await writeInPlace(path.join(folder, 'link.md'), 'new\n')

    expect((await lstat(path.join(folder, 'link.md'))).isSymbolicLink()).toBe(true)
    expect(await readlink(path.join(folder, 'link.md'))).toBe('real.md')
    expect(await readFile(path.join(folder, 'real.md'), 'utf8')).toBe('new\n')
    expect((await readdir(folder)).sort()).toEqual(['link.md', 'real.md'])
  })
})
