import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import type {Config} from '../../src/validate/config/schema.js'
import {validate} from '../../src/validate/validate.js'

/*
 * Whole documents with their expected messages: `fixtures/<case>/input.*`
 * (and `config.json`, else `recommended`) beside `expected.json`.
 * `UPDATE=1 npx vitest run test/validate/fixtures.test.ts` rewrites the
 * expectations; review the diff like code.
 */
const fixtures = new URL('fixtures/', import.meta.url)

describe('validation fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    test(name, () => {
      const folder = new URL(name + '/', fixtures)
      const input = readdirSync(folder).find((file) => file.startsWith('input.'))!
      const configFile = new URL('config.json', folder)
      const config = existsSync(configFile) ? (JSON.parse(readFileSync(configFile, 'utf8')) as Config) : undefined
      const messages = validate(readFileSync(new URL(input, folder)), {file: input, config})
      const actual = messages.map((message) => ({
        place: `${message.line}:${message.column}`,
        severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
        ruleId: message.ruleId,
        reason: message.reason
      }))
      const expectedFile = new URL('expected.json', folder)
      if (process.env['UPDATE']) writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n')
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')))
    })
  }
})
