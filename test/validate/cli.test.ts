import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeAll, describe, expect, test} from 'vitest'
import {build, cli, removeTemporary, root, temporary} from '../cli/run.js'
import {ruleIds} from '../../src/validate/registry.js'
import {edit, validJson, validProfile} from './rule-tester.js'

beforeAll(build, 120_000)

let folder: string | undefined
afterEach(async () => {
  if (folder) await removeTemporary(folder)
  folder = undefined
})

/** A temporary repository holding `files` (path → content). */
async function repository(files: Record<string, string>): Promise<string> {
  folder = await temporary()
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), {recursive: true})
    await writeFile(path.join(folder, name), content)
  }

  return folder
}

const misspelt = edit(validProfile, 'Realistic / Social', 'Realistic / Socail')
const duplicate = edit(validProfile, '- **Knead dough**: Work', '- **Bread chemistry**: Work')

describe('validate: exit codes', () => {
  test('passes the seed page under recommended: its boilerplate line is info', async () => {
    const run = await cli(['validate', 'seeds/producer.txt', '--reporter', 'json'], {cwd: root})
    expect(run.code).toBe(0)
    const [file] = JSON.parse(run.stdout) as Array<{file: string; messages: Array<{ruleId: string; severity: string; line: number}>}>
    expect(file?.file).toBe('seeds/producer.txt')
    expect(file?.messages.map(({ruleId, severity, line}) => [ruleId, severity, line])).toEqual([['boilerplate', 'info', 5]])
  })

  test('exits 1 on an error, 0 on warnings alone, 1 past --max-warnings', async () => {
    const cwd = await repository({'bad.md': misspelt, 'warn.md': duplicate})
    expect((await cli(['validate', 'bad.md'], {cwd})).code).toBe(1)
    expect((await cli(['validate', 'warn.md'], {cwd})).code).toBe(0)
    expect((await cli(['validate', 'warn.md', '--max-warnings', '1'], {cwd})).code).toBe(0)
    expect((await cli(['validate', 'warn.md', '--max-warnings', '0'], {cwd})).code).toBe(1)
  })

  test('exits 2 for a missing input, a glob that matches nothing and a bad option value', async () => {
    const cwd = await repository({'a.md': validProfile})
    const missing = await cli(['validate', 'a.md', 'nope.md'], {cwd})
    expect([missing.code, missing.stderr, missing.stdout]).toEqual([2, 'nope.md: no such file or folder\n', ''])
    expect((await cli(['validate', '*.txt'], {cwd})).stderr).toBe('*.txt: no file matches this glob\n')
    expect((await cli(['validate', 'a.md', '--max-warnings', 'many'], {cwd})).code).toBe(2)
    expect((await cli(['validate', 'a.md', '--reporter', 'xml'], {cwd})).code).toBe(2)
  })

  test('reports recommended errors: a missing required section and an unknown Holland type', async () => {
    const cwd = await repository({'a.md': edit(misspelt, '## Common job titles\n\n- Baker\n- Pastry baker\n', '')})
    const run = await cli(['validate', 'a.md', '--reporter', 'github'], {cwd})
    expect(run.code).toBe(1)
    expect(run.stdout).toBe(
      '::error file=a.md,line=1,col=1,title=required-sections::Unexpected missing section “Common job titles”, expected job titles\n' +
        '::error file=a.md,line=7,col=13,title=unknown-holland-type::Unexpected Holland type `Socail`, expected one of Realistic, Investigative, Artistic, Social, Enterprising, Conventional (did you mean `Social`?)\n'
    )
  })

  test('checks converted profiles, at the offending value', async () => {
    const cwd = await repository({'out/a.json': edit(validJson, '"Social"', '"Sociable"')})
    const run = await cli(['validate', 'out', '--reporter', 'github'], {cwd})
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error file=out\/a\.json,line=9,col=9,title=unknown-holland-type::Unexpected Holland type `Sociable`/)
  })

  test('expands folders to documents (text, Markdown, HTML) and .json files, without package.json, node_modules or dot files', async () => {
    const cwd = await repository({
      'p/a.md': validProfile,
      'p/b.txt': validProfile,
      'p/c.json': validJson,
      'p/d.html': '<!doctype html><title>Baker</title><h1>Baker</h1>',
      'p/e.mdown': validProfile,
      'p/package.json': '{}',
      'p/node_modules/x/d.md': '',
      'p/.hidden.md': '',
      'p/notes.csv': ''
    })
    const run = await cli(['validate', 'p', '--reporter', 'json'], {cwd})
    expect((JSON.parse(run.stdout) as Array<{file: string}>).map((file) => file.file)).toEqual(['p/a.md', 'p/b.txt', 'p/c.json', 'p/d.html'])
  })
})

