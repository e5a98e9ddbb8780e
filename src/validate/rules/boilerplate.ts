import {builtinRule} from '../rule.js'

/**
 * `boilerplate`: a promotional line ("Take our free Holland code career test…") was dropped.
 * Raised by the parser; this rule sets its severity.
 */
export const boilerplate = builtinRule({
  id: 'boilerplate',
  description: 'Promotional boilerplate left in the document',
  severity: 'info',
  tags: ['parser'],
  inputs: ['document'],
  defaults: {}
})
