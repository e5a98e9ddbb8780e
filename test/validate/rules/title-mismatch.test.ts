import {titleMismatch} from '../../../src/validate/rules/title-mismatch.js'
import {ruleTester, validProfile} from '../rule-tester.js'

ruleTester(titleMismatch, {
  valid: [
    {name: 'no front matter', text: validProfile},
    {name: 'the same title, case and spacing aside', text: '---\ntitle: baker\n---\n' + validProfile},
    {name: 'a "Profession" prefix', text: '---\ntitle: Profession Baker\n---\n' + validProfile},
    {name: 'a front matter title without a heading', text: '---\ntitle: Baker\n---\n' + validProfile.replace('# Baker\n\n', '')}
  ],
  invalid: [
    {
      name: 'a heading that names another profession, with the front matter as cause',
      text: '---\ntitle: Pastry cook\n---\n' + validProfile,
      messages: [
        {
          line: 4,
          column: 1,
          reason: 'Unexpected title `Baker` in the heading, expected `Pastry cook` as in the front matter',
          cause: {line: 2, column: 8}
        }
      ]
    },
    {
      name: 'a `name:` key',
      text: '---\nname: Confectioner\n---\n' + validProfile,
      messages: [
        {
          line: 4,
          column: 1,
          reason: 'Unexpected title `Baker` in the heading, expected `Confectioner` as in the front matter',
          cause: {line: 2, column: 7}
        }
      ]
    }
  ]
})
