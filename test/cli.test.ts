import {existsSync} from 'node:fs'
import {mkdir, readFile, readlink, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Readable, Writable} from 'node:stream'
import {afterEach, beforeAll, describe, expect, test} from 'vitest'
import {main} from '../src/cli/main.js'
import type {Io} from '../src/cli/io.js'
import {severityOf} from '../src/messages/report.js'
import {parse, type ParseOptions} from '../src/parse.js'
import {learnLexicon} from '../src/segment/learn.js'
import {parseLexicon} from '../src/segment/lexicon-file.js'
import {
  bakerInvalidUtf8,
  bakerMarkdown,
  bakerText,
  bakerWithOptional,
  escoCsv,
  labelCsv,
  salesAssistantText,
  shopManagerText
} from './cli/documents.js'
import {build, cli, listFiles, removeTemporary, root, temporary} from './cli/run.js'

const summaryPattern =
  /^(\d+) files?: (\d+) converted \((\d+) with warnings\), (\d+) failed(?: \(\d+ internal errors?\))? in \d+\.\d\d s \(\d+ docs\/s\)$/

const folders: string[] = []

beforeAll(build, 120_000)

afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeTemporary))
})

/** A temporary folder with files in it, removed after the test. */
async function workspace(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const folder = await temporary()
  folders.push(folder)
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), {recursive: true})
    await writeFile(path.join(folder, name), content)
  }

  return folder
}

/** The JSON the CLI should print for a document: what the library parses. */
function expectedJson(input: string | Uint8Array, options: ParseOptions): string {
  return JSON.stringify(parse(input, options).profession, null, 2) + '\n'
}

/** The message lines the CLI should print, built from the library's messages. */
function expectedLines(input: string | Uint8Array, file: string, options: ParseOptions = {}): string[] {
  return parse(input, {...options, file}).messages.map(
    (message) =>
      `${file}:${message.line}:${message.column} ${severityOf(message)} ${message.reason} ${message.ruleId}`
  )
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '')
}

