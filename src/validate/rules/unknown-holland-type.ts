import {builtinRule} from '../rule.js'

/**
 * `unknown-holland-type`: a personality line, a front matter `holland:`
 * value, or a converted profile's `types` entry has a word that is not one
 * of the six Holland types. Raised by the parser (at the word) and by the
 * JSON reader (at the value); this rule sets its severity.
 */
export const unknownHollandType = builtinRule({
  id: 'unknown-holland-type',
  description: 'A personality type that is not one of the six Holland types',
  severity: 'error',
  tags: ['parser', 'json'],
  inputs: ['document', 'json'],
  defaults: {}
})
