import {frontMatterYaml} from '../../../src/validate/rules/front-matter-yaml.js'
import {ruleTester, validProfile} from '../rule-tester.js'

ruleTester(frontMatterYaml, {
  valid: [{name: 'a mapping', text: '---\ntitle: Baker\n---\n' + validProfile}],
  invalid: [
    {
      name: 'a list instead of a mapping, at the front matter',
      text: '---\n- Baker\n---\n' + validProfile,
      messages: [{line: 1, column: 1, reason: 'Unexpected front matter that is not a mapping, expected `key: value` lines'}]
    }
  ]
})
