import {markdownTooComplex} from '../../../src/validate/rules/markdown-too-complex.js'
import {ruleTester, validProfile} from '../rule-tester.js'

ruleTester(markdownTooComplex, {
  valid: [
    {name: 'a profile', text: validProfile},
    {name: 'a profile with a hundred block quotes', text: validProfile + '\n> A note.\n'.repeat(100)},
    {name: 'a profile with ten thousand block quotes, read in pieces', text: validProfile + '\n> A note.\n'.repeat(10_000)}
  ],
  invalid: [
    {
      name: 'a block quote of ten thousand lazy lines, at the start',
      text: validProfile + '\n' + '> A note.\nmore\n'.repeat(10_000),
      messages: [
        {
          line: 1,
          column: 1,
          reason:
            'Unexpected Markdown that would take too long to read (many block quotes, lists or emphasis marks closing, or nested), expected a profile with fewer of them; read as plain text'
        }
      ]
    }
  ]
})
