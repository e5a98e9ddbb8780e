import {execFileSync} from 'node:child_process'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {loadLexicon, NotAFileError, parseFile} from '../../src/index.js'

let directory = ''

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'profession-parser-'))
})

afterAll(async () => {
  await rm(directory, {recursive: true, force: true})
})

describe('parseFile', () => {
  test('reads a `.md` file as Markdown', async () => {
    const path = join(directory, 'baker.md')
    await writeFile(path, '# Baker\n\n## Job titles\n\n- Baker\n')
    const result = await parseFile(path)

    expect(result.format).toBe('markdown')
    expect(result.profession.title).toBe('Baker')
    expect(result.profession.jobTitles).toEqual(['Baker'])
  })

  test('reads any other file as text, even when it looks like Markdown', async () => {
    const path = join(directory, 'baker.txt')
    await writeFile(path, '# Baker\n\nCommon job titles\n\n• Baker\n')
    const result = await parseFile(path)

    expect(result.format).toBe('text')
  })

  test('lets `format` override the extension', async () => {
    const path = join(directory, 'override.txt')
    await writeFile(path, '# Baker\n\n## Job titles\n\n- Baker\n')
    const result = await parseFile(path, {format: 'markdown'})

    expect(result.format).toBe('markdown')
    expect(result.profession.title).toBe('Baker')
  })

  test('puts the path on every message', async () => {
    const path = join(directory, 'empty.txt')
    await writeFile(path, '')
    const result = await parseFile(path)

    expect(result.messages.map((message) => [message.ruleId, message.file])).toEqual([
      ['empty-document', path]
    ])
  })

  test('decodes the file’s bytes (BOM, invalid UTF-8)', async () => {
    const path = join(directory, 'bytes.txt')
    await writeFile(
      path,
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('Profession baker\n\nCommon job titles\n\n• Bak'),
        Buffer.from([0xff]),
        Buffer.from('er\n')
      ])
    )
    const result = await parseFile(path)

    expect(result.profession.title).toBe('baker')
    expect(result.profession.jobTitles).toEqual(['Bak\uFFFDer'])
    expect(result.messages.map((message) => message.ruleId)).toEqual(['invalid-utf8'])
  })

  test('rejects with the fs error when the file is missing', async () => {
    await expect(parseFile(join(directory, 'missing.txt'))).rejects.toMatchObject({code: 'ENOENT'})
  })
})

describe('parseFile and loadLexicon: paths that are not regular files', () => {
  test('a FIFO is refused at once, not waited on (no writer ever comes)', async () => {
    const fifo = join(directory, 'pipe.md')
    execFileSync('mkfifo', [fifo])

    await expect(parseFile(fifo)).rejects.toThrow(new NotAFileError('a FIFO'))
    await expect(loadLexicon(fifo)).rejects.toThrow(`${fifo}:1: Cannot read lexicon: not a regular file (a FIFO)`)
  })

  test('a folder is refused with what it is', async () => {
    const folder = join(directory, 'folder.md')
    await mkdir(folder)

    await expect(parseFile(folder)).rejects.toBeInstanceOf(NotAFileError)
    await expect(parseFile(folder)).rejects.toThrow('not a regular file (a folder)')
    await expect(loadLexicon(folder)).rejects.toThrow('Cannot read lexicon: not a regular file (a folder)')
  })

  test('a missing file keeps the fs error and its code', async () => {
    await expect(parseFile(join(directory, 'missing.md'))).rejects.toMatchObject({code: 'ENOENT'})
  })
})
