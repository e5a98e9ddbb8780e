import {emptySection} from '../../../src/validate/rules/empty-section.js'
import {edit, ruleTester, validProfile} from '../rule-tester.js'

const legacy = `Profession producer

Producers manage productions.

Personality Type

  • Enterprising / Artistic

Related professions Arts


Knowledge

  • Copyright legislation

    Legislation on the rights of authors.

Skills

  • Manage budgets

    Plan and monitor budgets.

Common job titles

  • Producer
`

ruleTester(emptySection, {
  valid: [
    {name: 'sections with content', text: validProfile},
    {name: 'a missing section (that is `required-sections`’ business)', text: edit(validProfile, '## Knowledge\n\n- **Bread chemistry**: Reactions in dough while it rises and bakes.\n', '')},
    {name: 'an empty related professions list of the older layout', text: legacy, format: 'text'}
  ],
  invalid: [
    {
      name: 'a personality heading followed by the next heading',
      text: edit(validProfile, 'Realistic / Social\n', ''),
      messages: [
        {
          line: 5,
          column: 1,
          reason: 'Unexpected empty section “Personality Type”, expected Holland types such as `Enterprising / Artistic`'
        }
      ]
    },
    {
      name: 'a job titles heading at the end of the document',
      text: edit(validProfile, '- Baker\n- Pastry baker\n', ''),
      messages: [{line: 22, column: 1, reason: 'Unexpected empty section “Common job titles”, expected job titles'}]
    },
    {
      name: 'the related professions list, when not ignored',
      text: legacy,
      format: 'text',
      options: {ignore: []},
      messages: [
        {line: 9, column: 1, reason: 'Unexpected empty section “Related professions Arts”, expected related professions'}
      ]
    }
  ]
})
