import {spawnSync} from 'node:child_process'
import {beforeAll, describe, expect, test} from 'vitest'
import {bin} from '../cli/run.js'
import {build, cli, lines, pages, summaryPattern, workspace} from './helpers.js'

beforeAll(build, 120_000)

/** util-linux `script` gives the CLI a terminal; without it the terminal cases are skipped. */

/** What the CLI writes to a terminal (stdout and stderr both), with `env` on top of this process's (less CI). */
function onTerminal(args: readonly string[], cwd: string, env: Record<string, string> = {}): string {
  const {CI: _ci, ...rest} = process.env
  const command = [process.execPath, bin, ...args].map((word) => `'${word}'`).join(' ')
  const run = spawnSync('script', ['-qec', command, '/dev/null'], {cwd, env: {...rest, ...env}, encoding: 'utf8'})
  return run.stdout
}

const bar = /converting \[.*\] \d+\/\d+ \| \d+ docs\/s \| ETA/

describe('convert progress', () => {
  test('prints no progress when stderr is not a terminal, only the report and the summary', async () => {
    const cwd = await workspace(pages(60))
    const run = await cli(['convert', 'corpus', '-o', 'out', '-q'], {cwd})

    expect(run.stderr).not.toMatch(bar)
    expect(run.stderr).not.toContain('\u001B[')
    expect(lines(run.stderr)).toHaveLength(1)
    expect(lines(run.stderr)[0]).toMatch(summaryPattern)
  })

  test('draws a bar with done/total, docs/s and ETA on a terminal, then the summary', async () => {
    const cwd = await workspace(pages(300))
    const screen = onTerminal(['convert', 'corpus', '-o', 'out', '-q'], cwd)

    expect(screen).toMatch(bar)
    expect(screen).toMatch(/300\/300/)
    expect(lines(screen.replaceAll('\r', '')).at(-1)?.replace(/^.*\u001B\[0J/, '')).toMatch(summaryPattern)
  })

  test('draws no bar on a terminal with --no-progress, or under CI', async () => {
    const cwd = await workspace(pages(300))
    const off = onTerminal(['convert', 'corpus', '-o', 'out', '-q', '--no-progress'], cwd)
    const ci = onTerminal(['convert', 'corpus', '-o', 'out2', '-q'], cwd, {CI: 'true'})

    for (const screen of [off, ci]) {
      expect(screen).not.toMatch(bar)
      expect(lines(screen.replaceAll('\r', ''))).toEqual([expect.stringMatching(summaryPattern)])
    }
  })
})