describe('profession-parser parse', () => {
  test('prints the profession as 2-space JSON on stdout and exits 0', async () => {
    const cwd = await workspace({'baker.txt': bakerText})
    const run = await cli(['parse', 'baker.txt'], {cwd})

    expect(run.code).toBe(0)
    expect(run.stdout).toBe(expectedJson(bakerText, {format: 'text'}))
    expect(run.stdout.endsWith('}\n')).toBe(true)
    expect(JSON.parse(run.stdout)).toMatchObject({title: 'baker', jobTitles: ['baker', 'pastry baker']})
  })

  test('prints messages on stderr as `file:line:column severity reason ruleId`', async () => {
    const cwd = await workspace({'baker.txt': bakerText})
    const run = await cli(['parse', 'baker.txt'], {cwd})

    expect(lines(run.stderr)).toEqual(expectedLines(bakerText, 'baker.txt', {format: 'text'}))
    expect(run.stderr).toMatchInlineSnapshot(`
      "baker.txt:5:1 info Dropped promotional boilerplate: “Would you like to know what kind of career and profession…” boilerplate
      "
    `)
  })

  test('reads standard input for `-`, names it <stdin>, and sniffs the format', async () => {
    const cwd = await workspace()
    const text = await cli(['parse', '-'], {cwd, input: bakerText})
    const markdown = await cli(['parse', '-'], {cwd, input: bakerMarkdown})

    expect(text.code).toBe(0)
    expect(text.stdout).toBe(expectedJson(bakerText, {format: 'text'}))
    expect(lines(text.stderr)).toEqual(expectedLines(bakerText, '<stdin>', {format: 'text'}))
    expect(markdown.stdout).toBe(expectedJson(bakerMarkdown, {format: 'markdown'}))
    expect(JSON.parse(markdown.stdout).title).toBe('Baker')
  })

  test('takes the format from the extension unless --format says otherwise', async () => {
    const cwd = await workspace({'baker.md': bakerMarkdown})
    const byExtension = await cli(['parse', 'baker.md'], {cwd})
    const forced = await cli(['parse', 'baker.md', '--format', 'text'], {cwd})

    expect(byExtension.stdout).toBe(expectedJson(bakerMarkdown, {format: 'markdown'}))
    expect(forced.stdout).toBe(expectedJson(bakerMarkdown, {format: 'text'}))
    expect(forced.stdout).not.toBe(byExtension.stdout)
  })

  test('exits 1 on a document with an error, still printing what was found', async () => {
    const cwd = await workspace({'empty.txt': ''})
    const run = await cli(['parse', 'empty.txt'], {cwd})

    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({title: '', knowledge: []})
    expect(run.stderr).toBe(
      'empty.txt:1:1 error Unexpected empty document, expected a profession profile empty-document\n'
    )
  })

  test('exits 1 with a one-line reason naming a file that cannot be read', async () => {
    const cwd = await workspace()
    const run = await cli(['parse', 'producer.txt'], {cwd})

    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('producer.txt: cannot read file: ENOENT: no such file or directory\n')
  })

  test('leaves out info messages with --quiet', async () => {
    const cwd = await workspace({'baker.txt': bakerInvalidUtf8()})
    const loud = await cli(['parse', 'baker.txt'], {cwd})
    const quiet = await cli(['parse', 'baker.txt', '--quiet'], {cwd})

    expect(lines(loud.stderr).map((line) => line.split(' ')[1])).toEqual(['warning', 'info'])
    expect(lines(quiet.stderr)).toEqual([lines(loud.stderr)[0]])
    expect(quiet.stderr).toMatch(/^baker\.txt:3:31 warning .+ invalid-utf8\n$/)
  })

  test('exits 0 on warnings, and 1 with --frail', async () => {
    const cwd = await workspace({'baker.txt': bakerInvalidUtf8()})

    expect((await cli(['parse', 'baker.txt'], {cwd})).code).toBe(0)
    expect((await cli(['parse', 'baker.txt', '--frail'], {cwd})).code).toBe(1)
  })

  test('exits 2 on an unknown option, a bad --format or a missing argument', async () => {
    const cwd = await workspace({'baker.txt': bakerText})
    const unknown = await cli(['parse', 'baker.txt', '--nope'], {cwd})
    const format = await cli(['parse', 'baker.txt', '--format', 'xml'], {cwd})
    const missing = await cli(['parse'], {cwd})

    expect([unknown.code, format.code, missing.code]).toEqual([2, 2, 2])
    expect([unknown.stdout, format.stdout, missing.stdout]).toEqual(['', '', ''])
    expect(lines(unknown.stderr)[0]).toBe("error: unknown option '--nope'")
    expect(lines(format.stderr)[0]).toBe(
      "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, markdown, html, auto."
    )
    expect(lines(missing.stderr)[0]).toBe("error: missing required argument 'file'")
  })
})

