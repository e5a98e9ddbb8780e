import {builtinRule} from '../rule.js'

/**
 * `unassigned-content`: content no section takes (it is not read into the profession).
 * Raised by the parser; this rule sets its severity.
 */
export const unassignedContent = builtinRule({
  id: 'unassigned-content',
  description: 'Content outside every section',
  severity: 'info',
  tags: ['parser'],
  inputs: ['document'],
  defaults: {}
})
