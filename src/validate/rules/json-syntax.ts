import {builtinRule} from '../rule.js'

/**
 * `json-syntax`: a `.json` profile does not parse as JSON (at the first bad character).
 * Raised by the JSON reader; this rule sets its severity.
 */
export const jsonSyntax = builtinRule({
  id: 'json-syntax',
  description: 'A converted profile that is not valid JSON',
  severity: 'error',
  tags: ['json'],
  inputs: ['json'],
  defaults: {}
})
