import {existsSync, readdirSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {builtinRules, ruleIds} from '../../src/validate/registry.js'
import {docsBase} from '../../src/validate/rule.js'

const root = new URL('../../', import.meta.url)

describe('rule registry', () => {
  test('lists the rules sorted by id, each once', () => {
    expect([...ruleIds]).toEqual([...ruleIds].sort())
    expect(new Set(ruleIds).size).toBe(ruleIds.length)
  })

  test('registers every rule file under src/validate/rules, under its file name', () => {
    const files = readdirSync(new URL('src/validate/rules/', root)).map((name) => name.replace(/\.ts$/, ''))
    expect(files.sort()).toEqual([...ruleIds])
  })

  test.each(builtinRules.map((rule) => [rule.id, rule] as const))('%s has a test file and a docs page', (id, rule) => {
    expect(existsSync(new URL(`test/validate/rules/${id}.test.ts`, root)), `test/validate/rules/${id}.test.ts`).toBe(true)
    expect(existsSync(new URL(`docs/rules/${id}.md`, root)), `docs/rules/${id}.md`).toBe(true)
    expect(rule.url).toBe(`${docsBase}${id}.md`)
  })

  test('has no docs page or test file without a rule', () => {
    const pages = readdirSync(new URL('docs/rules/', root)).map((name) => name.replace(/\.md$/, ''))
    const tests = readdirSync(new URL('test/validate/rules/', root)).map((name) => name.replace(/\.test\.ts$/, ''))
    expect(pages.sort()).toEqual([...ruleIds])
    expect(tests.sort()).toEqual([...ruleIds])
  })

  test('gives every rule an id, a description, a level, tags and inputs', () => {
    for (const rule of builtinRules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z\d]+)*$/)
      expect(rule.description.length).toBeGreaterThan(10)
      expect(['info', 'warn', 'error']).toContain(rule.severity)
      expect(rule.tags.length).toBeGreaterThan(0)
      expect(rule.inputs.length).toBeGreaterThan(0)
    }
  })
})
