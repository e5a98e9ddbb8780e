import {unassignedContent} from '../../../src/validate/rules/unassigned-content.js'
import {edit, ruleTester, validProfile} from '../rule-tester.js'

ruleTester(unassignedContent, {
  valid: [{name: 'every block in a section', text: validProfile}],
  invalid: [
    {
      name: 'prose after the personality types, at the block',
      text: 'Profession baker\n\nBakers bake.\n\nPersonality Type\n\n  • Realistic / Social\n\nThis paragraph belongs to no section at all, and it goes on for a while.\n',
      format: 'text',
      messages: [
        {
          line: 9,
          column: 1,
          reason: 'Unexpected content outside any section: “This paragraph belongs to no section at all, and it goes …”'
        }
      ]
    }
  ]
})
void edit
