import {markdownTooDeep} from '../../../src/validate/rules/markdown-too-deep.js'
import {ruleTester, validProfile} from '../rule-tester.js'

const reason =
  'Unexpected Markdown nested more than 100 block quotes or list items deep, expected at most 100 levels; read as plain text'
const inlineReason =
  'Unexpected Markdown nested more than 100 emphasis marks or brackets deep, expected at most 100 levels; read as plain text'

ruleTester(markdownTooDeep, {
  valid: [
    {name: 'a profile', text: validProfile},
    {name: 'block quotes 100 deep', text: validProfile + '\n' + '> '.repeat(100) + 'note\n'},
    {name: 'emphasis 100 deep', text: validProfile + '\n' + '*a '.repeat(100) + 'b* '.repeat(100) + '\n'},
    {name: 'a thousand emphasised words', text: validProfile + '\n' + '*a* '.repeat(1000) + '\n'}
  ],
  invalid: [
    {
      name: 'block quotes 101 deep, at the 101st marker',
      text: validProfile + '\n' + '> '.repeat(101) + 'note\n',
      messages: [{line: 27, column: 201, reason}]
    },
    {
      name: 'list items and block quotes 20,000 deep, at the 101st marker',
      text: validProfile + '\n' + '- > '.repeat(10_000) + 'note\n',
      messages: [{line: 27, column: 201, reason}]
    },
    {
      name: 'emphasis 150 deep, at the first closing mark',
      text: validProfile + '\n' + '*a '.repeat(150) + 'b* '.repeat(150) + '\n',
      messages: [{line: 27, column: 452, reason: inlineReason}]
    },
    {
      name: 'images in images 5,000 deep, at the first closing bracket',
      text: validProfile + '\n' + '!['.repeat(5000) + 'x' + '](a.png)'.repeat(5000) + '\n',
      messages: [{line: 27, column: 10_002, reason: inlineReason}]
    }
  ]
})
