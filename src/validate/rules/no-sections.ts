import {builtinRule} from '../rule.js'

/**
 * `no-sections`: no section other than the title and description was found.
 * Raised by the parser; this rule sets its severity.
 */
export const noSections = builtinRule({
  id: 'no-sections',
  description: 'A document without any profession section',
  severity: 'error',
  tags: ['parser'],
  inputs: ['document'],
  defaults: {}
})