describe('validate: configuration', () => {
  test('finds .profession-parser.json from the document’s folder upward', async () => {
    const cwd = await repository({
      '.profession-parser.json': JSON.stringify({rules: {'duplicate-item': 'error'}}),
      'deep/er/a.md': duplicate
    })
    expect((await cli(['validate', 'deep/er/a.md'], {cwd})).code).toBe(1)
  })

  test('reads the "profession-parser" key of package.json, and --config over both', async () => {
    const cwd = await repository({
      'package.json': JSON.stringify({name: 'x', 'profession-parser': {rules: {'unknown-holland-type': 'warn'}}}),
      'strict.json': JSON.stringify({extends: 'strict'}),
      'a.md': misspelt
    })
    expect((await cli(['validate', 'a.md'], {cwd})).code).toBe(0)
    expect((await cli(['validate', 'a.md', '--config', 'strict.json'], {cwd})).code).toBe(1)
  })

  test('applies overrides and ignores relative to the configuration’s folder', async () => {
    const cwd = await repository({
      'profiles/.profession-parser.json': JSON.stringify({
        overrides: [{files: 'drafts/**', rules: {'unknown-holland-type': 'off'}}],
        ignores: ['old/**']
      }),
      'profiles/drafts/a.md': misspelt,
      'profiles/old/b.md': misspelt,
      'profiles/c.md': validProfile
    })
    const run = await cli(['validate', 'profiles', '--reporter', 'json'], {cwd})
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as Array<{file: string}>).map((file) => file.file)).toEqual([
      'profiles/c.md',
      'profiles/drafts/a.md'
    ])
  })

  test('exits 2 for an invalid configuration, naming the file, the place and the key', async () => {
    const cwd = await repository({
      '.profession-parser.json': '{\n  "rules": {\n    "placeholder-text": "warning"\n  }\n}\n',
      'a.md': validProfile
    })
    const run = await cli(['validate', 'a.md'], {cwd})
    expect([run.code, run.stdout]).toEqual([2, ''])
    expect(run.stderr).toBe(
      '.profession-parser.json:3:5: invalid `rules.placeholder-text`: Invalid option: expected one of "off"|"info"|"warn"|"error"\n'
    )
  })

  test('exits 2 for an unknown rule id, listing the known ids', async () => {
    const cwd = await repository({'package.json': JSON.stringify({'profession-parser': {rules: {'no-todo': 'off'}}}), 'a.md': validProfile})
    const run = await cli(['validate', 'a.md'], {cwd})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      `package.json:1:32: unknown rule \`no-todo\` in \`profession-parser.rules\`, expected one of: ${ruleIds.join(', ')}\n`
    )
  })

  test('exits 2 for a configuration that is not JSON, or a --config that does not exist', async () => {
    const cwd = await repository({'.profession-parser.json': '{"rules": }', 'a.md': validProfile})
    expect((await cli(['validate', 'a.md'], {cwd})).stderr).toBe(
      '.profession-parser.json:1:11: Unexpected `}` in JSON, expected a value\n'
    )
    const missing = await cli(['validate', 'a.md', '--config', 'nope.json'], {cwd})
    expect([missing.code, missing.stderr]).toEqual([2, 'nope.json: cannot read configuration: ENOENT: no such file or directory\n'])
  })
})

