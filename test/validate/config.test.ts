import {describe, expect, test} from 'vitest'
import {checkConfig, ConfigError} from '../../src/validate/config/check.js'
import type {Config} from '../../src/validate/config/schema.js'
import {builtinRules} from '../../src/validate/registry.js'
import {isPlainConfig} from '../../src/validate/config/quick.js'
import {isIgnored, resolveSettings} from '../../src/validate/settings.js'

function failure(data: unknown): Pick<ConfigError, 'message' | 'key'> {
  try {
    checkConfig(data, '.profession-parser.json')
  } catch (error) {
    if (error instanceof ConfigError) return {message: error.message, key: error.key}
    throw error
  }

  throw new Error('Expected a ConfigError')
}

describe('checkConfig', () => {
  test('accepts levels, [level] and [level, options]', () => {
    const config = {
      $schema: './node_modules/profession-parser/schema/config.schema.json',
      extends: ['recommended', 'strict'],
      rules: {boilerplate: 'off', 'empty-section': ['info'], 'required-sections': ['error', {sections: ['tasks']}]},
      overrides: [{files: 'drafts/**', rules: {'placeholder-text': 'warn'}}],
      ignores: ['archive/**']
    }
    expect(checkConfig(config, 'c.json')).toEqual(config)
  })

  test('names the file and the key of a bad level', () => {
    expect(failure({rules: {'placeholder-text': 'warning'}})).toEqual({
      message:
        '.profession-parser.json: invalid `rules.placeholder-text`: Invalid option: expected one of "off"|"info"|"warn"|"error"',
      key: 'rules.placeholder-text'
    })
  })

  test('lists the known rule ids for an unknown one', () => {
    const {message, key} = failure({overrides: [{files: '*.md', rules: {'no-todo': 'error'}}]})
    expect(key).toBe('overrides[0].rules.no-todo')
    expect(message).toBe(
      '.profession-parser.json: unknown rule `no-todo` in `overrides[0].rules`, expected one of: ' +
        builtinRules.map((rule) => rule.id).join(', ')
    )
  })

  test('names a bad option deep in a rule entry', () => {
    expect(failure({rules: {'required-sections': ['error', {sections: ['title']}]}}).key).toBe(
      'rules.required-sections[1].sections[0]'
    )
    expect(failure({rules: {'uncertain-segmentation': ['warn', {minimum: 2}]}}).key).toBe(
      'rules.uncertain-segmentation[1].minimum'
    )
    expect(failure({rules: {'duplicate-item': ['warn', {field: []}]}})).toEqual({
      message:
        ".profession-parser.json: unknown key `rules.duplicate-item[1].field`, expected the options listed in the rule's documentation",
      key: 'rules.duplicate-item[1].field'
    })
  })

  test('names unknown top-level keys and presets', () => {
    expect(failure({ignore: []})).toEqual({
      message: '.profession-parser.json: unknown key `ignore`, expected $schema, extends, plugins, rules, overrides or ignores',
      key: 'ignore'
    })
    expect(failure({extends: 'recomended'}).key).toBe('extends')
    expect(failure({overrides: [{rules: {}}]}).key).toBe('overrides[0].files')
  })

  test('prefixes the key with where the configuration sits (package.json)', () => {
    expect(() => checkConfig({rules: {x: 'off'}}, 'package.json', builtinRules, ['profession-parser'])).toThrow(
      'package.json: unknown rule `x` in `profession-parser.rules`'
    )
  })
})

