import {describe, expect, test} from 'vitest'
import {chooseRunner, poolFrom} from '../../src/cli/convert/choose.js'
import type {RunConfig} from '../../src/cli/convert/settings.js'

const config: RunConfig = {
  format: undefined,
  lexiconFiles: [],
  maxFileSize: 10_000_000,
  outDir: undefined,
  jsonl: true,
  stdout: false,
  quiet: true,
  debug: false
}

describe('chooseRunner', () => {
  test('needs fewer documents to start workers the more cores there are', () => {
    expect(poolFrom(1)).toBe(Number.POSITIVE_INFINITY)
    expect(poolFrom(2)).toBe(2000)
    expect(poolFrom(4)).toBe(667)
    expect(poolFrom(8)).toBe(286)
  })

  test('runs a small batch on the main thread unless --concurrency says otherwise', async () => {
    const small = await chooseRunner(config, [], poolFrom(64) - 1, undefined)
    const one = await chooseRunner(config, [], 100_000, 1)
    const single = await chooseRunner(config, [], 1, 8)

    for (const runner of [small, one, single]) {
      expect(runner.threads).toBe(1)
      await runner.close()
    }
  })
})
