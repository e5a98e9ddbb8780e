import {htmlTooDeep} from '../../../src/validate/rules/html-too-deep.js'
import {ruleTester} from '../rule-tester.js'

const page = (body: string) => `<!doctype html><html><body>${body}<h1>Baker</h1></body></html>`

ruleTester(htmlTooDeep, {
  valid: [{name: 'a page nested a thousand elements deep', text: page('<div>'.repeat(1000)), format: 'html'}],
  invalid: [
    {
      name: 'a page nested twenty thousand elements deep, at the start',
      text: page('<div>'.repeat(20_000)),
      format: 'html',
      messages: [
        {
          line: 1,
          column: 1,
          reason: 'Unexpected HTML nested too deeply to read, expected a page nested at most a few thousand elements deep'
        }
      ]
    }
  ]
})
