import {markdownTable} from '../../../src/validate/rules/markdown-table.js'
import {ruleTester, validProfile} from '../rule-tester.js'

const reason = 'Unexpected table, expected a list (`- **Name**: description`); its content is not read'

ruleTester(markdownTable, {
  valid: [
    {name: 'a profile', text: validProfile},
    {name: 'a line with `|` and no delimiter row under it', text: validProfile + '\nPrivacy policy | Cookie settings\n'},
    {name: 'two lines with `|`, the second no delimiter row', text: validProfile + '\nbaking | icing\nglazing | proving\n'},
    {
      name: 'a delimiter row with fewer cells than the header',
      text: validProfile + '\n| Name | Description |\n| --- |\n| Food hygiene | Rules. |\n'
    },
    {
      name: 'a table in a text page (no table syntax there)',
      text: 'Profession baker\n\nBakers bake.\n\n| Name | Description |\n| --- | --- |\n',
      format: 'text'
    }
  ],
  invalid: [
    {
      name: 'a table, at its header row',
      text: validProfile + '\n| Name | Description |\n| --- | --- |\n| Food hygiene | Rules of hygiene. |\n',
      messages: [{line: 27, column: 1, reason}]
    },
    {
      name: 'a table under a line of its paragraph, at the header row',
      text: validProfile + '\nThe knowledge:\nName | Description\n:-- | --:\nFood hygiene | Rules.\n',
      messages: [{line: 28, column: 1, reason}]
    },
    {
      name: 'a table in a block quote',
      text: validProfile + '\n> | Name |\n> | :-: |\n> | Food hygiene |\n',
      messages: [{line: 27, column: 3, reason}]
    }
  ]
})
