import {createRule} from '../rule.js'

/**
 * `unrecognised-heading`: a Markdown heading no detector recognises; its content is not read.
 * Raised by the parser; this rule sets its severity.
 */
export const unrecognisedHeading = createRule({
  id: 'unrecognised-heading',
  description: 'A Markdown heading no detector knows',
  severity: 'info',
  tags: ['parser'],
  inputs: ['document'],
  defaults: {}
})
