import {existsSync, readFileSync} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {setTimeout as delay} from 'node:timers/promises'
import {beforeAll, describe, expect, test} from 'vitest'
import {build, listFiles, pages, start, workspace} from './helpers.js'

beforeAll(build, 120_000)

/** Enough pages that a conversion is still running when it is killed. */
const batch = 3000

/** Kill the CLI with SIGKILL once `ready` says it is well under way; resolves to how it ended. */
async function killMidRun(args: readonly string[], cwd: string, ready: () => Promise<boolean>): Promise<string | null> {
  const child = start(args, cwd)
  const ended = new Promise<string | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)))
  // Up to a minute: a loaded machine may be slow to get under way.
  for (let tries = 0; tries < 6000 && child.exitCode === null; tries++) {
    if (await ready()) break
    await delay(10)
  }

  child.kill('SIGKILL')
  return ended
}

describe('convert killed with SIGKILL mid-run', () => {
  for (const concurrency of ['1', '2']) {
    test(`leaves only whole JSON files in the output folder (--concurrency ${concurrency})`, async () => {
      const cwd = await workspace(pages(batch))
      const out = path.join(cwd, 'out')
      // Only finished outputs count: half-written ones are hidden temporary files.
      const count = async () =>
        existsSync(out) ? (await readdir(out)).filter((file) => !file.startsWith('.')).length : 0
      const signal = await killMidRun(['convert', 'corpus', '-o', 'out', '-j', concurrency], cwd, async () => (await count()) >= 200)
      const files = await listFiles(out)
      const visible = files.filter((file) => !path.basename(file).startsWith('.'))

      expect(signal).toBe('SIGKILL')
      expect(visible.length).toBeGreaterThanOrEqual(200)
      expect(visible.length).toBeLessThan(batch)
      for (const file of visible) {
        expect(file).toMatch(/^page-\d{3,4}\.json$/)
        expect(() => JSON.parse(readFileSync(path.join(out, file), 'utf8'))).not.toThrow()
      }

      // Whatever a kill leaves half-written is hidden and never named like an output.
      for (const file of files.filter((file) => !visible.includes(file))) expect(file).toMatch(/^\.page-\d+\.json\.[0-9a-f]+\.tmp$/)
    })
  }

  test('leaves no JSON Lines file, not even a partial one', async () => {
    const cwd = await workspace(pages(batch))
    // Under way: some records are in the temporary file already.
    const underWay = async () => {
      const temporary = (await readdir(cwd)).find((file) => file.endsWith('.tmp'))
      return temporary !== undefined && (await stat(path.join(cwd, temporary))).size > 100_000
    }
    const signal = await killMidRun(['convert', 'corpus', '--jsonl', 'all.jsonl'], cwd, underWay)

    expect(signal).toBe('SIGKILL')
    expect(existsSync(path.join(cwd, 'all.jsonl'))).toBe(false)
    for (const file of await readdir(cwd)) expect(file).toMatch(/^(corpus|\.all\.jsonl\.[0-9a-f]+\.tmp)$/)
  })
})
