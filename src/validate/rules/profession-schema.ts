import {builtinRule} from '../rule.js'

/**
 * `profession-schema`: a `.json` profile does not fit the model (wrong type, missing or unknown key, bad code), at the offending value.
 * Raised by the JSON reader; this rule sets its severity.
 */
export const professionSchema = builtinRule({
  id: 'profession-schema',
  description: 'A converted profile that does not fit the profession schema',
  severity: 'error',
  tags: ['json'],
  inputs: ['json'],
  defaults: {}
})
