/*
 * Hostile documents, each in every format where it means something: the
 * library gives a result, never an exception; what it refuses it says in
 * one positioned line; deep nesting does not overflow the stack; results
 * are plain data and `Object.prototype` is left alone. Times are measured
 * by `npm run bench` (bench/hostile.js), not here; the largest documents
 * get a longer test timeout than the default, for slow machines.
 */
import {describe, expect, test} from 'vitest'
import {parse, validate, type ParseResult} from '../../src/index.js'
import {
  bakerProfession,
  bulletList,
  formats,
  page,
  profiles,
  randomBytes,
  runOnList,
  section,
  type DocumentFormat
} from './documents.js'
import {decodedText, expectPlacesInside, expectPrototypeIntact, expectSound} from './sound.js'

function ruleIds(messages: ReadonlyArray<{ruleId?: string | undefined}>): string[] {
  return [...new Set(messages.map((message) => message.ruleId ?? ''))].sort()
}

/** Parse and validate `input` in `format`; check both results are sound; return the parse. */
function read(input: string | Uint8Array, format: DocumentFormat): ParseResult {
  const result = parse(input, {format, file: 'hostile'})
  expectSound(result, input)
  const messages = validate(input, {format, file: 'hostile'})
  expectPlacesInside(messages, undefined, decodedText(input))
  expectPrototypeIntact()
  return result
}

describe('empty documents', () => {
  test.each(formats)('%s: nothing, whitespace or no bytes is an empty-document error', (format) => {
    for (const input of ['', '  \n\t\r\n ', new Uint8Array(0), '\uFEFF']) {
      const result = read(input, format)
      expect(ruleIds(result.messages)).toEqual(['empty-document'])
      expect(result.messages[0]!.fatal).toBe(true)
      expect(result.profession.title).toBe('')
      expect(ruleIds(validate(input, {format}))).toEqual(['empty-document'])
    }
  })
})

describe('binary documents', () => {
  const inputs: Array<[string, string | Uint8Array]> = [
    ['64 KiB of random bytes', randomBytes(65_536, 7)],
    ['a thousand NUL characters', '\0'.repeat(1000)],
    ['NUL bytes after a profile', new Uint8Array([...new TextEncoder().encode('# Baker\n\n'), 0, 0, 0, 0])],
    ['a PDF header', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xe2, 0xe3])]
  ]

  test.each(formats)('%s: are refused with one binary-content error, nothing else read', (format) => {
    for (const [name, input] of inputs) {
      const result = read(input, format)
      expect(ruleIds(result.messages), name).toEqual(['binary-content'])
      expect(result.profession.title, name).toBe('')
      expect(ruleIds(validate(input, {format})), name).toEqual(['binary-content'])
    }
  })
})

describe('invalid UTF-8', () => {
  /** The profile's bytes with invalid sequences: a lone continuation byte, Latin-1 é, 0xFF, a cut-off emoji. */
  function corrupt(text: string): Uint8Array {
    const bytes = new TextEncoder().encode(text)
    const first = text.indexOf('Bakers make') + 'Bakers'.length
    const second = text.indexOf('restaurants.') + 'restaurants'.length
    return new Uint8Array([
      ...bytes.slice(0, first),
      0x80,
      0xe9,
      0xff,
      ...bytes.slice(first, second),
      0xf0,
      0x9f,
      0x8d,
      ...bytes.slice(second)
    ])
  }

  test.each(formats)('%s: warns at the first bad byte and reads the rest', (format) => {
    const input = corrupt(profiles[format])
    const result = read(input, format)
    expect(ruleIds(result.messages)).toEqual(['invalid-utf8'])
    const [message] = result.messages
    const text = decodedText(input)
    expect(message!.fatal).toBe(false)
    expect(text.slice(message!.place && 'offset' in message!.place ? message!.place.offset : 0)).toMatch(/^\uFFFD{3} make/)
    expect(result.profession.description).toBe(
      'Bakers\uFFFD\uFFFD\uFFFD make bread, rolls and pastries for shops and restaurants\uFFFD.'
    )
    expect(result.profession.jobTitles).toEqual(bakerProfession.jobTitles)
  })
})

describe('a single line of 4 MB: a run-on optional list', () => {
  const list = runOnList(4 * 1024 * 1024, 11)

  test.each(formats)('%s: splits the whole line into labels and loses no word', (format) => {
    const body = format === 'html' ? `<p>${list}</p>` : list
    const input = page(format, section(format, 'Optional knowledge and skills', body))
    const result = read(input, format)
    const names = result.profession.optionalSkills.map((item) => item.name)
    expect(names.length).toBeGreaterThan(100_000)
    expect(names.join(' ')).toBe(list)
    expect(result.profession.title.toLowerCase()).toBe('baker')
    expect(result.messages.filter((message) => message.fatal)).toEqual([])
  }, 120_000)
})

