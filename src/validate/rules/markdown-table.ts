import {builtinRule} from '../rule.js'

/**
 * `markdown-table`: a pipe table in a Markdown document; its content is not read.
 * Raised by the parser; this rule sets its severity.
 */
export const markdownTable = builtinRule({
  id: 'markdown-table',
  description: 'A Markdown table, which is not read',
  severity: 'info',
  tags: ['parser'],
  inputs: ['document'],
  defaults: {}
})
