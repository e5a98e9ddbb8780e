import {boilerplate} from '../../../src/validate/rules/boilerplate.js'
import {edit, ruleTester, validProfile} from '../rule-tester.js'

const promo = 'Would you like to know what kind of career and professions suit you best? Take our free Holland code career test and find out.'

ruleTester(boilerplate, {
  valid: [{name: 'a profile without promotion', text: validProfile}],
  invalid: [
    {
      name: 'a promotional line between sections, at the line',
      text: edit(validProfile, '## Personality Type', promo + '\n\n## Personality Type'),
      messages: [
        {
          line: 5,
          column: 1,
          reason: 'Dropped promotional boilerplate: “Would you like to know what kind of career and profession…”'
        }
      ]
    }
  ]
})
