import {emptyDocument} from '../../../src/validate/rules/empty-document.js'
import {ruleTester, validProfile} from '../rule-tester.js'

ruleTester(emptyDocument, {
  valid: [{name: 'a profile', text: validProfile}],
  invalid: [
    {name: 'nothing', text: '', messages: [{line: 1, column: 1, reason: 'Unexpected empty document, expected a profession profile'}]},
    {name: 'only whitespace', text: ' \n\n\t\n', format: 'text', messages: [{line: 1, column: 1, reason: 'Unexpected empty document, expected a profession profile'}]}
  ]
})
