import {existsSync} from 'node:fs'
import {copyFile, readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeAll, describe, expect, test} from 'vitest'
import type {Profession} from '../../src/index.js'
import {build, cli, listFiles, removeTemporary, root, temporary} from '../cli/run.js'

/*
 * `test/plugins/project` is a folder as a user has it: a configuration whose
 * `plugins` names `salary.js` (the detector docs/detectors.md walks through),
 * and documents. `test/plugins/configs` holds configurations for `--config`,
 * each naming one plugin that is missing, malformed or throws. The plugins
 * import `profession-parser`, which resolves to the package itself (`dist/`).
 */

beforeAll(build, 120_000)

const project = path.join(root, 'test', 'plugins', 'project')
const baker = path.join(project, 'baker.txt')

/** `--config` with a configuration of `test/plugins/configs`, as typed from the project folder. */
function config(name: string): string[] {
  return ['--config', `../configs/${name}.json`]
}

let folder: string | undefined
afterEach(async () => {
  if (folder) await removeTemporary(folder)
  folder = undefined
})

/** A temporary folder holding copies of `baker.txt` under the given names. */
async function bakers(...names: string[]): Promise<string> {
  folder = await temporary()
  for (const name of names) await copyFile(baker, path.join(folder, name))
  return folder
}

const salary = {currency: 'EUR', min: 2500, max: 3800, period: 'month'}

/** What every run that reads baker.txt finds besides the salary: the plugin leaves the built-ins alone. */
function expectBuiltinFields(profession: Profession): void {
  expect(profession.title).toBe('baker')
  expect(profession.personalityTypes).toEqual([{code: 'RC', types: ['Realistic', 'Conventional']}])
  expect(profession.knowledge.map((item) => item.name)).toEqual(['Fermentation processes'])
  expect(profession.skills.map((item) => item.name)).toEqual(['Shape dough'])
  expect(profession.jobTitles).toEqual(['Bread baker', 'Artisan baker'])
}

describe('plugins: the configuration’s detectors', () => {
  test('parse reads the Salary section into `extensions.salary`, alongside the built-in fields', async () => {
    const run = await cli(['parse', 'baker.txt'], {cwd: project})
    expect([run.code, run.stderr]).toEqual([0, ''])
    const profession = JSON.parse(run.stdout) as Profession
    expectBuiltinFields(profession)
    expect(profession.extensions).toEqual({salary})
  })

  test('parse - loads the plugins of the working folder’s configuration', async () => {
    const run = await cli(['parse', '-'], {cwd: project, input: await readFile(baker)})
    expect([run.code, run.stderr]).toEqual([0, ''])
    expect((JSON.parse(run.stdout) as Profession).extensions).toEqual({salary})
  })

  test('--config names the configuration, and its plugin paths are relative to it', async () => {
    const cwd = await bakers('baker.txt')
    const run = await cli(['parse', 'baker.txt', '--config', path.join(project, '.profession-parser.json')], {cwd})
    expect([run.code, run.stderr]).toEqual([0, ''])
    expect((JSON.parse(run.stdout) as Profession).extensions).toEqual({salary})
  })

  test('--config replaces the nearest configuration: without the plugin, the salary lines are read as skills', async () => {
    const run = await cli(['parse', 'baker.txt', ...config('none')], {cwd: project})
    expect(run.code).toBe(0)
    const profession = JSON.parse(run.stdout) as Profession
    expect(profession.extensions).toBeUndefined()
    expect(profession.skills.map((item) => item.name)).toEqual(['Shape dough', 'Salary', '€2,500 – €3,800 per month'])
  })

  test('convert loads the plugins, on the main thread and on worker threads', async () => {
    const cwd = await bakers('a.txt', 'b.txt')
    const settings = ['--config', path.join(project, '.profession-parser.json'), '--no-progress']
    const inline = await cli(['convert', 'a.txt', '--out-dir', 'one', ...settings], {cwd})
    const pooled = await cli(['convert', 'a.txt', 'b.txt', '--out-dir', 'two', '--concurrency', '2', ...settings], {cwd})

    expect([inline.code, pooled.code]).toEqual([0, 0])
    expect(await listFiles(cwd)).toEqual(['a.txt', 'b.txt', 'one/a.json', 'two/a.json', 'two/b.json'])
    for (const file of ['one/a.json', 'two/a.json', 'two/b.json']) {
      const profession = JSON.parse(await readFile(path.join(cwd, file), 'utf8')) as Profession
      expectBuiltinFields(profession)
      expect(profession.extensions, file).toEqual({salary})
    }
  })

  test('validate loads the plugins: the Salary section is no longer read as undescribed skills', async () => {
    const withPlugin = await cli(['validate', 'baker.txt', '--reporter', 'json'], {cwd: project})
    const without = await cli(['validate', 'baker.txt', '--reporter', 'json', ...config('none')], {cwd: project})

    type Report = Array<{messages: Array<{ruleId: string; line: number}>}>
    expect(withPlugin.code).toBe(0)
    expect((JSON.parse(withPlugin.stdout) as Report)[0]?.messages).toEqual([])
    expect((JSON.parse(without.stdout) as Report)[0]?.messages.map(({ruleId, line}) => [ruleId, line])).toEqual([
      ['missing-description', 21],
      ['missing-description', 23]
    ])
  })

  test('reports a Salary section without a range with the detector’s own warning', async () => {
    const run = await cli(['parse', 'glazier.md'], {cwd: project})
    expect(run.code).toBe(0)
    expect(run.stderr).toBe(
      'glazier.md:9:1 warning Unexpected salary section without a range, expected one such as “€2,500 – €3,800 per month” salary\n'
    )
    expect((JSON.parse(run.stdout) as Profession).extensions).toBeUndefined()
  })

  test('reads a `Salary: …` line as the heading with its value', async () => {
    const input = 'Profession glazier\n\nGlaziers cut and fit glass.\n\nSalary: $20 to $25.50 an hour\n\nCommon job titles\n\n  • Glazier\n'
    const run = await cli(['parse', '-'], {cwd: project, input})
    expect([run.code, run.stderr]).toEqual([0, ''])
    expect((JSON.parse(run.stdout) as Profession).extensions).toEqual({
      salary: {currency: 'USD', min: 20, max: 25.5, period: 'hour'}
    })
  })

  test('leaves out a value that does not fit the schema, with a detector-error naming the detector (exit 1)', async () => {
    const input = 'Profession glazier\n\nGlaziers cut and fit glass.\n\nSalary\n\n€3,800 – €2,500 per month\n'
    const run = await cli(['parse', '-'], {cwd: project, input})
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      '<stdin>:5:1 error Unexpected value from detector `salary`, expected one that fits its schema: `max`: min must not exceed max detector-error\n'
    )
    const profession = JSON.parse(run.stdout) as Profession
    expect([profession.title, profession.extensions]).toEqual(['glazier', undefined])
  })
})

