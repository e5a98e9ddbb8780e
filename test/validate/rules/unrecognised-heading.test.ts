import {unrecognisedHeading} from '../../../src/validate/rules/unrecognised-heading.js'
import {ruleTester, validProfile} from '../rule-tester.js'

ruleTester(unrecognisedHeading, {
  valid: [
    {name: 'known headings', text: validProfile},
    {name: 'an unknown line in a text page (no heading syntax there)', text: 'Profession baker\n\nBakers bake.\n\nSalary\n\nPersonality Type\n\n  • Realistic / Social\n', format: 'text'}
  ],
  invalid: [
    {
      name: 'a heading no detector knows, at the heading',
      text: validProfile + '\n## Salary\n\nGood.\n',
      messages: [
        {line: 27, column: 1, reason: 'Unexpected heading `Salary`, expected a profession section; its content is not read'}
      ]
    }
  ]
})
