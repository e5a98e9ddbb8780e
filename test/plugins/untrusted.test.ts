import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {bakerText} from '../cli/documents.js'
import {build, cli, listFiles, root} from '../cli/run.js'
import {workspace} from '../convert/helpers.js'

/*
 * A configuration file may come with documents from elsewhere. What it can
 * make the tool import is only the files its `plugins` name, by path: no
 * URL, no package looked up by name. Each module below, once imported,
 * leaves a marker file in the working folder, so a test sees whether it was.
 */

beforeAll(build, 120_000)

/** A plugin that marks its import with the file `marker`, and adds a detector. */
function plugin(marker: string): string {
  return `import {writeFileSync} from 'node:fs'
writeFileSync(${JSON.stringify(marker)}, '')
export default {id: 'marked', description: 'Marks its import', headings: ['marked']}
`
}

/** What each `plugins` entry that is not a path is refused with, after the configuration's place. */
const refusals = [
  ['data:text/javascript,import("node:fs").then((fs) => fs.writeFileSync("imported", ""))', 'is a URL'],
  ['http://localhost:9/plugin.js', 'is a URL'],
  ['file:///tmp/plugin.js', 'is a URL'],
  ['node:child_process', 'is a URL'],
  ['evil', 'is not a path'],
  ['@scope/evil', 'is not a path'],
  ['plugins/evil.js', 'is not a path']
] as const

