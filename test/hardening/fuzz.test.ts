/*
 * Property-based tests (fast-check): on arbitrary strings and bytes, on
 * documents built from a grammar of profile-like lines, and on mutations of
 * the fixtures' documents and converted profiles, `parse` and `validate`
 * never throw, every message (and every value position) lies inside the
 * document, results are plain data and `Object.prototype` is left alone.
 *
 * Runs are bounded so the file takes well under a minute. The seed is fixed;
 * fast-check prints it, the path and the shrunk input on a failure. A longer
 * or different run: `FUZZ_SCALE=20 FUZZ_SEED=7 npx vitest run test/hardening/fuzz.test.ts`
 * (twenty times the runs, another seed).
 */
import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {parse, validate} from '../../src/index.js'
import {decodedText, expectPlainData, expectPrototypeIntact, misplaced} from './sound.js'

const seed = Number(process.env['FUZZ_SEED'] ?? 20_261_126)
const scale = Number(process.env['FUZZ_SCALE'] ?? 1)
const runs = (count: number) => ({seed, numRuns: Math.max(1, Math.round(count * scale))})
// Longer runs need longer than the default 20 s a test.
const timeout = 60_000 * Math.max(1, scale)

const formats = ['text', 'markdown', 'html', 'auto'] as const

/**
 * Parse and validate `input` in every format. Returns what is wrong (an
 * exception, a message or position outside the document) so a property can
 * fail with it; checks plain data and `Object.prototype` as it goes.
 */
function problems(input: string | Uint8Array): string[] {
  const text = decodedText(input)
  const found: string[] = []
  for (const format of formats) {
    try {
      const result = parse(input, {format, file: 'fuzz'})
      found.push(...misplaced(result.messages, result.positions, text).map((problem) => `parse ${format}: ${problem}`))
      expectPlainData(result)
      const messages = validate(input, {format, file: 'fuzz'})
      found.push(...misplaced(messages, undefined, text).map((problem) => `validate ${format}: ${problem}`))
    } catch (error) {
      found.push(`${format}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    }
  }

  expectPrototypeIntact()
  return found
}

/** The property: no problems. */
function sound(input: string | Uint8Array): void {
  expect(problems(input)).toEqual([])
}

// ---------------------------------------------------------------------------
// Arbitrary strings and bytes

describe('arbitrary input', () => {
  test('printable ASCII strings', () => {
    fc.assert(fc.property(fc.string({maxLength: 300}), sound), runs(300))
  }, timeout)

  test('strings of any code point, and of any UTF-16 code unit (lone surrogates too)', () => {
    const codeUnit = fc.integer({min: 0, max: 0xff_ff}).map((code) => String.fromCharCode(code))
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary', maxLength: 200}), fc.string({unit: codeUnit, maxLength: 200})), sound),
      runs(300)
    )
  }, timeout)

  test('strings of the characters layout is made of', () => {
    const unit = fc.constantFrom(...' \t\n\r\u00A0\u200B\uFEFF#>-*+•◦–·_`~[]()!<>/:|\\&;=0123456789.)aAzZé😀')
    fc.assert(fc.property(fc.string({unit, maxLength: 400}), sound), runs(300))
  }, timeout)

  test('bytes', () => {
    fc.assert(fc.property(fc.uint8Array({maxLength: 400}), sound), runs(200))
  }, timeout)
})

// ---------------------------------------------------------------------------
// A grammar of profile-ish lines

const word = fc.constantFrom(
  'baker', 'Bread', 'food safety', 'operate ovens', 'Enterprising', 'Artistic', 'Social', 'EA', 'Wizard',
  'Profession', 'Knowledge', 'Skills', 'Personality Type', 'Optional knowledge and skills', 'Common job titles',
  'Tasks baker', 'Related professions Food', 'Description', 'Take our free Holland code career test',
  '__proto__', 'constructor', 'TODO', 'é', '😀', '&amp;', '**', '__', '`', '[a](b)', '<b>', '|', ':', '/', '-', '—'
)
const phrase = fc.array(word, {minLength: 1, maxLength: 6}).map((words) => words.join(' '))
const indent = fc.constantFrom('', '', '', ' ', '  ', '    ', '\t', '        ', '\u00A0')
const bullet = fc.constantFrom('-', '*', '+', '•', '◦', '▪', '–', '·', '1.', '2)', '10.')

const line = fc.oneof(
  {weight: 3, arbitrary: phrase},
  {weight: 1, arbitrary: fc.constant('')},
  {weight: 2, arbitrary: fc.tuple(fc.integer({min: 1, max: 7}), phrase).map(([rank, text]) => '#'.repeat(rank) + ' ' + text)},
  {weight: 3, arbitrary: fc.tuple(indent, bullet, fc.constantFrom(' ', '  ', '\t', ''), phrase).map((parts) => parts.join(''))},
  {weight: 1, arbitrary: fc.tuple(indent, phrase).map(([space, text]) => space + text)},
  {weight: 1, arbitrary: phrase.map((text) => 'Profession ' + text)},
  {weight: 1, arbitrary: fc.tuple(fc.integer({min: 1, max: 6}), phrase).map(([depth, text]) => '> '.repeat(depth) + text)},
  {weight: 1, arbitrary: fc.constantFrom('---', '```', '~~~', '***', '    code', 'title: Baker', 'holland: [EA, SC]', 'description: |')},
  {weight: 1, arbitrary: fc.tuple(phrase, phrase).map(([name, text]) => `- **${name}**: ${text}`)},
  {weight: 1, arbitrary: fc.constantFrom('<h1>Profession baker</h1>', '<h2>Skills</h2>', '<ul>', '<li>', '</ul>', '<p>', '<br>', '<!doctype html>', '<html>')},
  // Nesting around the limit of 100 levels, of containers and of emphasis and brackets.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({min: 95, max: 105}), fc.constantFrom('> ', '- ', '> - ', '1. ', '*', '![', '['), phrase)
      .map(([depth, unit, text]) => unit.repeat(depth) + text + (unit === '*' ? '*'.repeat(depth) : unit.includes('[') ? '](a)'.repeat(depth) : ''))
  }
)
const lineEnding = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r')

