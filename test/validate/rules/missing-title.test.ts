import {missingTitle} from '../../../src/validate/rules/missing-title.js'
import {edit, ruleTester, validJson, validProfile} from '../rule-tester.js'

ruleTester(missingTitle, {
  valid: [
    {name: 'a `#` heading', text: validProfile},
    {name: 'a front matter title', text: '---\ntitle: Baker\n---\n' + edit(validProfile, '# Baker\n\n', '')},
    {name: 'a title in a converted profile', text: validJson, format: 'json'}
  ],
  invalid: [
    {
      name: 'a document without a title',
      text: edit(validProfile, '# Baker\n\n', ''),
      messages: [
        {
          line: 1,
          column: 1,
          reason:
            'Unexpected document without a title, expected a first line such as “Profession <name>” or a `# Name` heading'
        }
      ]
    },
    {
      name: 'an empty title in a converted profile, at the value',
      text: edit(validJson, '"title": "Baker"', '"title": ""'),
      format: 'json',
      messages: [{line: 2, column: 12, reason: 'Unexpected empty string as `title`, expected the name of the profession'}]
    },
    {
      name: 'a converted profile without `title`, at its object',
      text: edit(validJson, '"title": "Baker",\n  ', ''),
      format: 'json',
      messages: [{line: 1, column: 1, reason: 'Unexpected profile without `title`, expected the name of the profession'}]
    }
  ]
})
