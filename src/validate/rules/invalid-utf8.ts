import {builtinRule} from '../rule.js'

/**
 * `invalid-utf8`: the input has bytes that are not UTF-8; they were replaced with U+FFFD.
 * Raised by the parser; this rule sets its severity.
 */
export const invalidUtf8 = builtinRule({
  id: 'invalid-utf8',
  description: 'Bytes that are not valid UTF-8',
  severity: 'warn',
  tags: ['parser'],
  inputs: ['document'],
  defaults: {}
})