/** A document: lines of the grammar, with mixed line endings and now and then front matter or a BOM. */
const document = fc
  .tuple(
    fc.array(fc.tuple(line, lineEnding), {maxLength: 40}),
    fc.constantFrom('', '', '', '---\ntitle: Baker\n---\n', '\uFEFF', '<!doctype html>\n')
  )
  .map(([lines, head]) => head + lines.map(([text, ending]) => text + ending).join(''))

describe('documents of profile-like lines', () => {
  test('headings, bullets, indentation, blank lines, titles, quotes, fences and front matter', () => {
    fc.assert(fc.property(document, sound), runs(400))
  }, timeout)
})

// ---------------------------------------------------------------------------
// Mutated fixtures

const fixtures = new URL('../../fixtures/', import.meta.url)
const folders = readdirSync(fixtures).sort()
const inputs = folders.flatMap((folder) =>
  readdirSync(new URL(folder + '/', fixtures))
    .filter((name) => name.startsWith('input.'))
    .map((name) => readFileSync(new URL(`${folder}/${name}`, fixtures), 'utf8'))
)
const profiles = folders.map((folder) => readFileSync(new URL(`${folder}/expected.json`, fixtures), 'utf8'))

/** One edit of a text: of its lines or its characters, at positions taken modulo its size. */
const edit = fc.oneof(
  fc.record({kind: fc.constant('insert line' as const), at: fc.nat(), text: line}),
  fc.record({kind: fc.constant('delete line' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('duplicate line' as const), at: fc.nat(), times: fc.integer({min: 1, max: 50})}),
  fc.record({kind: fc.constant('swap lines' as const), at: fc.nat(), to: fc.nat()}),
  fc.record({kind: fc.constant('insert text' as const), at: fc.nat(), text: fc.string({unit: 'binary', maxLength: 8})}),
  fc.record({kind: fc.constant('delete text' as const), at: fc.nat(), length: fc.integer({min: 1, max: 40})}),
  fc.record({kind: fc.constant('duplicate text' as const), at: fc.nat(), length: fc.integer({min: 1, max: 40}), times: fc.integer({min: 1, max: 20})})
)

type Edit = typeof edit extends fc.Arbitrary<infer Value> ? Value : never

function apply(text: string, change: Edit): string {
  const lines = text.split('\n')
  const line = change.at % (lines.length + 1)
  const at = change.at % (text.length + 1)
  switch (change.kind) {
    case 'insert line': {
      lines.splice(line, 0, change.text)
      return lines.join('\n')
    }

    case 'delete line': {
      lines.splice(line, 1)
      return lines.join('\n')
    }

    case 'duplicate line': {
      lines.splice(line, 0, ...Array.from({length: change.times}, () => lines[line] ?? ''))
      return lines.join('\n')
    }

    case 'swap lines': {
      const [from, to] = [change.at % lines.length, change.to % lines.length]
      ;[lines[from], lines[to]] = [lines[to]!, lines[from]!]
      return lines.join('\n')
    }

    case 'insert text': {
      return text.slice(0, at) + change.text + text.slice(at)
    }

    case 'delete text': {
      return text.slice(0, at) + text.slice(at + change.length)
    }

    case 'duplicate text': {
      return text.slice(0, at) + text.slice(at, at + change.length).repeat(change.times) + text.slice(at)
    }
  }
}

/** A text with one to eight edits applied. */
function mutated(texts: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(edit, {minLength: 1, maxLength: 8}))
    .map(([text, edits]) => edits.reduce(apply, text))
}

describe('mutated fixtures', () => {
  test('finds the fixtures to mutate', () => {
    expect(inputs.length).toBeGreaterThan(30)
    expect(profiles.length).toBe(inputs.length)
  })

  test('documents with lines and characters inserted, deleted and duplicated', () => {
    fc.assert(fc.property(mutated(inputs), sound), runs(250))
  }, timeout)

  test('documents as bytes, with bytes flipped', () => {
    const flipped = fc
      .tuple(fc.constantFrom(...inputs), fc.array(fc.tuple(fc.nat(), fc.integer({min: 1, max: 255})), {minLength: 1, maxLength: 10}))
      .map(([text, flips]) => {
        const bytes = new TextEncoder().encode(text)
        for (const [at, mask] of flips) bytes[at % bytes.length] = bytes[at % bytes.length]! ^ mask
        return bytes
      })
    fc.assert(fc.property(flipped, sound), runs(100))
  }, timeout)

  test('converted profiles (JSON) given to validate', () => {
    fc.assert(
      fc.property(mutated(profiles), (json) => {
        let messages
        try {
          messages = validate(json, {format: 'json', file: 'fuzz.json'})
        } catch (error) {
          expect.fail(`validate threw ${String(error)}`)
        }

        // The JSON reader places messages in the text as given, a byte order mark included.
        expect(misplaced(messages, undefined, json)).toEqual([])
        expectPrototypeIntact()
      }),
      runs(500)
    )
  }, timeout)
})
