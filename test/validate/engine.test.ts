import {describe, expect, test} from 'vitest'
import {parse} from '../../src/index.js'
import {documentSubject} from '../../src/validate/document.js'
import {runRules, type RuleSettings} from '../../src/validate/engine.js'
import {builtinRules} from '../../src/validate/registry.js'
import {createRule} from '../../src/validate/rule.js'
import {validate} from '../../src/validate/validate.js'
import {edit, validProfile} from './rule-tester.js'

const misspelt = edit(validProfile, 'Realistic / Social', 'Realistic / Socail')

function subject(text: string) {
  return documentSubject(parse(text, {format: 'markdown', file: 'a.md'}), text, 'a.md')
}

describe('runRules', () => {
  test('gives parser messages the level their rule is configured at, and its url', () => {
    const settings: RuleSettings = {'unknown-holland-type': {level: 'warn'}}
    const [message] = runRules(subject(misspelt), settings, builtinRules)
    expect(message?.ruleId).toBe('unknown-holland-type')
    expect(message?.fatal).toBe(false)
    expect(message?.url).toBe('https://unpkg.com/profession-parser/docs/rules/unknown-holland-type.md')
    expect([message?.line, message?.column]).toEqual([7, 13])
  })

  test('drops parser messages whose rule is off or not configured', () => {
    expect(runRules(subject(misspelt), {'unknown-holland-type': {level: 'off'}}, builtinRules)).toEqual([])
    expect(runRules(subject(misspelt), {}, builtinRules)).toEqual([])
  })

  test('keeps messages of ids no rule knows (a custom detector’s), as the parser raised them', () => {
    const result = parse(validProfile, {format: 'markdown'})
    result.messages.push(...parse('', {}).messages.map((message) => Object.assign(message, {ruleId: 'my-detector'})))
    const messages = runRules(documentSubject(result, validProfile, undefined), {}, builtinRules)
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([['my-detector', true]])
  })

  test('stamps ruleId, source, url, file and level on what a rule reports', () => {
    const rule = createRule({
      id: 'always',
      description: 'Reports every document',
      severity: 'warn',
      tags: ['test'],
      inputs: ['document'],
      defaults: {word: 'x'},
      check(context) {
        context.report({reason: `Unexpected ${context.options.word}, expected nothing`, place: {line: 3, column: 2}})
      }
    })
    const [message] = runRules(subject(validProfile), {always: {level: 'info', options: {word: 'y'}}}, [rule])
    expect(message).toMatchObject({
      reason: 'Unexpected y, expected nothing',
      ruleId: 'always',
      source: 'profession-parser',
      file: 'a.md',
      line: 3,
      column: 2,
      fatal: undefined
    })
    // A rule of one's own has no page in this package's docs.
    expect(message?.url).toBeUndefined()
  })

  test('stamps a rule’s own documentation page and source, also when it throws', () => {
    const definition = {
      description: 'Reports every document',
      severity: 'warn' as const,
      tags: ['test'],
      inputs: ['document' as const],
      defaults: {},
      url: 'https://example.com/rules/house-style.md',
      source: 'house-style'
    }
    const reporting = createRule({...definition, id: 'reporting', check: (context) => context.report({reason: 'Unexpected x, expected y'})})
    const throwing = createRule({...definition, id: 'throwing', check: () => { throw new Error('out of order') }})
    const messages = runRules(subject(validProfile), {reporting: {level: 'warn'}, throwing: {level: 'warn'}}, [reporting, throwing])
    expect(messages.map((message) => [message.ruleId, message.source, message.url])).toEqual([
      ['reporting', 'house-style', 'https://example.com/rules/house-style.md'],
      ['throwing', 'house-style', 'https://example.com/rules/house-style.md']
    ])
  })

  test('turns a rule that throws into an error naming it, and runs the others', () => {
    const broken = createRule({
      id: 'broken',
      description: 'Throws on every document',
      severity: 'error',
      tags: ['test'],
      inputs: ['document'],
      defaults: {},
      check() {
        throw new Error('out of order')
      }
    })
    const messages = runRules(subject(edit(validProfile, 'Bakers bake', 'TODO')), {
      broken: {level: 'warn'},
      'placeholder-text': {level: 'error'}
    }, [broken, ...builtinRules])
    expect(messages.map((message) => [message.ruleId, message.reason, message.fatal])).toEqual([
      ['broken', 'Cannot check rule `broken`: out of order', true],
      ['placeholder-text', 'Unexpected placeholder `TODO` in the description, expected finished text', true]
    ])
  })

  test('runs only the rules that look at the kind of input', () => {
    const messages = validate('{"title": "x"}', {format: 'json'})
    expect(new Set(messages.map((message) => message.ruleId))).toEqual(new Set(['profession-schema']))
  })

  test('collects 200,000 messages of one rule without overflowing the stack', () => {
    const loud = createRule({
      id: 'loud',
      description: 'Reports the document many times over',
      severity: 'warn',
      tags: ['content'],
      inputs: ['document'],
      defaults: {},
      check(context) {
        for (let index = 0; index < 200_000; index++) context.report({reason: 'Unexpected noise, expected quiet'})
      }
    })
    const messages = runRules(subject(validProfile), {loud: {level: 'warn'}}, [loud])
    expect(messages.length).toBe(200_000)
  })
})

describe('validate', () => {
  test('takes null options as none, and throws a TypeError, naming what came, for an input that is nothing it checks', () => {
    const call = validate as (input: unknown, options?: unknown) => ReturnType<typeof validate>

    expect(call('# Baker\n\nBakes.\n', null).map((message) => message.ruleId)).toEqual(
      validate('# Baker\n\nBakes.\n').map((message) => message.ruleId)
    )
    expect(() => call(null)).toThrow(new TypeError('validate: expected a document, a parse result or a profession, got null'))
    expect(() => call(7)).toThrow(/got a number$/)
  })

  test('applies recommended by default: a missing section and an unknown Holland type are errors', () => {
    const text = edit(misspelt, '## Common job titles\n\n- Baker\n- Pastry baker\n', '')
    expect(validate(text, {format: 'markdown'}).map((message) => [message.ruleId, message.fatal])).toEqual([
      ['required-sections', true],
      ['unknown-holland-type', true]
    ])
  })

  test('accepts a parse result without parsing again', () => {
    const result = parse(misspelt, {format: 'markdown'})
    expect(validate(result).map((message) => message.ruleId)).toEqual(['unknown-holland-type'])
  })

  test('checks a profession object as convert writes it', () => {
    const profession = parse(validProfile, {format: 'markdown'}).profession
    expect(validate(profession)).toEqual([])
    expect(validate({...profession, title: ''}).map((message) => [message.ruleId, message.line])).toEqual([
      ['missing-title', 2]
    ])
  })

  test('reads `.json` files as converted profiles', () => {
    expect(validate('{', {file: 'a.json'}).map((message) => message.ruleId)).toEqual(['json-syntax'])
  })

  test('throws a ConfigError for an invalid configuration', () => {
    expect(() => validate(validProfile, {config: {rules: {nope: 'off'}} as never})).toThrow(/unknown rule `nope`/)
  })
})