describe('resolveSettings', () => {
  test('is recommended without a configuration: every rule at its own level', () => {
    const settings = resolveSettings(undefined, undefined, builtinRules)
    expect(Object.keys(settings)).toEqual(builtinRules.map((rule) => rule.id))
    expect(settings['boilerplate']).toEqual({level: 'info', options: undefined})
    expect(settings['required-sections']?.level).toBe('error')
    expect(settings['unknown-holland-type']?.level).toBe('error')
    expect(settings['duplicate-item']?.level).toBe('warn')
  })

  test('raises every rule a step in strict, and requires the optional list', () => {
    const settings = resolveSettings({extends: 'strict'}, undefined, builtinRules)
    expect(settings['boilerplate']?.level).toBe('warn')
    expect(settings['duplicate-item']?.level).toBe('error')
    expect(settings['required-sections']?.options).toEqual({
      sections: ['description', 'personality', 'knowledge', 'skills', 'optional-skills', 'job-titles']
    })
  })

  test('applies rules, then matching overrides in order; a level alone keeps earlier options', () => {
    const config: Config = {
      rules: {'placeholder-text': ['warn', {words: ['TODO']}]},
      overrides: [
        {files: 'drafts/**', rules: {'placeholder-text': 'off', 'required-sections': 'warn'}},
        {files: ['*.md'], rules: {'placeholder-text': 'error'}}
      ]
    }
    expect(resolveSettings(config, 'pages/a.md', builtinRules)['placeholder-text']).toEqual({
      level: 'error',
      options: {words: ['TODO']}
    })
    const draft = resolveSettings(config, 'drafts/a.txt', builtinRules)
    expect(draft['placeholder-text']?.level).toBe('off')
    expect(draft['required-sections']?.level).toBe('warn')
  })

  test('matches a path written with a leading ./ as the same path without it', () => {
    const config: Config = {
      overrides: [
        {files: 'drafts/**', rules: {'placeholder-text': 'off'}},
        {files: '*.md', rules: {'required-sections': 'off'}}
      ],
      ignores: ['archive/**']
    }
    for (const path of ['drafts/a.md', './drafts/a.md', '././drafts/a.md']) {
      const settings = resolveSettings(config, path, builtinRules)
      expect([path, settings['placeholder-text']?.level, settings['required-sections']?.level]).toEqual([path, 'off', 'off'])
    }

    expect(isIgnored(config, './archive/old.txt')).toBe(true)
  })

  test('ignores files like .gitignore: a glob without a slash matches at any depth', () => {
    const config = {ignores: ['archive/**', '*.draft.md']}
    expect(isIgnored(config, 'archive/old.txt')).toBe(true)
    expect(isIgnored(config, 'pages/x.draft.md')).toBe(true)
    expect(isIgnored(config, 'pages/x.md')).toBe(false)
    expect(isIgnored(undefined, 'pages/x.md')).toBe(false)
  })
})

describe('isPlainConfig', () => {
  const accepted = [
    {},
    {$schema: 'x', extends: 'strict'},
    {extends: [], rules: {'placeholder-text': 'error'}},
    {extends: ['recommended', 'strict'], rules: {boilerplate: 'off', 'empty-section': ['warn']}},
    {overrides: [{files: '*.md', rules: {'missing-description': 'off'}}, {files: ['a/**', 'b/**']}], ignores: ['old/**']}
  ]
  const deferred = [
    null,
    [],
    'recommended',
    {rules: {'required-sections': ['error', {sections: ['tasks']}]}},
    {rules: {'required-sections': ['error', {sections: ['title']}]}},
    {rules: {nope: 'off'}},
    {rules: {boilerplate: 'warning'}},
    {rules: {boilerplate: []}},
    {extends: 'recomended'},
    {ignore: []},
    {ignores: ['']},
    {overrides: [{rules: {}}]},
    {overrides: [{files: []}]},
    {overrides: [{files: 'a', rule: {}}]},
    {$schema: 1}
  ]

  test.each(accepted.map((config) => [JSON.stringify(config), config]))('accepts %s, as zod does', (_, config) => {
    expect(isPlainConfig(config, builtinRules)).toBe(true)
    expect(checkConfig(config, 'c.json')).toEqual(config)
  })

  test.each(deferred.map((config) => [JSON.stringify(config), config]))('leaves %s to zod', (_, config) => {
    expect(isPlainConfig(config, builtinRules)).toBe(false)
  })
})
