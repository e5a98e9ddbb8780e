import {symlink} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {build, cli} from '../../cli/run.js'
import {workspace} from '../../convert/helpers.js'
import {validProfile} from '../rule-tester.js'

/*
 * `unreadable-file` is raised by `validate` itself, as it reads its inputs:
 * tested through the CLI, on real files.
 */

beforeAll(build, 120_000)

interface FileResult {
  file: string
  errorCount: number
  messages: Array<{ruleId: string | null; message?: string; reason?: string; line: number; column: number}>
}

/** The text of a file's first message (the JSON reporter names it `message` or `reason`). */
function textOf(file: FileResult): string | undefined {
  return file.messages[0]?.message ?? file.messages[0]?.reason
}

describe('unreadable-file', () => {
  test('names the rule on a file that cannot be read and on one over --max-file-size, at 1:1, as an error', async () => {
    const cwd = await workspace({'p/a.md': validProfile, 'p/big.md': validProfile + '\n'.repeat(5000)})
    await symlink('nowhere.md', path.join(cwd, 'p/gone.md'))
    const run = await cli(['validate', 'p', '--reporter', 'json', '--max-file-size', '4KB', '-q'], {cwd})
    const files = JSON.parse(run.stdout) as FileResult[]

    expect(run.code).toBe(1)
    expect(files.map(({file, messages}) => [file, messages.map((message) => [message.ruleId, message.line, message.column])])).toEqual([
      ['p/a.md', []],
      ['p/big.md', [['unreadable-file', 1, 1]]],
      ['p/gone.md', [['unreadable-file', 1, 1]]]
    ])
    expect(textOf(files[1]!)).toMatch(/^File skipped: .* is over the --max-file-size limit of 4,000 bytes$/)
    expect(textOf(files[2]!)).toBe('Cannot read file: ENOENT: no such file or directory')
  }, 60_000)

  test('is named in the stylish and GitHub reporters too', async () => {
    const cwd = await workspace({'p/a.md': validProfile})
    await symlink('nowhere.md', path.join(cwd, 'p/gone.md'))
    const stylish = await cli(['validate', 'p', '-q'], {cwd})
    const github = await cli(['validate', 'p', '--reporter', 'github', '-q'], {cwd})

    expect(stylish.stdout).toMatch(/1:1\s+error\s+Cannot read file: ENOENT: no such file or directory\s+unreadable-file/)
    expect(github.stdout).toContain('title=unreadable-file::Cannot read file')
  }, 60_000)

  test('follows the configuration: a warning when set to warn, nothing when off', async () => {
    const files = {'p/a.md': validProfile}
    const warn = await workspace({...files, '.profession-parser.json': JSON.stringify({rules: {'unreadable-file': 'warn'}})})
    const off = await workspace({...files, '.profession-parser.json': JSON.stringify({rules: {'unreadable-file': 'off'}})})
    for (const cwd of [warn, off]) await symlink('nowhere.md', path.join(cwd, 'p/gone.md'))
    const warned = await cli(['validate', 'p', '--reporter', 'json'], {cwd: warn})
    const silent = await cli(['validate', 'p', '--reporter', 'json'], {cwd: off})

    expect(warned.code).toBe(0)
    expect((JSON.parse(warned.stdout) as Array<FileResult & {warningCount: number}>).map((file) => [file.file, file.warningCount])).toEqual([
      ['p/a.md', 0],
      ['p/gone.md', 1]
    ])
    expect(silent.code).toBe(0)
    expect((JSON.parse(silent.stdout) as FileResult[]).flatMap((file) => file.messages)).toEqual([])
  }, 60_000)
})
