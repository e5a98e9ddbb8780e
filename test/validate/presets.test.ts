import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {validate} from '../../src/validate/validate.js'
import {edit, validProfile} from './rule-tester.js'

const seed = readFileSync(new URL('../../seeds/producer.txt', import.meta.url))

function summary(text: string | Uint8Array, config?: {extends: 'recommended' | 'strict'}) {
  return validate(text, {format: typeof text === 'string' ? 'markdown' : 'text', config}).map((message) => [
    message.ruleId,
    message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    message.line
  ])
}

describe('presets', () => {
  test('recommended passes the seed page: its boilerplate line is info, the only message', () => {
    expect(summary(seed)).toEqual([['boilerplate', 'info', 5]])
    expect(summary(seed, {extends: 'recommended'})).toEqual([['boilerplate', 'info', 5]])
  })

  test('recommended makes a missing required section and an unknown Holland type errors', () => {
    const text = edit(edit(validProfile, 'Realistic / Social', 'Realistic / Socail'), '## Skills\n\n- **Knead dough**: Work dough by hand or machine until it is smooth.\n', '')
    expect(summary(text)).toEqual([
      ['required-sections', 'error', 1],
      ['unknown-holland-type', 'error', 7]
    ])
  })

  test('strict raises the seed’s boilerplate line to a warning', () => {
    expect(summary(seed, {extends: 'strict'})).toEqual([['boilerplate', 'warning', 5]])
  })
})
