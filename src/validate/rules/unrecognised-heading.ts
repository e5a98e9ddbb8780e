import {builtinRule} from '../rule.js'

/**
 * `unrecognised-heading`: a Markdown heading no detector recognises; its content is not read.
 * Raised by the parser; this rule sets its severity.
 */
export const unrecognisedHeading = builtinRule({
  id: 'unrecognised-heading',
  description: 'A Markdown heading no detector knows',
  severity: 'info',
  tags: ['parser'],
  inputs: ['document'],
  defaults: {}
})
