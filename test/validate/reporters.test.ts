import {VFileMessage} from 'vfile-message'
import {describe, expect, test} from 'vitest'
import {githubReporter} from '../../src/validate/reporters/github.js'
import {jsonReporter} from '../../src/validate/reporters/json.js'
import {sarifReporter} from '../../src/validate/reporters/sarif.js'
import {stylishReporter} from '../../src/validate/reporters/stylish.js'
import type {FileReport} from '../../src/validate/reporters/types.js'
import {builtinRule, createRule} from '../../src/validate/rule.js'

function message(
  reason: string,
  ruleId: string,
  fatal: boolean | undefined,
  place: VFileMessage['place']
): VFileMessage {
  const value = new VFileMessage(reason, {place, ruleId, source: 'profession-parser'})
  value.fatal = fatal
  value.url = `https://unpkg.com/profession-parser/docs/rules/${ruleId}.md`
  return value
}

const files: FileReport[] = [
  {
    path: 'pages/baker, senior.md',
    messages: [
      message('Unexpected missing section “Knowledge”, expected essential knowledge items', 'required-sections', true, {
        line: 1,
        column: 1
      }),
      message('Unexpected placeholder `TODO` in the description, expected finished text\n(50% done)', 'placeholder-text', false, {
        start: {line: 3, column: 20},
        end: {line: 3, column: 24}
      }),
      message('Dropped promotional boilerplate: “Take our free test”', 'boilerplate', undefined, {line: 5, column: 1})
    ]
  },
  {path: 'out/baker.json', messages: []}
]

describe('json reporter', () => {
  test('prints an array of files with their counts and messages, as 2-space JSON', () => {
    expect(jsonReporter(files)).toBe(JSON.stringify([
      {
        file: 'pages/baker, senior.md',
        errorCount: 1,
        warningCount: 1,
        messages: [
          {
            ruleId: 'required-sections',
            severity: 'error',
            reason: 'Unexpected missing section “Knowledge”, expected essential knowledge items',
            line: 1,
            column: 1,
            endLine: null,
            endColumn: null,
            url: 'https://unpkg.com/profession-parser/docs/rules/required-sections.md'
          },
          {
            ruleId: 'placeholder-text',
            severity: 'warning',
            reason: 'Unexpected placeholder `TODO` in the description, expected finished text\n(50% done)',
            line: 3,
            column: 20,
            endLine: 3,
            endColumn: 24,
            url: 'https://unpkg.com/profession-parser/docs/rules/placeholder-text.md'
          },
          {
            ruleId: 'boilerplate',
            severity: 'info',
            reason: 'Dropped promotional boilerplate: “Take our free test”',
            line: 5,
            column: 1,
            endLine: null,
            endColumn: null,
            url: 'https://unpkg.com/profession-parser/docs/rules/boilerplate.md'
          }
        ]
      },
      {file: 'out/baker.json', errorCount: 0, warningCount: 0, messages: []}
    ], null, 2) + '\n')
  })

  test('is 2-space JSON ending in a newline, and leaves out info when quiet', () => {
    const text = jsonReporter(files, {quiet: true})
    expect(text.endsWith(']\n')).toBe(true)
    expect(text.split('\n')[1]).toBe('  {')
    expect((JSON.parse(text) as Array<{messages: unknown[]}>)[0]?.messages.length).toBe(2)
  })
})

describe('github reporter', () => {
  test('prints one workflow command per message, escaped', () => {
    expect(githubReporter(files)).toBe(
      '::error file=pages/baker%2C senior.md,line=1,col=1,title=required-sections::Unexpected missing section “Knowledge”, expected essential knowledge items\n' +
        '::warning file=pages/baker%2C senior.md,line=3,col=20,title=placeholder-text::Unexpected placeholder `TODO` in the description, expected finished text%0A(50%25 done)\n' +
        '::notice file=pages/baker%2C senior.md,line=5,col=1,title=boilerplate::Dropped promotional boilerplate: “Take our free test”\n'
    )
  })

  test('leaves out notices when quiet, and prints nothing for clean files', () => {
    expect(githubReporter(files, {quiet: true}).split('\n').length).toBe(3)
    expect(githubReporter([{path: 'a.md', messages: []}])).toBe('')
  })
})

