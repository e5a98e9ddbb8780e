/*
 * The seed page without a lexicon. With ESCO's label list it parses to its
 * model exactly (see `fixtures/seed-producer`); without one, everything but
 * the run-on optional line is still exact, and the segmenter, which has only
 * what the page teaches, must get nearly all of that line.
 */
import {readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import {parse, type Profession} from '../src/index.js'

const input = readFileSync(new URL('../seeds/producer.txt', import.meta.url))
const expected = JSON.parse(
  readFileSync(new URL('../fixtures/seed-producer/expected.json', import.meta.url), 'utf8')
) as Profession

test('parses every section of the seed but the optional list exactly without a lexicon', () => {
  const {profession, messages} = parse(input)
  const {optionalSkills, ...rest} = profession
  const {optionalSkills: expectedOptional, ...expectedRest} = expected

  expect(rest).toEqual(expectedRest)
  expect(messages.filter((message) => message.fatal)).toEqual([])
  expect(optionalSkills.length).toBeGreaterThanOrEqual(expectedOptional.length - 2)
})

test('segments at least 39 of the 43 optional labels of the seed, with their kinds, from the page alone', () => {
  const {profession} = parse(input)
  const want = new Set(expected.optionalSkills.map((item) => item.name + '/' + item.kind))
  const right = profession.optionalSkills.filter((item) => want.has(item.name + '/' + item.kind))

  expect(right.length).toBeGreaterThanOrEqual(39)
})
