import {htmlTooDeep} from '../../../src/validate/rules/html-too-deep.js'
import {ruleTester} from '../rule-tester.js'

// `<html>` and `<body>` are two levels: `body` divs are `body + 2` deep.
const page = (body: string) => `<!doctype html><html><body>${body}<h1>Baker</h1></body></html>`
const reason = 'Unexpected HTML nested more than 1000 elements deep, expected a page nested at most 1000 elements deep'

ruleTester(htmlTooDeep, {
  valid: [{name: 'a page nested a thousand elements deep', text: page('<div>'.repeat(997)), format: 'html'}],
  invalid: [
    {
      // Deep enough to refuse, shallow enough for any thread's stack: refused by the limit, not by an overflow.
      name: 'a page nested 1,001 elements deep, at the element past the limit (the heading)',
      text: page('<div>'.repeat(998)),
      format: 'html',
      messages: [{line: 1, column: 28 + 998 * 5, reason}]
    },
    {
      // So deep the parser runs out of stack before the depth is measured: at the start.
      name: 'a page nested twenty thousand elements deep, at the start',
      text: page('<div>'.repeat(20_000)),
      format: 'html',
      messages: [{line: 1, column: 1, reason}]
    }
  ]
})
