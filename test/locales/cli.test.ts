import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeAll, describe, expect, test} from 'vitest'
import {build, cli, removeTemporary, temporary} from '../cli/run.js'

beforeAll(build, 120_000)

let folder: string | undefined
afterEach(async () => {
  if (folder) await removeTemporary(folder)
  folder = undefined
})

/** A temporary project holding `files` (path → content). */
async function project(files: Record<string, string>): Promise<string> {
  folder = await temporary()
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), {recursive: true})
    await writeFile(path.join(folder, name), content)
  }

  return folder
}

const dutch = 'Beroep bakker\n\nPersoonlijkheidstype\n\nSociaal / Ondernemend\n\nKennis\n\n  • Gist\n'
const german = 'Beruf Bäcker\n\nPersönlichkeitstyp\n\nSozial / Unternehmerisch\n\nKenntnisse\n\n  • Hefe\n'

/** A config plugin that exports a locale pack and no detectors. */
const germanPlugin = `export const locales = {
  id: 'de',
  name: 'Deutsch',
  headings: {personality: ['Persönlichkeitstyp'], knowledge: ['Kenntnisse']},
  headingPrefixes: {title: ['Beruf']},
  hollandTypes: {
    Realistic: ['Realistisch'],
    Investigative: ['Forschend'],
    Artistic: ['Künstlerisch'],
    Social: ['Sozial'],
    Enterprising: ['Unternehmerisch'],
    Conventional: ['Konventionell']
  }
}
`

describe('--locale', () => {
  test('exits 2 for an unknown locale, listing the known ones, without a stack trace', async () => {
    const cwd = await project({'bakker.txt': dutch})
    const run = await cli(['parse', 'bakker.txt', '--locale', 'xx'], {cwd})

    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      '--locale: Unknown locale `xx`, expected one of: auto, en, nl\n'
    ])
  })

  test('reads a Dutch page as Dutch when detected or asked for, and as English under `--locale en`', async () => {
    const cwd = await project({'bakker.txt': dutch})
    const detected = await cli(['parse', 'bakker.txt'], {cwd})
    const asked = await cli(['parse', 'bakker.txt', '--locale', 'nl'], {cwd})
    const english = await cli(['parse', 'bakker.txt', '--locale', 'en'], {cwd})

    expect(detected.code).toBe(0)
    expect(asked.stdout).toBe(detected.stdout)
    expect(JSON.parse(detected.stdout)).toMatchObject({
      title: 'bakker',
      personalityTypes: [{code: 'SE', types: ['Social', 'Enterprising']}],
      knowledge: [{name: 'Gist'}]
    })
    expect(JSON.parse(english.stdout)).toMatchObject({title: 'Beroep bakker', personalityTypes: []})
  })

  test('knows the locales of configuration plugins, for --locale and for detection', async () => {
    const cwd = await project({
      '.profession-parser.json': JSON.stringify({plugins: ['./de.js']}),
      'de.js': germanPlugin,
      'baecker.txt': german
    })
    const asked = await cli(['parse', 'baecker.txt', '--locale', 'de'], {cwd})
    const detected = await cli(['parse', 'baecker.txt'], {cwd})
    const unknown = await cli(['parse', 'baecker.txt', '--locale', 'fr'], {cwd})

    expect([asked.code, asked.stderr]).toEqual([0, ''])
    expect(JSON.parse(asked.stdout)).toMatchObject({
      title: 'Bäcker',
      personalityTypes: [{code: 'SE', types: ['Social', 'Enterprising']}],
      knowledge: [{name: 'Hefe'}]
    })
    expect(detected.stdout).toBe(asked.stdout)
    expect([unknown.code, unknown.stderr]).toEqual([2, '--locale: Unknown locale `fr`, expected one of: auto, de, en, nl\n'])
  })

  test('exits 2 for a plugin with a malformed locale pack, naming the plugin and the property', async () => {
    const cwd = await project({
      '.profession-parser.json': JSON.stringify({plugins: ['./de.js']}),
      'de.js': germanPlugin.replace("    Social: ['Sozial'],\n", ''),
      'baecker.txt': german
    })
    const run = await cli(['parse', 'baecker.txt'], {cwd})

    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      'de.js: Invalid locale pack `de`: `hollandTypes.Social` must be a non-empty list of one-word names, got nothing\n'
    ])
  })
})
