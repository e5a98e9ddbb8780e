import {builtinRule} from '../rule.js'

/**
 * `empty-document`: the document is empty or only whitespace.
 * Raised by the parser; this rule sets its severity.
 */
export const emptyDocument = builtinRule({
  id: 'empty-document',
  description: 'An empty document',
  severity: 'error',
  tags: ['parser'],
  inputs: ['document'],
  defaults: {}
})
