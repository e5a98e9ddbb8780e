import {requiredSections} from '../../../src/validate/rules/required-sections.js'
import {edit, ruleTester, validJson, validProfile} from '../rule-tester.js'

ruleTester(requiredSections, {
  valid: [
    {name: 'a complete profile', text: validProfile},
    {name: 'a complete converted profile', text: validJson, format: 'json'},
    {
      name: 'a missing section that is not in `sections`',
      text: edit(validProfile, '## Common job titles\n\n- Baker\n- Pastry baker\n', ''),
      options: {sections: ['knowledge', 'skills']}
    },
    {
      name: 'an empty section (that is `empty-section`’s business)',
      text: edit(validProfile, 'Realistic / Social\n', '')
    },
    {
      name: 'personality types from front matter instead of a section',
      text: '---\nholland: RS\n---\n' + edit(validProfile, '## Personality Type\n\nRealistic / Social\n', '')
    }
  ],
  invalid: [
    {
      name: 'a document without job titles',
      text: edit(validProfile, '## Common job titles\n\n- Baker\n- Pastry baker\n', ''),
      messages: [{line: 1, column: 1, reason: 'Unexpected missing section “Common job titles”, expected job titles'}]
    },
    {
      name: 'a document without knowledge and skills',
      text: edit(
        edit(validProfile, '## Knowledge\n\n- **Bread chemistry**: Reactions in dough while it rises and bakes.\n', ''),
        '## Skills\n\n- **Knead dough**: Work dough by hand or machine until it is smooth.\n',
        ''
      ),
      messages: [
        {line: 1, column: 1, reason: 'Unexpected missing section “Knowledge”, expected essential knowledge items'},
        {line: 1, column: 1, reason: 'Unexpected missing section “Skills”, expected essential skill items'}
      ]
    },
    {
      name: 'a section added to the list',
      text: validProfile,
      options: {sections: ['tasks']},
      messages: [{line: 1, column: 1, reason: 'Unexpected missing section “Tasks”, expected tasks'}]
    },
    {
      name: 'a converted profile with an empty list, at the list',
      text: edit(validJson, '"jobTitles": [\n    "Baker",\n    "Pastry baker"\n  ]', '"jobTitles": []'),
      format: 'json',
      messages: [{line: 35, column: 16, reason: 'Unexpected empty `jobTitles`, expected job titles'}]
    }
  ]
})
