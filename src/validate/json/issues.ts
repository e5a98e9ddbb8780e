import type {z} from 'zod'
import {readHollandLine} from '../../extract/holland.js'
import {hollandCode, hollandType, type HollandType} from '../../model/riasec.js'

/** What a schema issue becomes: the rule it belongs to and its text. */
export interface IssueText {
  ruleId: 'missing-title' | 'profession-schema' | 'unknown-holland-type'
  reason: string
  actual?: string | undefined
  expected?: string[] | undefined
}

/**
 * Word a zod issue on a converted profile the way the parser words its
 * messages ("Unexpected X, expected Y"), under the rule users know it by:
 * a bad Holland type is `unknown-holland-type` and a missing or empty title
 * `missing-title`, as for documents; anything else is `profession-schema`.
 *
 * @param issue
 *   The zod issue.
 * @param data
 *   The parsed JSON, to quote what was found.
 */
export function issueText(issue: z.core.$ZodIssue, data: unknown): IssueText {
  const path = issue.path.map(String)
  const pointer = '/' + path.join('/')
  const actual = valueAt(data, path)
  const missing = actual === undefined

  if (path.length === 4 && path[0] === 'personalityTypes' && path[2] === 'types' && typeof actual === 'string') {
    const suggestion = readHollandLine(actual)?.unknown[0]?.suggestion
    return {
      ruleId: 'unknown-holland-type',
      reason:
        `Unexpected Holland type \`${actual}\`, expected one of Realistic, Investigative, Artistic, Social, Enterprising, Conventional` +
        (suggestion ? ` (did you mean \`${suggestion}\`?)` : ''),
      actual,
      expected: suggestion ? [suggestion] : undefined
    }
  }

  if (pointer === '/title') {
    return {
      ruleId: 'missing-title',
      reason: missing
        ? 'Unexpected profile without `title`, expected the name of the profession'
        : `Unexpected ${describe(actual)} as \`title\`, expected the name of the profession`
    }
  }

  if (path.at(-1) === 'code' && issue.code === 'custom') {
    const types = valueAt(data, [...path.slice(0, -1), 'types'])
    const code = Array.isArray(types) ? hollandCode(types.map((type) => hollandType(String(type)) as HollandType)) : '?'
    return schema(`Unexpected code ${describe(actual)} at \`${pointer}\`, expected \`${code}\`, the initials of \`types\` in order`)
  }

  if (missing && path.length > 0) {
    const key = path.at(-1)
    const parent = path.length > 1 ? `\`/${path.slice(0, -1).join('/')}\`` : 'the profession'
    return schema(`Unexpected ${parent} without \`${key}\`, expected ${expectation(issue)}`)
  }

  return schema(`Unexpected ${describe(actual)} at \`${pointer}\`, expected ${expectation(issue)}`)
}

/** What the schema wanted, in words. */
function expectation(issue: z.core.$ZodIssue): string {
  const last = issue.path.at(-1)
  return issue.code === 'invalid_type'
      ? article(issue.expected)
      : issue.code === 'invalid_value'
        ? 'one of ' + issue.values.map((value) => JSON.stringify(value)).join(', ')
        : issue.code === 'too_small' && issue.origin === 'array'
          ? `at least ${issue.minimum} entry`
          : issue.code === 'too_small'
            ? 'non-empty text'
            : issue.code === 'invalid_format' && last === 'code'
              ? 'Holland letters (R, I, A, S, E, C), such as "EA"'
              : issue.message
}

function schema(reason: string): IssueText {
  return {ruleId: 'profession-schema', reason}
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let value = data
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<string, unknown>)[part]
  }

  return value
}

/** `"EX"`, `empty string`, `list`, `number 3`. */
function describe(value: unknown): string {
  if (value === '') return 'empty string'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value)
  if (Array.isArray(value)) return value.length === 0 ? 'empty list' : 'list'
  if (value === null) return '`null`'
  if (typeof value === 'object') return 'object'
  return `${typeof value} \`${String(value)}\``
}

function article(expected: string): string {
  return expected === 'array' ? 'a list' : expected === 'object' ? 'an object' : `a ${expected}`
}
