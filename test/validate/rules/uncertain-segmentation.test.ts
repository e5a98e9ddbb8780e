import {readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import {parse} from '../../../src/index.js'
import {validate} from '../../../src/validate/validate.js'
import {uncertainSegmentation} from '../../../src/validate/rules/uncertain-segmentation.js'
import {ruleTester, validProfile} from '../rule-tester.js'

const seed = readFileSync(new URL('../../../seeds/producer.txt', import.meta.url), 'utf8')

/** A page whose run-on optional list is hard to split: noun phrases with nothing between them. */
const runOn = `Profession baker

Bakers bake bread.

Personality Type

  • Realistic / Social

Optional knowledge and skills

bread types dough chemistry flour varieties oven types yeast strains grain quality

Common job titles

  • Baker
`

ruleTester(uncertainSegmentation, {
  valid: [
    {name: 'an optional list with one label per line (nothing guessed)', text: validProfile},
    {name: 'the seed page, whose split is sure enough on the whole', text: seed, format: 'text'},
    {name: 'a hard list, with a lower minimum', text: runOn, format: 'text', options: {minimum: 0.5}}
  ],
  invalid: [
    {
      name: 'a hard run-on list, at its start',
      text: runOn,
      format: 'text',
      options: {minimum: 0.95},
      messages: [
        {
          line: 11,
          column: 1,
          // The mean moves as the segmenter improves; the shape of the message does not.
          reason: expect.stringMatching(
            /^Unexpected uncertain split of the optional list \(mean confidence 0\.\d\d, below 0\.95\), expected labels separated by commas, semicolons or line breaks$/
          )
        }
      ]
    },
    {
      name: 'the seed page, with a higher minimum',
      text: seed,
      format: 'text',
      options: {minimum: 0.99},
      messages: [
        {
          line: 55,
          column: 1,
          reason: expect.stringMatching(/^Unexpected uncertain split of the optional list \(mean confidence 0\.\d\d, below 0\.99\)/)
        }
      ]
    }
  ]
})

test('finds the first of 200,000 uncertain labels without overflowing the stack', () => {
  const result = parse(runOn, {format: 'text'})
  // The parse result with its optional list multiplied: 200,000 labels, all unsure.
  const names = Array.from({length: 200_000}, (_, index) => `label ${index}`)
  result.profession.optionalSkills = names.map((name) => ({name, kind: 'knowledge' as const}))
  result.confidence = Object.fromEntries(names.map((_, index) => [`/optionalSkills/${199_999 - index}`, 0.5]))
  result.positions['/optionalSkills/0'] = {start: {line: 11, column: 1, offset: 89}, end: {line: 11, column: 12, offset: 100}}
  const messages = validate(result, {config: {rules: {'uncertain-segmentation': 'error'}}})
  expect(messages.filter((message) => message.ruleId === 'uncertain-segmentation').map((message) => [message.line, message.column])).toEqual([[11, 1]])
})
