import {builtinRule} from '../rule.js'

/**
 * `front-matter-yaml`: Markdown front matter is not valid YAML, or not a mapping; it is ignored.
 * Raised by the parser; this rule sets its severity.
 */
export const frontMatterYaml = builtinRule({
  id: 'front-matter-yaml',
  description: 'Front matter that is not a YAML mapping',
  severity: 'warn',
  tags: ['parser'],
  inputs: ['document'],
  defaults: {}
})
