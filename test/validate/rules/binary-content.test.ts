import {binaryContent} from '../../../src/validate/rules/binary-content.js'
import {ruleTester, validProfile} from '../rule-tester.js'

ruleTester(binaryContent, {
  valid: [{name: 'text', text: validProfile}],
  invalid: [
    {
      name: 'bytes with NUL',
      text: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]),
      format: 'text',
      messages: [
        {
          line: 1,
          column: 1,
          reason: 'Unexpected binary content (NUL or control characters), expected a text or Markdown document'
        }
      ]
    }
  ]
})
