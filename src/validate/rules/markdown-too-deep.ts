import {builtinRule} from '../rule.js'

/**
 * `markdown-too-deep`: block quotes and list items, or emphasis and
 * brackets, nested more than 100 deep; the document is read as plain text
 * instead. Raised by the parser;
 * this rule sets its severity.
 */
export const markdownTooDeep = builtinRule({
  id: 'markdown-too-deep',
  description: 'Markdown nested too deeply to read as Markdown',
  severity: 'error',
  tags: ['parser'],
  inputs: ['document'],
  defaults: {}
})
