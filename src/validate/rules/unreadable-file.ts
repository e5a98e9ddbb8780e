import {builtinRule} from '../rule.js'

/**
 * `unreadable-file`: an input `validate` could not read — missing, not
 * readable, not a regular file, or larger than `--max-file-size` (not read
 * at all). Raised by `validate` as it reads; this rule sets its severity.
 */
export const unreadableFile = builtinRule({
  id: 'unreadable-file',
  description: 'An input that cannot be read, or is larger than --max-file-size',
  severity: 'error',
  tags: ['cli'],
  inputs: ['document', 'json'],
  defaults: {}
})