describe('200,000 bullet lines', () => {
  test.each(formats)(
    '%s: reads every one as a job title',
    (format) => {
      const input = page(format, section(format, 'Common job titles', bulletList(format, 200_000)))
      // remark takes tens of seconds over 200,000 Markdown items: validate
      // that parse's result rather than read the document a second time.
      const result = format === 'markdown' ? parse(input, {format}) : read(input, format)
      if (format === 'markdown') {
        expectSound(result, input)
        expectPlacesInside(validate(result), undefined, input)
      }

      expect(result.profession.jobTitles.length).toBe(200_000)
      expect(result.profession.jobTitles[199_999]).toBe('Baker 200000')
      const last = input.split('\n').findIndex((line) => line.includes('Baker 200000')) + 1
      expect(result.positions['/jobTitles/199999']?.start.line).toBe(last)
      expect(result.messages.filter((message) => message.fatal)).toEqual([])
    },
    180_000
  )
})

describe('Markdown nested 20,000 levels deep', () => {
  const deep: Array<[string, string, number, number]> = [
    ['block quotes', '> '.repeat(20_000) + 'note', 29, 201],
    ['list items', '- '.repeat(20_000) + 'note', 29, 201],
    ['ordered list items', '1. '.repeat(20_000) + 'note', 29, 301],
    ['block quotes in list items', '- > '.repeat(10_000) + 'note', 29, 201],
    ['one level more on every line', Array.from({length: 1000}, (_, index) => '> '.repeat(index) + '- note').join('\n'), 129, 201]
  ]

  test.each(deep)('%s: a markdown-too-deep error at the 101st level, and the document read as text', (_, nest, line, column) => {
    const result = read(markdownWith(nest), 'markdown')
    expect(result.messages.filter((message) => message.ruleId === 'markdown-too-deep')).toMatchObject([
      {
        fatal: true,
        line,
        column,
        reason: 'Unexpected Markdown nested more than 100 block quotes or list items deep, expected at most 100 levels; read as plain text'
      }
    ])
    expect(result.format).toBe('text')
    // Read as a copy-pasted page: the text is kept, the Markdown syntax is not read.
    expect(result.profession.title).toBe('# Baker')
    expect(result.profession.jobTitles.slice(0, 2)).toEqual(bakerProfession.jobTitles)
  })

  const inline: Array<[string, string, number]> = [
    ['emphasis', '*'.repeat(20_000) + 'note' + '*'.repeat(20_000), 20_005],
    ['emphasis opened word by word', '*a '.repeat(10_000) + 'b* '.repeat(10_000), 30_002],
    ['images in images', '!['.repeat(20_000) + 'note' + '](a.png)'.repeat(20_000), 40_005],
    ['links in brackets', '['.repeat(20_000) + 'note' + '](a)'.repeat(20_000), 20_005]
  ]

  test.each(inline)('%s: a markdown-too-deep error at the first closing mark, and the document read as text', (_, nest, column) => {
    const result = read(markdownWith(nest), 'markdown')
    expect(result.messages.filter((message) => message.ruleId === 'markdown-too-deep')).toMatchObject([
      {
        fatal: true,
        line: 29,
        column,
        reason: 'Unexpected Markdown nested more than 100 emphasis marks or brackets deep, expected at most 100 levels; read as plain text'
      }
    ])
    expect(result.format).toBe('text')
  })

  test('keeps the front matter of a document read as text', () => {
    const result = read('---\ntitle: Baker\nholland: RC\n---\n' + '> '.repeat(20_000) + 'note\n', 'markdown')
    expect(ruleIds(result.messages)).toContain('markdown-too-deep')
    expect(result.frontMatter).toEqual({title: 'Baker', holland: 'RC'})
    expect(result.profession.title).toBe('Baker')
    expect(result.profession.personalityTypes).toEqual(bakerProfession.personalityTypes)
  })

  test('nested as deeply as allowed, it is read as Markdown', () => {
    const result = read(markdownWith('> '.repeat(100) + 'note'), 'markdown')
    expect(result.format).toBe('markdown')
    expect(result.profession).toEqual({...bakerProfession, title: 'Baker'})
  })

  test.each(['text', 'html'] as const)('%s: the same characters are ordinary text', (format) => {
    for (const [, nest] of [...deep.map(([name, nest]) => [name, nest] as const), ...inline]) {
      const result = read(page(format, nest), format)
      expect(ruleIds(result.messages)).not.toContain('markdown-too-deep')
    }
  })

  test('html: elements nested 20,000 deep give an html-too-deep error, not an exception', () => {
    for (const nest of ['<blockquote>'.repeat(20_000), '<ul><li>'.repeat(10_000), '<em>'.repeat(20_000)]) {
      const result = read(page('html', nest + 'note'), 'html')
      expect(ruleIds(result.messages)).toContain('html-too-deep')
    }
  })

  test('text and Markdown: list items nested by indentation 2,000 deep are each read once', () => {
    const lines = Array.from({length: 2000}, (_, index) => '  '.repeat(index) + '- Skill ' + (index + 1))
    const text = read(page('text', section('text', 'Skills', lines.join('\n'))), 'text')
    expect(text.profession.skills.map((item) => item.name)).toEqual(lines.map((_, index) => 'Skill ' + (index + 1)))
    const markdown = read(markdownWith(lines.join('\n')), 'markdown')
    expect(ruleIds(markdown.messages)).toContain('markdown-too-deep')
  })

  test('JSON nested 20,000 deep: validate gives a json-syntax error', () => {
    const input = '{"title": ' + '['.repeat(20_000) + ']'.repeat(20_000) + '}'
    const messages = validate(input, {format: 'json'})
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['json-syntax', 1, 1010]])
    expectPlacesInside(messages, undefined, input)
  })

  test('YAML front matter nested 20,000 deep: a front-matter-yaml warning, and the rest read', () => {
    const result = read('---\ntitle: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n---\n' + markdownProfile(), 'markdown')
    expect(ruleIds(result.messages)).toEqual(['front-matter-yaml'])
    expect(result.profession).toEqual({...bakerProfession, title: 'Baker'})
  })
})

