import {builtinRule} from '../rule.js'

/**
 * `missing-title`: no title was found (documents), or `title` is missing or
 * empty (converted profiles). Raised by the parser and by the JSON reader;
 * this rule sets its severity. The title is the one required section that
 * `required-sections` leaves to this rule.
 */
export const missingTitle = builtinRule({
  id: 'missing-title',
  description: 'A profile without a title',
  severity: 'error',
  tags: ['parser', 'json'],
  inputs: ['document', 'json'],
  defaults: {}
})
