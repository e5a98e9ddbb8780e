import {builtinRule} from '../rule.js'

/**
 * `html-too-deep`: an HTML page is nested too deeply for rehype-parse to
 * read; nothing of it is read. Raised by the parser; this rule sets its severity.
 */
export const htmlTooDeep = builtinRule({
  id: 'html-too-deep',
  description: 'An HTML page nested too deeply to read',
  severity: 'error',
  tags: ['parser'],
  inputs: ['document'],
  defaults: {}
})
