import {unknownHollandType} from '../../../src/validate/rules/unknown-holland-type.js'
import {edit, ruleTester, validJson, validProfile} from '../rule-tester.js'

const expected = 'expected one of Realistic, Investigative, Artistic, Social, Enterprising, Conventional'

ruleTester(unknownHollandType, {
  valid: [
    {name: 'known types', text: validProfile},
    {name: 'a letter code', text: edit(validProfile, 'Realistic / Social', 'RS')},
    {name: 'known types in a converted profile', text: validJson, format: 'json'}
  ],
  invalid: [
    {
      name: 'a misspelt type, at the word',
      text: edit(validProfile, 'Realistic / Social', 'Realistic / Socail'),
      messages: [
        {line: 7, column: 13, reason: `Unexpected Holland type \`Socail\`, ${expected} (did you mean \`Social\`?)`}
      ]
    },
    {
      name: 'a misspelt type on a copy-pasted page, at the word',
      text: 'Profession baker\n\nBakers bake.\n\nPersonality Type\n\n  • Enterprisng / Realistic\n',
      format: 'text',
      messages: [
        {
          line: 7,
          column: 5,
          reason: `Unexpected Holland type \`Enterprisng\`, ${expected} (did you mean \`Enterprising\`?)`
        }
      ]
    },
    {
      name: 'a front matter value that is not types',
      text: '---\nholland: cheerful\n---\n' + edit(validProfile, '## Personality Type\n\nRealistic / Social\n', ''),
      messages: [
        {
          line: 2,
          column: 10,
          reason:
            'Unexpected personality line `cheerful`, expected Holland types such as `Enterprising / Artistic` or a code such as `EA`'
        }
      ]
    },
    {
      name: 'an unknown type in a converted profile, at the value',
      text: edit(validJson, '"Social"', '"Sociable"'),
      format: 'json',
      messages: [{line: 9, column: 9, reason: `Unexpected Holland type \`Sociable\`, ${expected} (did you mean \`Social\`?)`}]
    }
  ]
})
