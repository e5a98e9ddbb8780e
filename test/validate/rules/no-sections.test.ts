import {noSections} from '../../../src/validate/rules/no-sections.js'
import {ruleTester, validProfile} from '../rule-tester.js'

ruleTester(noSections, {
  valid: [{name: 'a profile with sections', text: validProfile}],
  invalid: [
    {
      name: 'a title and a paragraph only',
      text: '# Baker\n\nBakers bake bread.\n',
      messages: [
        {
          line: 1,
          column: 1,
          reason:
            'Unexpected document without profession sections, expected sections such as “Personality Type”, “Knowledge”, “Skills” or “Common job titles”'
        }
      ]
    }
  ]
})
