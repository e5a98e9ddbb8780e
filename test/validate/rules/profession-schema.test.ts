import {professionSchema} from '../../../src/validate/rules/profession-schema.js'
import {edit, ruleTester, validJson} from '../rule-tester.js'

ruleTester(professionSchema, {
  valid: [
    {name: 'a converted profile', text: validJson, format: 'json'},
    {
      name: 'optional fields',
      text: edit(validJson, '"jobTitles"', '"tasks": ["Bake bread"],\n  "relatedProfessions": {"area": "Food", "professions": []},\n  "jobTitles"'),
      format: 'json'
    }
  ],
  invalid: [
    {
      name: 'a key the model does not have, at the key',
      text: edit(validJson, '"title"', '"layout": "md",\n  "title"'),
      format: 'json',
      messages: [
        {
          line: 2,
          column: 3,
          reason:
            'Unexpected key `layout` in the profession, expected one of title, description, personalityTypes, knowledge, skills, optionalSkills, jobTitles, tasks, relatedProfessions, extensions'
        }
      ]
    },
    {
      name: 'a code that is not the initials of the types, at the code',
      text: edit(validJson, '"code": "RS"', '"code": "SR"'),
      format: 'json',
      messages: [
        {
          line: 6,
          column: 15,
          reason: 'Unexpected code "SR" at `/personalityTypes/0/code`, expected `RS`, the initials of `types` in order'
        }
      ]
    },
    {
      name: 'a missing key, at its object',
      text: edit(validJson, ',\n      "kind": "knowledge"', ''),
      format: 'json',
      messages: [
        {line: 26, column: 5, reason: 'Unexpected `/optionalSkills/0` without `kind`, expected one of "knowledge", "skill"'}
      ]
    },
    {
      name: 'a value of the wrong type, at the value',
      text: edit(validJson, '"jobTitles": [\n    "Baker",\n    "Pastry baker"\n  ]', '"jobTitles": "Baker"'),
      format: 'json',
      messages: [{line: 35, column: 16, reason: 'Unexpected "Baker" at `/jobTitles`, expected a list'}]
    }
  ]
})
