import {placeholderText} from '../../../src/validate/rules/placeholder-text.js'
import {edit, ruleTester, validJson, validProfile} from '../rule-tester.js'

const description = 'Bakers bake bread, rolls and pastries for shops and restaurants.'

ruleTester(placeholderText, {
  valid: [
    {name: 'finished text', text: validProfile},
    {name: 'a word that contains a placeholder word', text: edit(validProfile, 'Bakers bake', 'Bakers (todoist users) bake')},
    {name: 'ellipses, when they are allowed', text: edit(validProfile, 'restaurants.', 'restaurants…'), options: {ellipsis: false}}
  ],
  invalid: [
    {
      name: 'TODO in the description, at the word',
      text: edit(validProfile, description, 'TODO: describe bakers.'),
      messages: [{line: 3, column: 1, reason: 'Unexpected placeholder `TODO` in the description, expected finished text'}]
    },
    {
      name: 'lorem ipsum in an item description, and an ellipsis',
      text: edit(validProfile, 'Reactions in dough while it rises and bakes.', 'Lorem ipsum dolor sit amet…'),
      messages: [
        {
          line: 11,
          column: 24,
          reason: 'Unexpected placeholder `Lorem ipsum` in the description of knowledge item `Bread chemistry`, expected finished text'
        },
        {
          line: 11,
          column: 50,
          reason: 'Unexpected placeholder `…` in the description of knowledge item `Bread chemistry`, expected finished text'
        }
      ]
    },
    {
      name: 'two placeholders in one value, each at its own place',
      text: edit(validProfile, description, 'TBD and TBD...'),
      messages: [
        {line: 3, column: 1, reason: 'Unexpected placeholder `TBD` in the description, expected finished text'},
        {line: 3, column: 9, reason: 'Unexpected placeholder `TBD` in the description, expected finished text'},
        {line: 3, column: 12, reason: 'Unexpected placeholder `...` in the description, expected finished text'}
      ]
    },
    {
      name: 'TODO in a document with old Mac line endings (CR), at the word on its own line',
      text: edit(validProfile, description, 'TODO: describe bakers.').replaceAll('\n', '\r'),
      messages: [{line: 3, column: 1, reason: 'Unexpected placeholder `TODO` in the description, expected finished text'}]
    },
    {
      name: 'a word of your own',
      text: edit(validProfile, '- Pastry baker', '- Pastry baker (placeholder)'),
      options: {words: ['placeholder']},
      messages: [
        {
          line: 25,
          column: 17,
          reason: 'Unexpected placeholder `placeholder` in job title `Pastry baker (placeholder)`, expected finished text'
        }
      ]
    },
    {
      name: 'FIXME in a converted profile, at the word',
      text: edit(validJson, '"title": "Baker"', '"title": "Baker FIXME"'),
      format: 'json',
      messages: [{line: 2, column: 19, reason: 'Unexpected placeholder `FIXME` in the title, expected finished text'}]
    }
  ]
})
