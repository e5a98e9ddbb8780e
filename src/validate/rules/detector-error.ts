import {builtinRule} from '../rule.js'

/**
 * `detector-error`: a hook of a section detector threw; the section is read as empty.
 * Raised by the parser; this rule sets its severity.
 */
export const detectorError = builtinRule({
  id: 'detector-error',
  description: 'A section detector that threw while parsing',
  severity: 'error',
  tags: ['parser'],
  inputs: ['document'],
  defaults: {}
})