describe('help, version and usage', () => {
  test('prints the version from package.json', async () => {
    const {version} = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {version: string}
    const run = await cli(['--version'], {cwd: root})

    expect(run).toEqual({code: 0, stdout: version + '\n', stderr: ''})
  })

  test('documents the commands and options it has', async () => {
    const top = await cli(['--help'], {cwd: root})
    const parseHelp = await cli(['parse', '--help'], {cwd: root})
    const convertHelp = await cli(['help', 'convert'], {cwd: root})

    expect(top.code).toBe(0)
    expect(top.stdout).toMatch(/^Usage: profession-parser \[options\] \[command\]/)
    expect(top.stdout).toMatch(/^ {2}parse \[options\] <file>/m)
    expect(top.stdout).toMatch(/^ {2}convert \[options\] <inputs\.\.\.>/m)
    expect(top.stdout).toContain('--debug')
    expect(parseHelp.stdout).toMatch(/^Usage: profession-parser parse \[options\] <file>/)
    for (const word of ['--format', '--quiet', '--frail', '<stdin>', 'file:line:column severity reason ruleId']) {
      expect(parseHelp.stdout).toContain(word)
    }

    expect(convertHelp.code).toBe(0)
    const convertWords = ['--out-dir <dir>', '--ignore <glob>', '--format', '--learn', 'corpus/a/b.txt → out/a/b.json']
    for (const word of convertWords) {
      expect(convertHelp.stdout).toContain(word)
    }

    for (const help of [parseHelp.stdout, convertHelp.stdout]) {
      for (const word of ['--lexicon <file>', 'ESCO skills CSV', 'a CSV with a label column', 'one label per line']) {
        expect(help.replace(/\s+/g, ' ')).toContain(word)
      }
    }
  })

  test('exits 2 with the help on stderr when no command is given', async () => {
    const run = await cli([], {cwd: root})

    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^Usage: profession-parser/)
  })

  test('shows a stack trace only with --debug, before or after the command', async () => {
    const cwd = await workspace()
    const plain = await cli(['parse', 'missing.txt'], {cwd})
    const before = await cli(['--debug', 'parse', 'missing.txt'], {cwd})
    const after = await cli(['parse', 'missing.txt', '--debug'], {cwd})

    expect(plain.stderr).not.toMatch(/^\s+at /m)
    expect(lines(plain.stderr)).toHaveLength(1)
    for (const run of [before, after]) {
      expect(run.code).toBe(1)
      expect(lines(run.stderr)[0]).toBe(lines(plain.stderr)[0])
      expect(run.stderr).toMatch(/^\s+at .+/m)
    }
  })

  test('turns an unexpected internal error into exit 2 and one line', async () => {
    const cwd = await workspace({'baker.txt': bakerText})
    const failing = async (debug: boolean) => {
      let stderr = ''
      const io: Io = {
        stdin: Readable.from([]),
        stdout: {
          write() {
            throw new Error('disk on fire')
          }
        } as unknown as NodeJS.WritableStream,
        stderr: new Writable({
          write(chunk: Buffer, _encoding, callback) {
            stderr += String(chunk)
            callback()
          }
        })
      }
      const code = await main(['parse', path.join(cwd, 'baker.txt'), ...(debug ? ['--debug'] : [])], io)
      return {code, stderr}
    }

    const plain = await failing(false)
    const debug = await failing(true)

    expect(plain).toEqual({
      code: 2,
      stderr: 'profession-parser: internal error: disk on fire (run with --debug for the stack trace)\n'
    })
    expect(debug.code).toBe(2)
    expect(lines(debug.stderr)[0]).toBe('profession-parser: internal error: disk on fire')
    expect(debug.stderr).toMatch(/^\s+at .+/m)
  })
})

