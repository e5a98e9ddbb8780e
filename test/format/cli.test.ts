import {mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile, chmod} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {Readable, Writable} from 'node:stream'
import {afterEach, describe, expect, test} from 'vitest'
import {main} from '../../src/cli/main.js'
import {format, formatProfession, parse} from '../../src/index.js'

const page = 'Profession baker\n\nBakers bake bread.\n\nPersonality Type\n\n  • Realistic / Conventional\n\nCommon job titles\n\n  • Baker\n  • Pastry baker\n'
const canonical = format(page)
const html = '<!doctype html><h1>Profession baker</h1><p>Bakers bake bread.</p><h2>Personality Type</h2><ul><li>Realistic / Conventional</li></ul><h2>Common job titles</h2><ul><li>Baker<li>Pastry baker</ul>'

const folders: string[] = []
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, {recursive: true, force: true})))
})

/** A temporary folder holding `files`. */
async function workspace(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'profession-parser-format-'))
  folders.push(folder)
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), {recursive: true})
    await writeFile(path.join(folder, name), content)
  }

  return folder
}

/** Run the CLI in this process. */
async function run(args: string[], stdin = ''): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const sink = (write: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        write(chunk.toString())
        callback()
      }
    })
  const code = await main(['format', ...args], {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text))
  })
  return {code, stdout, stderr}
}

describe('profession-parser format', () => {
  test('prints one document as canonical Markdown, whatever its format', async () => {
    const folder = await workspace({'baker.txt': page, 'baker.html': html})
    const text = await run([path.join(folder, 'baker.txt'), '--quiet'])
    expect(text).toEqual({code: 0, stdout: canonical, stderr: ''})
    expect((await run([path.join(folder, 'baker.html')])).stdout).toBe(canonical)
    expect((await run(['-'], page)).stdout).toBe(canonical)
  })

  test('reads --format as parse does', async () => {
    const folder = await workspace({'saved.txt': html})
    expect((await run([path.join(folder, 'saved.txt'), '--format', 'html'])).stdout).toBe(canonical)
  })

  test('reads --locale as parse does, and writes canonical (English) headings', async () => {
    const dutch = 'Beroep bakker\n\nBakkers bakken brood.\n\nPersoonlijkheidstype\n\n  • Realistisch / Conventioneel\n\nVeelvoorkomende functietitels\n\n  • Broodbakker\n'
    const folder = await workspace({'bakker.txt': dutch})
    const english = (await run([path.join(folder, 'bakker.txt'), '--locale', 'en'])).stdout
    const result = await run([path.join(folder, 'bakker.txt'), '--locale', 'nl'])

    expect(result.stdout).toBe(format(dutch, {locale: 'nl'}))
    expect(result.stdout).toContain('## Personality type\n\n- Realistic / Conventional\n')
    expect(english).not.toContain('Realistic')
    expect(await run([path.join(folder, 'bakker.txt'), '--locale', 'xx'])).toMatchObject({code: 2, stdout: ''})
  })

  test('--out-dir writes <stem>.md below the folder as below its input folder', async () => {
    const folder = await workspace({'in/baker.txt': page, 'in/web/baker-page.html': html, 'in/notes.json': '{}'})
    const out = path.join(folder, 'out')
    const result = await run([path.join(folder, 'in'), '--out-dir', out, '-q'])
    expect(result).toEqual({code: 0, stdout: '', stderr: '2 files: 2 written, 0 failed\n'})
    expect((await readdir(out, {recursive: true})).sort()).toEqual(['baker.md', 'web', path.join('web', 'baker-page.md')])
    expect(await readFile(path.join(out, 'baker.md'), 'utf8')).toBe(canonical)
    expect(parse(await readFile(path.join(out, 'web', 'baker-page.md'))).profession).toEqual(parse(html).profession)

    const globbed = path.join(folder, 'globbed')
    expect((await run([`${folder}/in/**/*.html`, '-o', globbed])).code).toBe(0)
    expect(await readdir(globbed, {recursive: true})).toEqual(['web', path.join('web', 'baker-page.md')])
  })

  test('--check lists the files that are not canonical and exits 1; 0 when all are', async () => {
    const folder = await workspace({'a.md': canonical, 'b.md': canonical.replace('- Baker', '* Baker'), 'c.txt': page})
    const result = await run([folder, '--check', '-q'])
    expect(result).toEqual({
      code: 1,
      stdout: `${folder}/b.md\n${folder}/c.txt\n`,
      stderr: '3 files: 2 not canonical, 0 failed\n'
    })
    expect(await run([path.join(folder, 'a.md'), '--check'])).toEqual({code: 0, stdout: '', stderr: '1 file: 0 not canonical, 0 failed\n'})
  })

  test('--write rewrites Markdown in place, keeps its permissions, and never touches other documents', async () => {
    const messy = '# baker\n\nBakers bake bread.\n\n## Personality Type\n* Realistic / Conventional\n\n## Job titles\n* Baker\n* Pastry baker\n'
    const folder = await workspace({'a.md': messy, 'b.md': canonical, 'c.txt': page})
    await chmod(path.join(folder, 'a.md'), 0o640)
    const result = await run([path.join(folder, 'a.md'), path.join(folder, 'b.md'), path.join(folder, 'c.txt'), '--write', '-q'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `${path.join(folder, 'c.txt')}: not rewritten: --write only rewrites Markdown files (.md, .markdown); use --out-dir for other documents\n` +
        '3 files: 1 rewritten, 1 failed\n'
    )
    expect(await readFile(path.join(folder, 'a.md'), 'utf8')).toBe(canonical)
    expect((await stat(path.join(folder, 'a.md'))).mode & 0o777).toBe(0o640)
    expect(await readFile(path.join(folder, 'c.txt'), 'utf8')).toBe(page)
    expect((await readdir(folder)).sort()).toEqual(['a.md', 'b.md', 'c.txt'])
  })

  test('--write leaves a document with an error as it is', async () => {
    const folder = await workspace({'notes.md': '# Notes\n\nNothing about a profession here.\n'})
    const result = await run([path.join(folder, 'notes.md'), '--write'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('error Unexpected document without profession sections')
    expect(result.stderr).toContain('notes.md: not written: the document has errors\n')
    expect(await readFile(path.join(folder, 'notes.md'), 'utf8')).toBe('# Notes\n\nNothing about a profession here.\n')
  })

  test('exits 2 on usage errors', async () => {
    const folder = await workspace({'a.md': canonical, 'b.md': canonical, 'sub/a.txt': page})
    const cases = [
      [[path.join(folder, 'a.md'), path.join(folder, 'b.md')], 'format takes one file'],
      [[path.join(folder, 'a.md'), '--check', '--write'], 'cannot be combined'],
      [['-', '--write'], 'standard input'],
      [[path.join(folder, 'missing.md')], 'no such file or folder'],
      [[path.join(folder, 'a.md'), path.join(folder, 'sub', 'a.txt'), '--out-dir', path.join(folder, 'out')], 'same file'],
      [[path.join(folder, 'b.md'), '--out-dir', folder], 'refusing to write']
    ] as const
    for (const [args, message] of cases) {
      const result = await run([...args])
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toContain(message)
    }
  })
})

test('canonical output round-trips through the CLI', async () => {
  const value = parse(page).profession
  expect(parse(formatProfession(value)).profession).toEqual(value)
})