describe('plugins: a detector that throws', () => {
  const message = 'baker.txt:21:1 error Cannot use detector `salary`: its `extract` failed: no currency table loaded detector-error\n'

  test('parse: the document gets an error naming the detector (exit 1), the other sections still parse', async () => {
    const run = await cli(['parse', 'baker.txt', ...config('throws')], {cwd: project})
    expect([run.code, run.stderr]).toEqual([1, message])
    const profession = JSON.parse(run.stdout) as Profession
    expectBuiltinFields(profession)
    expect(profession.description).toBe('Bakers make breads, rolls and pastries for shops and restaurants.')
    expect(profession.extensions).toBeUndefined()
  })

  test('convert: the document fails with that error and is not written; validate reports it', async () => {
    const cwd = await bakers('baker.txt')
    const throws = path.join(root, 'test', 'plugins', 'configs', 'throws.json')
    const converted = await cli(['convert', 'baker.txt', '--out-dir', 'out', '--config', throws, '--no-progress'], {cwd})
    expect(converted.code).toBe(1)
    expect(converted.stderr).toContain(message)
    expect(await listFiles(path.join(cwd, 'out'))).toEqual([])

    const validated = await cli(['validate', 'baker.txt', '--reporter', 'github', ...config('throws')], {cwd: project})
    expect([validated.code, validated.stdout]).toEqual([
      1,
      '::error file=baker.txt,line=21,col=1,title=detector-error::Cannot use detector `salary`: its `extract` failed: no currency table loaded\n'
    ])
  })
})

describe('plugins: a plugin that cannot be used exits 2 before any document is read', () => {
  test('names a plugin file that does not exist, without a stack trace', async () => {
    const run = await cli(['parse', 'baker.txt', ...config('missing')], {cwd: project})
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', '../configs/missing.js: cannot load plugin: no such file\n'])
  })

  test('names the module, the detector and the property of a malformed detector it exports', async () => {
    const run = await cli(['parse', 'baker.txt', ...config('bad-field')], {cwd: project})
    expect([run.code, run.stdout]).toEqual([2, ''])
    expect(run.stderr).toBe(
      '../configs/bad-field.js: Invalid detector `salary`: `field` must be a profession field (title, description, personalityTypes, knowledge, skills, optionalSkills, jobTitles, tasks, relatedProfessions), or absent to write to `extensions`, got "wage"\n'
    )
  })

  test('names them when `defineDetector` throws while the module is imported', async () => {
    const run = await cli(['parse', 'baker.txt', ...config('bad-extract')], {cwd: project})
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      '../configs/bad-extract.js: cannot load plugin: Invalid detector `salary`: `extract` must be a function, got "the first number"\n'
    ])
  })

  test('names a module that exports no detector', async () => {
    const run = await cli(['parse', 'baker.txt', ...config('nothing')], {cwd: project})
    expect([run.code, run.stdout]).toEqual([2, ''])
    expect(run.stderr).toBe(
      '../configs/nothing.js: plugin exports no detectors, expected a default export or a `detectors` export (a detector or a list of detectors), or a `locales` export\n'
    )
  })

  test('names both modules when two plugins give one id', async () => {
    const run = await cli(['parse', 'baker.txt', ...config('twice')], {cwd: project})
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      '../configs/throws.js: Invalid detector `salary`: `id` must be unique, but plugin salary.js has it too\n'
    ])
  })

  test('convert and validate stop too, before anything is written', async () => {
    const cwd = await bakers('baker.txt')
    const bad = path.join(root, 'test', 'plugins', 'configs', 'bad-field.json')
    const converted = await cli(['convert', 'baker.txt', '--out-dir', 'out', '--config', bad], {cwd})
    const validated = await cli(['validate', 'baker.txt', '--config', bad], {cwd})

    for (const run of [converted, validated]) {
      expect([run.code, run.stdout]).toEqual([2, ''])
      expect(run.stderr).toMatch(/bad-field\.js: Invalid detector `salary`: `field` must be a profession field/)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    }

    expect(existsSync(path.join(cwd, 'out'))).toBe(false)
  })
})
