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

/** The confidence values the docs quote for the seed's optional labels, as `[file, index or label, value]`. */
function quotedConfidences(): Array<[string, number | string, number]> {
  const model = readFileSync(new URL('../docs/model.md', import.meta.url), 'utf8')
  const segmentation = readFileSync(new URL('../docs/segmentation.md', import.meta.url), 'utf8')
  const quoted: Array<[string, number | string, number]> = []
  for (const match of model.matchAll(/result\.confidence\['\/optionalSkills\/(\d+)'\] \/\/ (0\.\d+)/g)) {
    quoted.push(['docs/model.md', Number(match[1]), Number(match[2])])
  }

  for (const match of segmentation.matchAll(/“([^”]+)” at (0\.\d+)/g)) {
    quoted.push(['docs/segmentation.md', match[1]!.replaceAll(/\s+/g, ' '), Number(match[2])])
  }

  return quoted
}

test('gives the confidence values the docs quote for its optional labels', () => {
  const result = parse(input)
  const quoted = quotedConfidences()
  const actual = quoted.map(([file, which]) => {
    const index = typeof which === 'number' ? which : result.profession.optionalSkills.findIndex((item) => item.name === which)
    return [file, which, result.confidence[`/optionalSkills/${index}`]]
  })

  // Both pages quote some: a regular expression that finds none would make this test pass on nothing.
  expect(new Set(quoted.map(([file]) => file))).toEqual(new Set(['docs/model.md', 'docs/segmentation.md']))
  expect(actual).toEqual(quoted)
})
