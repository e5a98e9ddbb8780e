import {missingDescription} from '../../../src/validate/rules/missing-description.js'
import {edit, ruleTester, validJson, validProfile} from '../rule-tester.js'

ruleTester(missingDescription, {
  valid: [
    {name: 'items with descriptions', text: validProfile},
    {name: 'items with descriptions in a converted profile', text: validJson, format: 'json'},
    {name: 'optional items, which have none', text: edit(validProfile, '- operate ovens\n', '- operate ovens\n- shape loaves\n')}
  ],
  invalid: [
    {
      name: 'a knowledge item without a description',
      text: edit(validProfile, '- **Bread chemistry**: Reactions in dough while it rises and bakes.', '- Bread chemistry'),
      messages: [
        {
          line: 11,
          column: 3,
          reason:
            'Unexpected essential knowledge item `Bread chemistry` without a description, expected a description under it'
        }
      ]
    },
    {
      name: 'a skill without a description in a converted profile, at its name',
      text: edit(validJson, ',\n      "description": "Work dough by hand or machine until it is smooth."', ''),
      format: 'json',
      messages: [
        {
          line: 21,
          column: 15,
          reason: 'Unexpected essential skill `Knead dough` without a description, expected a description under it'
        }
      ]
    }
  ]
})