describe('validate: baseline', () => {
  test('records current problems, then fails only on new ones, across line shifts', async () => {
    const cwd = await repository({'a.md': misspelt, 'b.md': validProfile})
    const update = await cli(['validate', '.', '--update-baseline'], {cwd})
    expect([update.code, update.stderr]).toEqual([0, 'profession-parser: wrote .profession-parser-baseline.json (1 problems in 1 files)\n'])
    const baseline = JSON.parse(await readFile(path.join(cwd, '.profession-parser-baseline.json'), 'utf8')) as {
      version: number
      files: Record<string, Record<string, Record<string, number>>>
    }
    expect(baseline.version).toBe(1)
    expect(Object.keys(baseline.files)).toEqual(['a.md'])
    expect(Object.keys(baseline.files['a.md'] ?? {})).toEqual(['unknown-holland-type'])

    const flag = ['--baseline', '.profession-parser-baseline.json', '--reporter', 'json']
    expect((await cli(['validate', '.', ...flag], {cwd})).code).toBe(0)

    // Lines added above the problem: the fingerprint holds.
    await writeFile(path.join(cwd, 'a.md'), edit(misspelt, '# Baker\n', '# Baker\n\n\n\n'))
    expect((await cli(['validate', '.', ...flag], {cwd})).code).toBe(0)

    // A new problem fails, and only it is reported.
    await writeFile(path.join(cwd, 'b.md'), edit(validProfile, 'Realistic / Social', 'Realistc / Social'))
    const run = await cli(['validate', '.', ...flag], {cwd})
    expect(run.code).toBe(1)
    const files = JSON.parse(run.stdout) as Array<{file: string; messages: Array<{ruleId: string}>}>
    expect(files.map((file) => [file.file, file.messages.map((message) => message.ruleId)])).toEqual([
      ['a.md', []],
      ['b.md', ['unknown-holland-type']]
    ])
  })

  test('never checks its own baseline or configuration file as a profile, wherever they are', async () => {
    const cwd = await repository({'p/a.md': misspelt, 'p/rules.json': JSON.stringify({rules: {boilerplate: 'off'}})})
    const flags = ['--baseline', 'p/baseline.json', '-c', 'p/rules.json', '--reporter', 'json']
    const update = await cli(['validate', 'p', ...flags, '--update-baseline'], {cwd})
    const run = await cli(['validate', 'p', ...flags], {cwd})

    expect(update.code).toBe(0)
    expect(Object.keys((JSON.parse(await readFile(path.join(cwd, 'p/baseline.json'), 'utf8')) as {files: object}).files)).toEqual(['a.md'])
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as Array<{file: string}>).map((file) => file.file)).toEqual(['p/a.md'])
    // Without --baseline, the same file is just a .json input (and not a profile).
    expect((await cli(['validate', 'p', '-c', 'p/rules.json', '-q'], {cwd})).code).toBe(1)
  })

  test('exits 2 when the baseline and the configuration are all its inputs name', async () => {
    const cwd = await repository({'p/a.md': validProfile, 'p/rules.json': '{}'})
    await cli(['validate', 'p', '--baseline', 'p/baseline.json', '--update-baseline'], {cwd})
    const run = await cli(['validate', 'p/baseline.json', 'p/rules.json', '--baseline', 'p/baseline.json', '-c', 'p/rules.json'], {cwd})
    expect([run.code, run.stderr]).toEqual([2, 'p/baseline.json p/rules.json: nothing to check besides the baseline and the configuration\n'])
  })

  test('exits 2 for a baseline that cannot be read', async () => {
    const cwd = await repository({'a.md': validProfile, 'bad.json': '[]'})
    expect((await cli(['validate', 'a.md', '--baseline', 'nope.json'], {cwd})).code).toBe(2)
    expect((await cli(['validate', 'a.md', '--baseline', 'bad.json'], {cwd})).stderr).toBe(
      'bad.json: not a baseline (expected {"version": 1, "files": {…}})\n'
    )
  })
})

describe('schema', () => {
  test('prints the shipped profession schema and config schema', async () => {
    const profession = await cli(['schema'], {cwd: root})
    expect([profession.code, profession.stdout]).toEqual([0, await readFile(path.join(root, 'schema/profession.schema.json'), 'utf8')])
    const config = await cli(['schema', 'config'], {cwd: root})
    expect(config.stdout).toBe(await readFile(path.join(root, 'schema/config.schema.json'), 'utf8'))
  })
})

describe('docs/ci.md', () => {
  test('runs the GitHub Actions workflow’s command: annotations for a bad profile, exit 1', async () => {
    const ci = await readFile(path.join(root, 'docs/ci.md'), 'utf8')
    const line = /^\s+run: (npx profession-parser validate .+)$/m.exec(ci)?.[1]
    expect(line).toBeDefined()
    const args = words(line!).slice(2)
    const cwd = await repository({'profiles/baker.md': misspelt, 'profiles/pages/producer.txt': await readFile(path.join(root, 'seeds/producer.txt'), 'utf8')})
    const run = await cli(args, {cwd})
    expect(run.code).toBe(1)
    expect(run.stdout).toBe(
      '::error file=profiles/baker.md,line=7,col=13,title=unknown-holland-type::Unexpected Holland type `Socail`, expected one of Realistic, Investigative, Artistic, Social, Enterprising, Conventional (did you mean `Social`?)\n'
    )
    await writeFile(path.join(cwd, 'profiles/baker.md'), validProfile)
    expect(await cli(args, {cwd})).toEqual({code: 0, stdout: '', stderr: ''})
  })
})

/** Split a shell command line into words (single and double quotes, no escapes). */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]!)
}

describe('validate: lexicons', () => {
  test('parses with --lexicon files, and exits 2 for one that cannot be read', async () => {
    const cwd = await repository({'a.md': validProfile, 'labels.txt': 'bread chemistry\nknead dough\n'})
    expect((await cli(['validate', 'a.md', '--lexicon', 'labels.txt'], {cwd})).code).toBe(0)
    const missing = await cli(['validate', 'a.md', '--lexicon', 'nope.txt'], {cwd})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^nope\.txt:1: Cannot read lexicon/)
  })
})
