import {builtinRule} from '../rule.js'

/**
 * `binary-content`: the input is binary (a NUL, or many control characters).
 * Raised by the parser; this rule sets its severity.
 */
export const binaryContent = builtinRule({
  id: 'binary-content',
  description: 'Input that is binary rather than text',
  severity: 'error',
  tags: ['parser'],
  inputs: ['document'],
  defaults: {}
})