describe('stylish reporter', () => {
  test('prints vfile-reporter’s report', () => {
    expect(stylishReporter(files)).toBe(
      [
        'out/baker.json: no issues found',
        'pages/baker, senior.md',
        '1:1       error   Unexpected missing section “Knowledge”, expected essential knowledge items required-sections profession-parser',
        '3:20-3:24 warning Unexpected placeholder `TODO` in the description, expected finished text   placeholder-text  profession-parser',
        '(50% done)',
        '5:1       info    Dropped promotional boilerplate: “Take our free test”                      boilerplate       profession-parser',
        '',
        '3 messages (✖ 1 error, ⚠ 1 warning)',
        ''
      ].join('\n')
    )
  })

  test('leaves out info and clean files when quiet', () => {
    const text = stylishReporter(files, {quiet: true})
    expect(text).not.toContain('boilerplate')
    expect(text).not.toContain('no issues found')
  })
})

describe('sarif reporter', () => {
  const rule = builtinRule({
    id: 'placeholder-text',
    description: 'Placeholder text such as TODO',
    severity: 'error',
    tags: ['content'],
    inputs: ['document'],
    defaults: {}
  })

  test('prints a SARIF 2.1.0 log with the rules and one result per message', () => {
    const text = sarifReporter([files[0]!], {version: '1.2.3', rules: [rule], quiet: true})
    expect(text).toBe(JSON.stringify({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'profession-parser',
              version: '1.2.3',
              informationUri: 'https://www.npmjs.com/package/profession-parser',
              rules: [
                {
                  id: 'placeholder-text',
                  shortDescription: {text: 'Placeholder text such as TODO'},
                  helpUri: 'https://unpkg.com/profession-parser/docs/rules/placeholder-text.md',
                  defaultConfiguration: {level: 'error'},
                  properties: {tags: ['content']}
                }
              ]
            }
          },
          results: [
            {
              ruleId: 'required-sections',
              level: 'error',
              message: {text: 'Unexpected missing section “Knowledge”, expected essential knowledge items'},
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: {uri: 'pages/baker,%20senior.md', uriBaseId: '%SRCROOT%'},
                    region: {startLine: 1, startColumn: 1}
                  }
                }
              ]
            },
            {
              ruleId: 'placeholder-text',
              ruleIndex: 0,
              level: 'warning',
              message: {text: 'Unexpected placeholder `TODO` in the description, expected finished text\n(50% done)'},
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: {uri: 'pages/baker,%20senior.md', uriBaseId: '%SRCROOT%'},
                    region: {startLine: 3, startColumn: 20, endLine: 3, endColumn: 24}
                  }
                }
              ]
            }
          ]
        }
      ]
    }, null, 2) + '\n')
  })

  test('describes the built-in rules by default, info as notes', () => {
    const log = JSON.parse(sarifReporter(files)) as {runs: Array<{tool: {driver: {rules: unknown[]}}; results: Array<{level: string}>}>}
    expect(log.runs[0]?.tool.driver.rules.length).toBe(24)
    expect(log.runs[0]?.results.map((result) => result.level)).toEqual(['error', 'warning', 'note'])
  })

  test('gives a rule of one’s own its page as helpUri, and none when it has none', () => {
    const base = {description: 'House style', severity: 'warn' as const, tags: ['content'], inputs: ['document' as const], defaults: {}}
    const rules = [createRule({...base, id: 'with-page', url: 'https://example.com/with-page'}), createRule({...base, id: 'without-page'})]
    const log = JSON.parse(sarifReporter([], {rules})) as {runs: Array<{tool: {driver: {rules: Array<Record<string, unknown>>}}}>}
    expect(log.runs[0]?.tool.driver.rules.map((rule) => [rule['id'], rule['helpUri']])).toEqual([
      ['with-page', 'https://example.com/with-page'],
      ['without-page', undefined]
    ])
  })
})
