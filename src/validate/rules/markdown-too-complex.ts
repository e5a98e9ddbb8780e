import {builtinRule} from '../rule.js'

/**
 * `markdown-too-complex`: Markdown that would take remark too long to read
 * (many block quotes, lists or emphasis marks closing); the document is read
 * as plain text instead.
 * Raised by the parser; this rule sets its severity.
 */
export const markdownTooComplex = builtinRule({
  id: 'markdown-too-complex',
  description: 'Markdown that would take remark too long to read',
  severity: 'error',
  tags: ['parser'],
  inputs: ['document'],
  defaults: {}
})
