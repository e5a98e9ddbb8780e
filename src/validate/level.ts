import type {Severity} from '../messages/report.js'

/**
 * How a rule is configured: `off` turns it off, `info` reports without ever
 * failing, `warn` reports a warning (that fails only past
 * `--max-warnings`), `error` fails the run.
 */
export type Level = 'off' | 'info' | 'warn' | 'error'

/** The levels, mildest first. */
export const levels = ['off', 'info', 'warn', 'error'] as const satisfies readonly Level[]

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
