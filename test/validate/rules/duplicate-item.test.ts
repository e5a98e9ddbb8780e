import {duplicateItem} from '../../../src/validate/rules/duplicate-item.js'
import {edit, ruleTester, validJson, validProfile} from '../rule-tester.js'

const knowledge = '- **Bread chemistry**: Reactions in dough while it rises and bakes.\n'

ruleTester(duplicateItem, {
  valid: [
    {name: 'distinct items', text: validProfile},
    {name: 'distinct items in a converted profile', text: validJson, format: 'json'},
    {
      name: 'a job title repeated, when job titles are not compared',
      text: edit(validProfile, '- Pastry baker\n', '- Pastry baker\n- baker\n')
    }
  ],
  invalid: [
    {
      name: 'a knowledge item listed twice, at the second, with the first as cause',
      text: edit(validProfile, knowledge, knowledge + '- **bread  chemistry**: Again.\n'),
      messages: [
        {
          line: 12,
          column: 3,
          reason: 'Unexpected duplicate knowledge item `bread chemistry`, expected each knowledge item once',
          cause: {line: 11, column: 3}
        }
      ]
    },
    {
      name: 'a skill that is also a knowledge item',
      text: edit(validProfile, '- **Knead dough**: Work', '- **Bread chemistry**: Work'),
      messages: [
        {
          line: 15,
          column: 3,
          reason: 'Unexpected skill `Bread chemistry` that is also a knowledge item, expected each item in one list',
          cause: {line: 11, column: 3}
        }
      ]
    },
    {
      name: 'a job title repeated, when job titles are compared',
      text: edit(validProfile, '- Pastry baker\n', '- Pastry baker\n- baker\n'),
      options: {fields: ['jobTitles']},
      messages: [
        {
          line: 26,
          column: 3,
          reason: 'Unexpected duplicate job title `baker`, expected each job title once',
          cause: {line: 24, column: 3}
        }
      ]
    },
    {
      name: 'a duplicate in a converted profile, at its name',
      text: edit(validJson, '"name": "Knead dough"', '"name": "Bread Chemistry"'),
      format: 'json',
      messages: [
        {
          line: 21,
          column: 15,
          reason: 'Unexpected skill `Bread Chemistry` that is also a knowledge item, expected each item in one list',
          cause: {line: 15, column: 15}
        }
      ]
    }
  ]
})
