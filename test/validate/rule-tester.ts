import {describe, expect, test} from 'vitest'
import {validate, type ValidateOptions} from '../../src/validate/validate.js'
import type {Rule} from '../../src/validate/rule.js'

/** A case: a document (Markdown by default) or a converted profile (`format: 'json'`). */
export interface ValidCase {
  name: string
  text: string | Uint8Array
  format?: 'text' | 'markdown' | 'html' | 'json' | undefined
  /** Options for the rule under test. */
  options?: Record<string, unknown> | undefined
  /** Other options of `validate`, such as custom `detectors`. */
  settings?: ValidateOptions | undefined
}

/** A message the rule must report: where, and what it says. */
export interface ExpectedMessage {
  line: number
  column: number
  /** The reason, or `expect.stringMatching(…)` where a figure in it may move. */
  reason: string
  /** The related place (`cause`), when the rule gives one. */
  cause?: {line: number; column: number} | undefined
}

/** A case the rule must report, with exactly these messages. */
export interface InvalidCase extends ValidCase {
  messages: ExpectedMessage[]
}

/**
 * ESLint's RuleTester shape: `valid` cases must get no message from the
 * rule, `invalid` ones exactly the messages listed (place and reason). The
 * rule runs at `error` with the case's options, through `validate`, so the
 * parser, the JSON reader and the engine are exercised as users run them.
 *
 * @param rule
 *   The rule under test.
 * @param cases
 *   Its cases.
 */
export function ruleTester(rule: Rule, cases: {valid: ValidCase[]; invalid: InvalidCase[]}): void {
  describe(rule.id, () => {
    for (const valid of cases.valid) {
      test(`valid: ${valid.name}`, () => {
        expect(run(rule, valid)).toEqual([])
      })
    }

    for (const invalid of cases.invalid) {
      test(`invalid: ${invalid.name}`, () => {
        expect(run(rule, invalid)).toEqual(invalid.messages)
      })
    }
  })
}

function run(rule: Rule, entry: ValidCase): ExpectedMessage[] {
  const messages = validate(entry.text, {
    ...entry.settings,
    format: entry.format ?? 'markdown',
    file: 'case',
    config: {rules: {[rule.id]: entry.options ? ['error', entry.options] : 'error'}}
  })
  return messages
    .filter((message) => message.ruleId === rule.id)
    .map((message) => {
      expect(message.source).toBe('profession-parser')
      expect(message.url).toBe(rule.url)
      expect(message.fatal).toBe(true)
      const cause = message.cause as {line?: number; column?: number} | undefined
      return {
        line: message.line ?? 0,
        column: message.column ?? 0,
        reason: message.reason,
        ...(cause ? {cause: {line: cause.line ?? 0, column: cause.column ?? 0}} : {})
      }
    })
}

/** A complete Markdown profile that every rule accepts; cases edit copies of it. */
export const validProfile = `# Baker

Bakers bake bread, rolls and pastries for shops and restaurants.

## Personality Type

Realistic / Social

## Knowledge

- **Bread chemistry**: Reactions in dough while it rises and bakes.

## Skills

- **Knead dough**: Work dough by hand or machine until it is smooth.

## Optional knowledge and skills

- food safety
- operate ovens

## Common job titles

- Baker
- Pastry baker
`

/** The same profile as `convert` writes it. */
export const validJson =
  JSON.stringify(
    {
      title: 'Baker',
      description: 'Bakers bake bread, rolls and pastries for shops and restaurants.',
      personalityTypes: [{code: 'RS', types: ['Realistic', 'Social']}],
      knowledge: [{name: 'Bread chemistry', description: 'Reactions in dough while it rises and bakes.'}],
      skills: [{name: 'Knead dough', description: 'Work dough by hand or machine until it is smooth.'}],
      optionalSkills: [
        {name: 'food safety', kind: 'knowledge'},
        {name: 'operate ovens', kind: 'skill'}
      ],
      jobTitles: ['Baker', 'Pastry baker']
    },
    null,
    2
  ) + '\n'

/**
 * A copy of `text` with `from` replaced by `to`; throws when `from` is not
 * there, so a case cannot silently test the unedited profile.
 */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`Cannot edit: \`${from}\` is not in the text`)
  return text.replace(from, to)
}