describe('plugins: only files named by path are imported', () => {
  for (const [entry, reason] of refusals) {
    test(`refuses \`${entry.slice(0, 30)}\` (exit 2), naming the configuration and the place, importing nothing`, async () => {
      const cwd = await workspace({
        '.profession-parser.json': `{\n  "plugins": [\n    ${JSON.stringify(entry)}\n  ]\n}\n`,
        'baker.txt': bakerText,
        // What a bare name or a path without ./ would find, were it looked up.
        'node_modules/evil/package.json': JSON.stringify({name: 'evil', type: 'module', exports: './index.js'}),
        'node_modules/evil/index.js': plugin('imported'),
        'node_modules/@scope/evil/package.json': JSON.stringify({name: '@scope/evil', type: 'module', exports: './index.js'}),
        'node_modules/@scope/evil/index.js': plugin('imported'),
        'plugins/evil.js': plugin('imported'),
        'evil.js': plugin('imported'),
        'package.json': JSON.stringify({type: 'module'})
      })

      for (const command of ['parse', 'validate']) {
        const run = await cli([command, 'baker.txt'], {cwd})
        expect([run.code, run.stdout], command).toEqual([2, ''])
        const shown = entry.length > 60 ? entry.slice(0, 59) + '…' : entry
        expect(run.stderr, command).toBe(`.profession-parser.json:3:5: plugin \`${shown}\` ${reason}, expected ${
          reason === 'is a URL'
            ? 'the path of a file relative to the configuration file, such as `./plugin.js`: plugins are only loaded from files'
            : `\`./${shown}\` for a file relative to the configuration file: packages are never loaded by name`
        }\n`)
      }

      const converted = await cli(['convert', 'baker.txt', '-o', 'out'], {cwd})
      expect(converted.code).toBe(2)
      expect(existsSync(path.join(cwd, 'out'))).toBe(false)
      expect(existsSync(path.join(cwd, 'imported'))).toBe(false)
    })
  }

  test('names the place in a package.json too', async () => {
    const cwd = await workspace({
      'package.json': '{\n  "name": "x",\n  "profession-parser": {"plugins": ["evil"]}\n}\n',
      'baker.txt': bakerText
    })
    const run = await cli(['parse', 'baker.txt'], {cwd})
    expect([run.code, run.stderr]).toEqual([
      2,
      'package.json:3:37: plugin `evil` is not a path, expected `./evil` for a file relative to the configuration file: packages are never loaded by name\n'
    ])
  })

  test('resolves ./ and ../ against the configuration file’s folder, not the working folder or the document’s', async () => {
    const cwd = await workspace({
      'config/settings.json': JSON.stringify({plugins: ['./marked.js', '../shared/other.js']}),
      'config/marked.js': plugin('config-marked'),
      'shared/other.js': plugin('shared-other').replace("id: 'marked'", "id: 'other'"),
      // Same names where a path relative to the working folder or the document would look.
      'marked.js': plugin('cwd-marked'),
      'docs/marked.js': plugin('docs-marked'),
      'docs/baker.txt': bakerText
    })
    const run = await cli(['parse', 'docs/baker.txt', '--config', 'config/settings.json'], {cwd})

    expect(run.code).toBe(0)
    expect((await readdir(cwd)).filter((file) => file.endsWith('-marked') || file.endsWith('-other')).sort()).toEqual([
      'config-marked',
      'shared-other'
    ])
  })

  test('a configuration that is a FIFO exits 2, naming it, rather than waiting on it', async () => {
    const cwd = await workspace({'docs/baker.txt': bakerText})
    execFileSync('mkfifo', [path.join(cwd, 'docs/.profession-parser.json')])
    for (const command of [['parse', 'docs/baker.txt'], ['convert', 'docs', '-o', 'out'], ['validate', 'docs']]) {
      const run = await cli(command, {cwd, timeout: 60_000})
      expect([run.code, run.stdout, run.stderr], command[0]).toEqual([
        2,
        '',
        'docs/.profession-parser.json: cannot read configuration: not a regular file (a FIFO)\n'
      ])
    }
  }, 120_000)

  for (const command of ['parse', 'convert', 'validate']) {
    test(`--config is the only configuration: one beside the documents is never read (${command})`, async () => {
      const cwd = await workspace({
        'mine.json': '{}',
        'downloaded/.profession-parser.json': JSON.stringify({plugins: ['./evil.js']}),
        'downloaded/evil.js': plugin('imported'),
        'downloaded/baker.txt': bakerText
      })
      const output = command === 'convert' ? ['-o', 'out'] : []
      const trusted = await cli([command, 'downloaded/baker.txt', '--config', 'mine.json', ...output], {cwd})

      expect(trusted.code).toBe(0)
      expect(existsSync(path.join(cwd, 'imported'))).toBe(false)

      // Without --config, the nearest configuration is the one beside the documents, and its plugins run:
      // this is what --config guards against.
      const found = await cli([command, 'downloaded/baker.txt', ...output], {cwd})
      expect(found.code).toBe(0)
      expect(existsSync(path.join(cwd, 'imported'))).toBe(true)
    })
  }
})

describe('the source evaluates no text as code', () => {
  test('has no eval, Function constructor, vm module or require', async () => {
    const offenders: string[] = []
    for (const [file, text] of await sources()) {
      for (const pattern of [/\beval\s*\(/, /\bnew\s+Function\b/, /\bFunction\s*\(/, /['"](?:node:)?vm['"]/, /\bcreateRequire\b/, /\brequire\s*\(/]) {
        if (pattern.test(text)) offenders.push(`${file}: ${pattern.source}`)
      }
    }

    expect(offenders).toEqual([])
  })

  test('imports by computed name only in the plugin loader, and there only the file URL of a configured path', async () => {
    const computed: string[] = []
    for (const [file, text] of await sources()) {
      // `import(` not followed by a quoted name (a template string counts as computed), to the end of its line.
      for (const match of text.matchAll(/\bimport\s*\(\s*(?!['"])[^\n]*/g)) computed.push(`${file}: ${match[0]}`)
    }

    expect(computed).toEqual([expect.stringMatching(/^src\/cli\/plugins\.ts: import\(pathToFileURL\(file\)\.href\)/)])
    // …where `file` is a path from the configuration, after `pluginPaths` refused URLs and bare names.
    const loader = await readFile(path.join(root, 'src/cli/validate/config-file.ts'), 'utf8')
    expect(loader).toMatch(/plugins: pluginPaths\(/)
  })
})

/** Every TypeScript file below src/, with its text. */
async function sources(): Promise<Array<[string, string]>> {
  const files = (await listFiles(path.join(root, 'src'))).filter((file) => file.endsWith('.ts'))
  expect(files.length).toBeGreaterThan(50)
  return Promise.all(
    files.map(async (file): Promise<[string, string]> => [`src/${file}`, await readFile(path.join(root, 'src', file), 'utf8')])
  )
}
