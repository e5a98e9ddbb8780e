import type {Severity} from '../messages/report.js'

/**
 * The levels a rule can be configured at, mildest first: `off` turns it
 * off, `info` reports without ever failing, `warn` reports a warning (that
 * fails only past `--max-warnings`), `error` fails the run.
 */
export const levels = ['off', 'info', 'warn', 'error'] as const

/** How a rule is configured: `off`, `info`, `warn` or `error`. */
export type Level = (typeof levels)[number]

/**
 * vfile's `fatal` for a level: `true` for errors, `false` for warnings,
 * `undefined` for info.
 */
export function fatalOf(level: Exclude<Level, 'off'>): boolean | undefined {
  return level === 'error' ? true : level === 'warn' ? false : undefined
}

/** The level a message severity corresponds to. */
export function levelOf(severity: Severity): Exclude<Level, 'off'> {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warn' : 'info'
}
