import {jsonSyntax} from '../../../src/validate/rules/json-syntax.js'
import {edit, ruleTester, validJson} from '../rule-tester.js'

ruleTester(jsonSyntax, {
  valid: [{name: 'JSON', text: validJson, format: 'json'}],
  invalid: [
    {
      name: 'a trailing comma, at the bracket',
      text: edit(validJson, '"Pastry baker"\n', '"Pastry baker",\n'),
      format: 'json',
      messages: [{line: 38, column: 3, reason: 'Unexpected `]` in JSON, expected a value'}]
    },
    {
      name: 'a key without quotes',
      text: edit(validJson, '"title"', 'title'),
      format: 'json',
      messages: [{line: 2, column: 3, reason: 'Unexpected `t` in JSON, expected a key in double quotes'}]
    },
    {
      name: 'a file cut off after a value',
      text: validJson.slice(0, 20),
      format: 'json',
      messages: [{line: 2, column: 19, reason: 'Unexpected end of input in JSON, expected `,` or `}`'}]
    },
    {
      name: 'arrays nested 20,000 deep, at the bracket 1,001 levels deep',
      text: '{"title": ' + '['.repeat(20_000) + ']'.repeat(20_000) + '}',
      format: 'json',
      messages: [{line: 1, column: 1010, reason: 'Unexpected `[` nested 1001 levels deep in JSON, expected at most 1000 levels'}]
    },
    {
      name: 'a file cut off inside a string, at the string',
      text: validJson.slice(0, 18),
      format: 'json',
      messages: [{line: 2, column: 12, reason: 'Unexpected unclosed string in JSON, expected a closing `"`'}]
    }
  ]
})
