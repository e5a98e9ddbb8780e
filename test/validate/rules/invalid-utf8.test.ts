import {invalidUtf8} from '../../../src/validate/rules/invalid-utf8.js'
import {ruleTester, validProfile} from '../rule-tester.js'

const encoder = new TextEncoder()
// "Café" saved as Latin-1: the é is the single byte 0xE9.
const latin1 = new Uint8Array([
  ...encoder.encode('# Baker\n\nCaf'),
  0xe9,
  ...encoder.encode(' bakers bake bread.' + validProfile.slice('# Baker\n\nBakers bake bread'.length))
])

ruleTester(invalidUtf8, {
  valid: [{name: 'UTF-8 bytes', text: new TextEncoder().encode(validProfile)}],
  invalid: [
    {
      name: 'a Latin-1 byte, at the replaced character',
      text: latin1,
      messages: [
        {
          line: 3,
          column: 4,
          reason: 'Unexpected invalid UTF-8, expected UTF-8 text; invalid bytes were replaced with U+FFFD'
        }
      ]
    }
  ]
})