describe('profession-parser convert', () => {
  test('mirrors the paths below a folder, expanding it to supported extensions', async () => {
    const cwd = await workspace({
      'corpus/a/b.txt': bakerText,
      'corpus/c.md': bakerMarkdown,
      'corpus/d.markdown': bakerMarkdown,
      'corpus/e.text': bakerText,
      'corpus/notes.json': '{}',
      'corpus/readme.rst': bakerText
    })
    const run = await cli(['convert', 'corpus/', '--out-dir', 'out'], {cwd})

    expect(run.code).toBe(0)
    expect(await listFiles(path.join(cwd, 'out'))).toEqual(['a/b.json', 'c.json', 'd.json', 'e.json'])
    expect(await readFile(path.join(cwd, 'out/a/b.json'), 'utf8')).toBe(expectedJson(bakerText, {format: 'text'}))
    expect(await readFile(path.join(cwd, 'out/c.json'), 'utf8')).toBe(
      expectedJson(bakerMarkdown, {format: 'markdown'})
    )
    expect(lines(run.stderr).slice(0, -1)).toEqual([
      ...expectedLines(bakerText, 'corpus/a/b.txt', {format: 'text'}),
      ...expectedLines(bakerText, 'corpus/e.text', {format: 'text'})
    ])
  })

  test('mirrors the paths below a glob base, and maps a plain file to its stem', async () => {
    const cwd = await workspace({
      'pages/a/x/one.txt': bakerText,
      'pages/b/x/two.txt': bakerText,
      'pages/b/y/three.txt': bakerText,
      'single/four.md': bakerMarkdown
    })
    const run = await cli(['convert', 'pages/*/x/*.txt', 'single/four.md', '-o', 'out'], {cwd})

    expect(run.code).toBe(0)
    expect(await listFiles(path.join(cwd, 'out'))).toEqual(['a/x/one.json', 'b/x/two.json', 'four.json'])
  })

  test('leaves out files matching repeatable --ignore globs', async () => {
    const cwd = await workspace({
      'corpus/keep.txt': bakerText,
      'corpus/drafts/draft.txt': bakerText,
      'corpus/old.md': bakerMarkdown,
      'corpus/sub/skip-me.txt': bakerText
    })
    const run = await cli(
      ['convert', 'corpus', '-o', 'out', '--ignore', 'drafts', '--ignore', '**/*.md', '-i', 'corpus/sub/skip-*'],
      {cwd}
    )

    expect(run.code).toBe(0)
    expect(await listFiles(path.join(cwd, 'out'))).toEqual(['keep.json'])
  })

  test('never reads the output folder back as input', async () => {
    const cwd = await workspace({'corpus/a.txt': bakerText, 'corpus/out/planted.txt': bakerText})

    const first = await cli(['convert', 'corpus', '-o', 'corpus/out', '-q'], {cwd})
    const second = await cli(
      ['convert', 'corpus', 'corpus/**/*.txt', 'corpus/out/planted.txt', '-o', 'corpus/out', '-q'],
      {cwd}
    )
    const only = await cli(['convert', 'corpus/out', '-o', 'corpus/out'], {cwd})

    for (const run of [first, second]) {
      expect(run.code).toBe(0)
      expect(lines(run.stderr).at(-1)).toMatch(/^1 file: 1 converted /)
    }

    // A file named as an input is left out with a line saying so; a folder or glob reaching in, without one.
    expect(lines(first.stderr)).toHaveLength(1)
    expect(lines(second.stderr)[0]).toBe('corpus/out/planted.txt: not read: it is inside the output folder')

    expect(await listFiles(path.join(cwd, 'corpus/out'))).toEqual(['a.json', 'planted.txt'])
    expect(only.code).toBe(2)
    expect(only.stderr).toBe(
      "error: no input files matched 'corpus/out' (files inside the output folder corpus/out are never read)\n"
    )
  })

  test('writes nothing outside the output folder, whatever the input paths', async () => {
    const top = await workspace({
      'work/corpus/a.txt': bakerText,
      'outside/b.txt': bakerText,
      'absolute/c.md': bakerMarkdown,
      'victim.json': 'untouched\n'
    })
    const cwd = path.join(top, 'work')
    await mkdir(path.join(cwd, 'out'))
    await mkdir(path.join(top, 'elsewhere'))
    // A symlinked folder and a symlinked target inside the output folder.
    await symlink(path.join(top, 'elsewhere'), path.join(cwd, 'out/sub'))
    await symlink(path.join(top, 'victim.json'), path.join(cwd, 'out/b.json'))
    await mkdir(path.join(cwd, 'corpus/sub'))
    await writeFile(path.join(cwd, 'corpus/sub/d.txt'), bakerText)
    const before = await listFiles(top)

    const run = await cli(
      ['convert', '../outside/b.txt', path.join(top, 'absolute/c.md'), 'corpus/../corpus/*.txt', 'corpus', '-o', 'out', '-q'],
      {cwd}
    )
    const after = await listFiles(top)

    expect(after.filter((file) => !before.includes(file))).toEqual(['work/out/a.json', 'work/out/c.json'])
    expect(await readFile(path.join(top, 'victim.json'), 'utf8')).toBe('untouched\n')
    expect(await listFiles(path.join(top, 'elsewhere'))).toEqual([])
    // The symlink at out/b.json was replaced by the file, not written through.
    expect(await readFile(path.join(cwd, 'out/b.json'), 'utf8')).toBe(expectedJson(bakerText, {format: 'text'}))
    await expect(readlink(path.join(cwd, 'out/b.json'))).rejects.toThrow()
    expect(run.code).toBe(1)
    expect(lines(run.stderr)[0]).toMatch(/^corpus\/sub\/d\.txt: cannot write out\/sub\/d\.json: refusing to write outside/)
  })

  test('keeps going past bad files, counts them, and exits 1', async () => {
    const cwd = await workspace({
      'corpus/good.txt': bakerText,
      'corpus/warned.txt': bakerInvalidUtf8(),
      'corpus/empty.txt': ''
    })
    const run = await cli(['convert', 'corpus', 'missing.txt', '-o', 'out', '--quiet'], {cwd})
    const output = lines(run.stderr)

    expect(run.code).toBe(1)
    expect(await listFiles(path.join(cwd, 'out'))).toEqual(['good.json', 'warned.json'])
    expect(output.slice(0, -1)).toEqual([
      'corpus/empty.txt:1:1 error Unexpected empty document, expected a profession profile empty-document',
      expect.stringMatching(/^corpus\/warned\.txt:3:31 warning .+ invalid-utf8$/),
      'missing.txt: cannot read file: ENOENT: no such file or directory'
    ])
    const summary = summaryPattern.exec(output.at(-1) ?? '')
    expect(summary?.slice(1)).toEqual(['4', '2', '1', '2'])
  })

  test('ends with a summary line, and exits 0 when nothing failed', async () => {
    const cwd = await workspace({'corpus/a.txt': bakerText, 'corpus/b.txt': bakerText, 'corpus/c.md': bakerMarkdown})
    const run = await cli(['convert', 'corpus', '-o', 'out'], {cwd})
    const summary = lines(run.stderr).at(-1) ?? ''

    expect(run.code).toBe(0)
    expect(summary).toMatch(summaryPattern)
    expect(summaryPattern.exec(summary)?.slice(1)).toEqual(['3', '3', '0', '0'])
  })

  test('exits 1 with --frail when a file had warnings', async () => {
    const cwd = await workspace({'corpus/warned.txt': bakerInvalidUtf8()})

    expect((await cli(['convert', 'corpus', '-o', 'out'], {cwd})).code).toBe(0)
    expect((await cli(['convert', 'corpus', '-o', 'out2', '--frail'], {cwd})).code).toBe(1)
  })

  test('fails the later of two files that map to one output, instead of overwriting', async () => {
    const cwd = await workspace({'corpus/a.md': bakerMarkdown, 'corpus/a.txt': bakerText})
    const run = await cli(['convert', 'corpus', '-o', 'out', '-q'], {cwd})

    expect(run.code).toBe(1)
    expect(lines(run.stderr)[0]).toBe('corpus/a.txt: not written: out/a.json is already the output of corpus/a.md')
    expect(await readFile(path.join(cwd, 'out/a.json'), 'utf8')).toBe(expectedJson(bakerMarkdown, {format: 'markdown'}))
  })

  test('leaves no temporary files behind', async () => {
    const cwd = await workspace({'corpus/a.txt': bakerText, 'corpus/b/c.md': bakerMarkdown})
    await cli(['convert', 'corpus', '-o', 'out'], {cwd})

    expect(await listFiles(path.join(cwd, 'out'))).toEqual(['a.json', 'b/c.json'])
  })

  test('names an input that matched nothing while others did, without failing', async () => {
    const cwd = await workspace({'corpus/a.txt': bakerText})
    const run = await cli(['convert', 'corpus', 'pages/*.md', '-o', 'out', '-q'], {cwd})

    expect(run.code).toBe(0)
    expect(lines(run.stderr)[0]).toBe('pages/*.md: no files matched')
    expect(await listFiles(path.join(cwd, 'out'))).toEqual(['a.json'])
  })

  test('exits 2 when no input matched or --out-dir is missing, creating nothing', async () => {
    const cwd = await workspace({'corpus/notes.json': '{}'})
    const noMatch = await cli(['convert', 'corpus', 'pages/*.md', '-o', 'out'], {cwd})
    const noOutDir = await cli(['convert', 'corpus'], {cwd})

    expect(noMatch.code).toBe(2)
    expect(noMatch.stderr).toBe("error: no input files matched 'corpus', 'pages/*.md'\n")
    expect(noOutDir.code).toBe(2)
    expect(lines(noOutDir.stderr)[0]).toBe("error: required option '-o, --out-dir <dir>' not specified")
    expect(existsSync(path.join(cwd, 'out'))).toBe(false)
  })

  test('exits 2 with one line when the output folder cannot be made, a stack only with --debug', async () => {
    const cwd = await workspace({'corpus/a.txt': bakerText, 'file': 'not a folder'})
    const plain = await cli(['convert', 'corpus', '-o', 'file/out'], {cwd})
    const debug = await cli(['convert', 'corpus', '-o', 'file/out', '--debug'], {cwd})

    expect(plain).toEqual({
      code: 2,
      stdout: '',
      stderr: 'file/out: cannot create output folder: ENOTDIR: not a directory\n'
    })
    expect(debug.code).toBe(2)
    expect(lines(debug.stderr)[0]).toBe('file/out: cannot create output folder: ENOTDIR: not a directory')
    expect(debug.stderr).toMatch(/^\s+at .+/m)
  })
})

