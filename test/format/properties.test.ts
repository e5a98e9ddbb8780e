/*
 * Property-based round trip: any profession the parser can return, written
 * as canonical Markdown, parses back to itself, and formatting the result
 * again changes nothing. Optional items get their `kind` from their wording
 * when parsed (Markdown has no place for it), so kinds are compared after a
 * first round trip, where they are the parser's own.
 */
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {format, formatProfession, parse, type Profession} from '../../src/index.js'
import {profession} from './arbitrary.js'

const runs = {numRuns: Number(process.env["RUNS"] ?? 400)}

/** The profession without what Markdown cannot carry: the kinds of optional items. */
function carried(value: Profession): unknown {
  return {...value, optionalSkills: value.optionalSkills.map((item) => item.name)}
}

test('a generated profession parses back from its canonical Markdown', () => {
  fc.assert(
    fc.property(profession, (value) => {
      expect(carried(parse(formatProfession(value)).profession)).toEqual(carried(value))
    }),
    runs
  )
})

test('canonical Markdown round-trips exactly and is a fixed point of format', () => {
  fc.assert(
    fc.property(profession, (value) => {
      const document = formatProfession(value)
      const parsed = parse(document).profession
      const markdown = format(document)
      expect(parse(markdown).profession).toEqual(parsed)
      expect(format(markdown)).toBe(markdown)
    }),
    runs
  )
})