describe('a million spaces or tabs before a bullet', () => {
  test.each(formats.flatMap((format) => [' ', '\t'].map((space) => [format, space] as const)))(
    '%s, %j: read as the item (text, HTML) or as indented code (Markdown)',
    (format, space) => {
      const item = format === 'html' ? '<ul><li>Baker</li></ul>' : '- Baker'
      const input = page(format, section(format, 'Common job titles', space.repeat(1_000_000) + item))
      const result = read(input, format)
      // In Markdown, four spaces of indentation make code, which is not read.
      expect(result.profession.jobTitles).toEqual(format === 'markdown' ? [] : ['Baker'])
      expect(result.messages).toEqual([])
    },
    // Markdown with a million tabs takes ~5 s on an idle 2-core machine, over 20 s under load.
    120_000
  )
})

describe('__proto__, constructor and prototype', () => {
  const names = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString']

  test.each(formats)('%s: as section headings they are unknown headings, and nothing is polluted', (format) => {
    const body = names.map((name) => section(format, name, format === 'html' ? `<p>${name}</p>` : name)).join('\n')
    const result = read(page(format, body), format)
    expect(result.profession.knowledge).toEqual([])
    expect(result.profession.skills).toEqual([])
    expect(result.sections.map((found) => found.detector)).not.toContain('__proto__')
  })

  test('as front matter keys they are plain keys of the front matter', () => {
    const yaml = names.map((name) => `${name}: ${name} value`).join('\n') + '\n__proto__nested:\n  __proto__:\n    polluted: true\n'
    const result = read(`---\n${yaml}\ntitle: Baker\n---\n\n## Common job titles\n\n- Baker\n`, 'markdown')
    expect(Object.keys(result.frontMatter!)).toEqual([...names, '__proto__nested', 'title'])
    expect(Object.hasOwn(result.frontMatter!, '__proto__')).toBe(true)
    expect(result.frontMatter!['__proto__']).toBe('__proto__ value')
    expect(result.profession.title).toBe('Baker')
  })

  test.each(formats)('%s: as item names and job titles they are kept as written', (format) => {
    const strong = (name: string) => (format === 'html' ? `<li><strong>${name}</strong><p>About ${name}.</p></li>` : `- **${name}**: About ${name}.`)
    const plain = (name: string) => (format === 'html' ? `<li>${name}</li>` : `- ${name}`)
    const list = (items: string[]) => (format === 'html' ? `<ul>${items.join('')}</ul>` : items.join('\n'))
    const body =
      section(format, 'Skills', list(names.map(strong))) + '\n' + section(format, 'Common job titles', list(names.map(plain)))
    // Markdown reads `__proto__` as strong `proto`; escaped, it is the word.
    const escaped = format === 'markdown' ? body.replaceAll('__proto__', '\\_\\_proto\\_\\_') : body
    const result = read(page(format, escaped), format)
    expect(result.profession.skills).toEqual(names.map((name) => ({name, description: `About ${name}.`})))
    expect(result.profession.jobTitles).toEqual(names)
  })

  test.each(formats)('%s: as job titles of the title line, and as Holland types, they are text', (format) => {
    const input =
      format === 'markdown'
        ? '# constructor\n\n## Personality Type\n\n- prototype / constructor\n'
        : format === 'html'
          ? '<!doctype html><h1>Profession constructor</h1><h2>Personality Type</h2><ul><li>prototype / constructor</li></ul>'
          : 'Profession constructor\n\nPersonality Type\n\n  • prototype / constructor\n'
    const result = read(input, format)
    expect(result.profession.title).toBe('constructor')
    expect(result.profession.personalityTypes).toEqual([])
  })

  test('in a converted profile (JSON) they are unknown keys, reported', () => {
    const input = '{"title": "Baker", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'
    const messages = validate(input, {format: 'json'})
    expect(messages.map((message) => message.reason)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Unexpected key `__proto__` in the profession'),
        expect.stringContaining('Unexpected key `constructor` in the profession')
      ])
    )
    expectPrototypeIntact()
  })
})

/** The Markdown profile with `nest` under a heading of its own at the end (line 29). */
function markdownWith(nest: string): string {
  return markdownProfile() + '\n## Notes\n\n' + nest + '\n'
}

function markdownProfile(): string {
  return profiles.markdown
}