describe('lexicons: --lexicon and convert --learn', () => {
  test('links essential and optional items an ESCO skills CSV knows, the kind following skillType', async () => {
    const cwd = await workspace({'baker.txt': bakerWithOptional, 'skills_en.csv': escoCsv})
    const run = await cli(['parse', 'baker.txt', '--lexicon', 'skills_en.csv'], {cwd})
    const profession = JSON.parse(run.stdout) as ReturnType<typeof parse>['profession']

    expect(run.code).toBe(0)
    expect(profession.knowledge[0]).toMatchObject({
      name: 'Baking techniques',
      uri: 'http://data.europa.eu/esco/skill/baking',
      skillType: 'knowledge'
    })
    expect(profession.skills[0]).toMatchObject({
      name: 'Knead dough',
      uri: 'http://data.europa.eu/esco/skill/knead',
      skillType: 'skill/competence'
    })
    // "Cake decoration" reads as knowledge; the second alternative label says it is a skill.
    expect(profession.optionalSkills).toEqual([
      {
        name: 'Cake decoration',
        kind: 'skill',
        uri: 'http://data.europa.eu/esco/skill/decorate',
        skillType: 'skill/competence'
      },
      {name: 'Food safety', kind: 'knowledge'}
    ])
    expect(run.stdout).toBe(
      expectedJson(bakerWithOptional, {format: 'text', lexicon: parseLexicon(escoCsv, {file: 'skills_en.csv'})})
    )
  })

  test('uses every --lexicon given, in parse and in convert', async () => {
    const cwd = await workspace({
      'corpus/baker.txt': bakerWithOptional,
      'skills_en.csv': escoCsv,
      'extra.csv': labelCsv
    })
    const lexicons = ['--lexicon', 'skills_en.csv', '--lexicon', 'extra.csv']
    const parsed = await cli(['parse', 'corpus/baker.txt', ...lexicons], {cwd})
    const converted = await cli(['convert', 'corpus', '-o', 'out', '-q', ...lexicons], {cwd})
    const expected = expectedJson(bakerWithOptional, {
      format: 'text',
      lexicon: [parseLexicon(escoCsv, {file: 'skills_en.csv'}), parseLexicon(labelCsv, {file: 'extra.csv'})]
    })

    expect([parsed.code, converted.code]).toEqual([0, 0])
    expect(JSON.parse(parsed.stdout).optionalSkills.map((item: {uri?: string}) => item.uri)).toEqual([
      'http://data.europa.eu/esco/skill/decorate',
      'http://example.org/skill/food-safety'
    ])
    expect(parsed.stdout).toBe(expected)
    expect(await readFile(path.join(cwd, 'out/baker.json'), 'utf8')).toBe(expected)
  })

  test('leaves an item that matches no label without a link', async () => {
    const cwd = await workspace({'baker.txt': bakerWithOptional, 'extra.csv': labelCsv})
    const run = await cli(['parse', 'baker.txt', '--lexicon', 'extra.csv'], {cwd})
    const profession = JSON.parse(run.stdout) as ReturnType<typeof parse>['profession']

    expect(profession.optionalSkills[1]).toEqual({
      name: 'Food safety',
      kind: 'knowledge',
      uri: 'http://example.org/skill/food-safety',
      skillType: 'knowledge'
    })
    for (const item of [profession.optionalSkills[0], ...profession.knowledge, ...profession.skills]) {
      expect(item).not.toHaveProperty('uri')
      expect(item).not.toHaveProperty('skillType')
    }
  })

  test('splits a run-on optional line with a plain list of labels', async () => {
    // A comment, an empty line and a duplicate label are all fine in a plain list.
    const labels = '# shop labels\n\nsales activities\nSales activities\n'
    const cwd = await workspace({'shop.txt': shopManagerText, 'labels.txt': labels})
    const run = await cli(['parse', 'shop.txt', '--lexicon', 'labels.txt'], {cwd})

    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout).optionalSkills.map((item: {name: string}) => item.name)).toEqual([
      'product display',
      'sales activities',
      'store security'
    ])
  })

  test('exits 2 naming file:line for a CSV with an unterminated quote, a stack only with --debug', async () => {
    const broken = [
      'conceptUri,preferredLabel,skillType',
      'http://example.org/a,bake bread,skill/competence',
      'http://example.org/b,"knead dough,skill/competence',
      ''
    ].join('\n')
    const cwd = await workspace({'baker.txt': bakerText, 'broken.csv': broken})
    const plain = await cli(['parse', 'baker.txt', '--lexicon', 'broken.csv'], {cwd})
    const debug = await cli(['parse', 'baker.txt', '--lexicon', 'broken.csv', '--debug'], {cwd})

    expect(plain.code).toBe(2)
    expect(plain.stdout).toBe('')
    expect(plain.stderr).toMatch(/^broken\.csv:3: .*quote.*\n$/i)
    expect(debug.code).toBe(2)
    expect(lines(debug.stderr)[0]).toBe(lines(plain.stderr)[0])
    expect(debug.stderr).toMatch(/^\s+at .+/m)
  })

  test('exits 2 listing the columns of a CSV without a label column, before creating anything', async () => {
    const cwd = await workspace({'corpus/baker.txt': bakerText, 'codes.csv': 'id,code,notes\n1,A1,first\n'})
    const parsed = await cli(['parse', 'corpus/baker.txt', '--lexicon', 'codes.csv'], {cwd})
    const converted = await cli(['convert', 'corpus', '-o', 'out', '--lexicon', 'codes.csv'], {cwd})

    for (const run of [parsed, converted]) {
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      expect(lines(run.stderr)).toHaveLength(1)
      expect(run.stderr).toMatch(/^codes\.csv:1: /)
      for (const column of ['id', 'code', 'notes']) expect(run.stderr).toContain('`' + column + '`')
    }

    expect(existsSync(path.join(cwd, 'out'))).toBe(false)
  })

  test('exits 2 naming a lexicon file that cannot be read', async () => {
    const cwd = await workspace({'baker.txt': bakerText})
    const run = await cli(['parse', 'baker.txt', '--lexicon', 'missing.csv'], {cwd})

    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(lines(run.stderr)).toHaveLength(1)
    expect(run.stderr).toMatch(/^missing\.csv:1: .*ENOENT/)
  })

  test('convert --learn segments each optional line with what the whole batch knows', async () => {
    const cwd = await workspace({'corpus/a.txt': salesAssistantText, 'corpus/b.txt': shopManagerText})
    const run = await cli(['convert', 'corpus', '-o', 'out', '--learn'], {cwd})
    const output = lines(run.stderr)
    const learned = learnLexicon([salesAssistantText, shopManagerText].map((text) => parse(text, {format: 'text'})))

    expect(run.code).toBe(0)
    expect(output).toHaveLength(2)
    expect(output[0]).toBe(`learned ${learned.size} labels from 2 documents`)
    expect(summaryPattern.exec(output[1] ?? '')?.slice(1)).toEqual(['2', '2', '0', '0'])
    expect(await listFiles(path.join(cwd, 'out'))).toEqual(['a.json', 'b.json'])

    const b = await readFile(path.join(cwd, 'out/b.json'), 'utf8')
    expect(JSON.parse(b).optionalSkills.map((item: {name: string}) => item.name)).toEqual([
      'product display',
      'sales activities',
      'store security'
    ])
    expect(b).toBe(expectedJson(shopManagerText, {format: 'text', lexicon: [learned]}))
  })

  test('convert --learn puts the learned labels before the --lexicon files, which still link', async () => {
    const cwd = await workspace({
      'corpus/a.txt': salesAssistantText,
      'corpus/baker.txt': bakerWithOptional,
      'skills_en.csv': escoCsv
    })
    const run = await cli(['convert', 'corpus', '-o', 'out', '--learn', '--lexicon', 'skills_en.csv', '-q'], {cwd})
    const user = parseLexicon(escoCsv, {file: 'skills_en.csv'})
    const learned = learnLexicon([
      parse(salesAssistantText, {format: 'text', lexicon: [user]}),
      parse(bakerWithOptional, {format: 'text', lexicon: [user]})
    ])

    expect(run.code).toBe(0)
    expect(lines(run.stderr)[0]).toBe(`learned ${learned.size} labels from 2 documents`)
    const baker = await readFile(path.join(cwd, 'out/baker.json'), 'utf8')
    expect(baker).toBe(expectedJson(bakerWithOptional, {format: 'text', lexicon: [learned, user]}))
    expect(JSON.parse(baker).optionalSkills[0].uri).toBe('http://data.europa.eu/esco/skill/decorate')
  })
})
