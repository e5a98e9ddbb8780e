import {describe, expect, test} from 'vitest'
import {builtinLocales, LocaleError, parse, registeredLocales, type ParseResult} from '../../src/index.js'

/*
 * The built-in packs through `parse`. Nothing here registers a locale: the
 * registry is module state, and vitest gives each test file its own module
 * graph, so this file sees exactly the built-ins (checked first).
 */

/** A copy-pasted Dutch careers page: every Dutch heading and all six Dutch Holland names. */
const dutchPage = `Beroep bakker

Bakkers maken brood en gebak voor winkels en restaurants.

Persoonlijkheidstype

Realistisch / Onderzoekend
Artistiek, Sociaal
Ondernemend en Conventioneel

Kennis

  • Fermentatie

    Hoe gist een deeg laat rijzen.

Vaardigheden

  • Deeg kneden

    Deeg met de hand of met een machine kneden.

Optionele kennis en vaardigheden

taarten decoreren

Veelvoorkomende functietitels

  • Broodbakker
  • Banketbakker
`

/** A Dutch Markdown profile, without a “Beroep” title line. */
const dutchMarkdown = `# Tandtechnicus

Tandtechnici maken kronen en bruggen.

## Persoonlijkheidstype

- Realistisch / Onderzoekend

## Kennis

- **Tandheelkundige materialen**: Metalen en keramiek.

## Vaardigheden

- **Modellen gieten**: Gips in afdrukken gieten.

## Veelvoorkomende functietitels

- Tandtechnicus
`

const englishPage = `Profession baker

Bakers make bread and pastries.

Personality Type

Realistic / Conventional

Knowledge

  • Fermentation

    How yeast makes dough rise.

Skills

  • Knead dough

    Work dough by hand or machine.

Common job titles

  • Baker
`

function detectors(result: ParseResult): string[] {
  return result.sections.map((section) => section.detector)
}

function errors(result: ParseResult): string[] {
  return result.messages.filter((message) => message.fatal === true).map((message) => String(message.ruleId))
}

test('starts from the built-in locales only (each test file has its own registry)', () => {
  expect(registeredLocales().map((pack) => pack.id)).toEqual(['en', 'nl'])
  expect(registeredLocales()).toEqual(builtinLocales)
})

describe('locale: nl', () => {
  test('reads the Dutch headings of a copy-pasted page', () => {
    const result = parse(dutchPage, {locale: 'nl'})

    expect(result.locale).toBe('nl')
    expect(result.sections.filter((section) => !section.inferred).map((section) => [section.detector, section.heading])).toEqual([
      ['title', 'Beroep bakker'],
      ['personality', 'Persoonlijkheidstype'],
      ['knowledge', 'Kennis'],
      ['skills', 'Vaardigheden'],
      ['optional-skills', 'Optionele kennis en vaardigheden'],
      ['job-titles', 'Veelvoorkomende functietitels']
    ])
    expect(result.profession.knowledge).toEqual([{name: 'Fermentatie', description: 'Hoe gist een deeg laat rijzen.'}])
    expect(result.profession.skills).toEqual([
      {name: 'Deeg kneden', description: 'Deeg met de hand of met een machine kneden.'}
    ])
    expect(result.profession.optionalSkills.map((item) => item.name)).toEqual(['taarten decoreren'])
    expect(result.profession.jobTitles).toEqual(['Broodbakker', 'Banketbakker'])
    expect(result.messages).toEqual([])
  })

  test('reads “Beroep bakker” as the title “bakker”, also as a Markdown `#` heading', () => {
    expect(parse(dutchPage, {locale: 'nl'}).profession.title).toBe('bakker')
    expect(parse('# Beroep bakker\n\n## Kennis\n\n- Fermentatie\n', {locale: 'nl'}).profession.title).toBe('bakker')
  })

  test('reads the Dutch Holland names onto the canonical English types, with their RIASEC codes', () => {
    expect(parse(dutchPage, {locale: 'nl'}).profession.personalityTypes).toEqual([
      {code: 'RI', types: ['Realistic', 'Investigative']},
      {code: 'AS', types: ['Artistic', 'Social']},
      {code: 'EC', types: ['Enterprising', 'Conventional']}
    ])
  })

  test('still reads the canonical English type names and letter codes', () => {
    const result = parse('Beroep bakker\n\nPersoonlijkheidstype\n\nSocial / Realistisch\n\nKennis\n\n  • Gist\n', {
      locale: 'nl'
    })

    expect(result.profession.personalityTypes).toEqual([{code: 'SR', types: ['Social', 'Realistic']}])
  })

  test('names misspelt types in Dutch in its messages', () => {
    const result = parse('# Bakker\n\n## Persoonlijkheidstype\n\n- Realistisch / Sociaall\n', {locale: 'nl'})
    const [message] = result.messages.filter((entry) => entry.ruleId === 'unknown-holland-type')

    expect(message?.reason).toBe(
      'Unexpected Holland type `Sociaall`, expected one of Realistisch, Onderzoekend, Artistiek, Sociaal, Ondernemend, Conventioneel (did you mean `Sociaal`?)'
    )
    expect(message?.expected).toEqual(['Sociaal'])
  })

  test('drops the Dutch promotional line as boilerplate', () => {
    const promo = 'Wil je weten welk beroep het beste bij je past? Doe de gratis beroepentest.'
    const result = parse(`Beroep bakker\n\n${promo}\n\nKennis\n\n  • Gist\n`, {locale: 'nl'})

    expect(result.messages.map((message) => [message.line, message.ruleId])).toEqual([[3, 'boilerplate']])
    expect(result.profession.description).toBe('')
  })
})

describe('locale: en on a Dutch document', () => {
  test('does not read the Dutch headings, title prefix or Holland names', () => {
    const result = parse(dutchPage, {locale: 'en'})

    expect(result.locale).toBe('en')
    expect(result.profession.title).toBe('Beroep bakker')
    expect(result.profession.personalityTypes).toEqual([])
    expect(result.profession.skills).toEqual([])
    expect(result.profession.jobTitles).toEqual([])
    expect(detectors(result)).not.toContain('personality')
    expect(result.sections.map((section) => section.heading)).not.toContain('Kennis')
  })

  test('reports Dutch headings of a Markdown profile as unrecognised', () => {
    const result = parse(dutchMarkdown, {locale: 'en'})

    expect(result.messages.filter((message) => message.ruleId === 'unrecognised-heading').map((message) => message.line)).toEqual([
      5, 9, 13, 17
    ])
    expect(errors(result)).toEqual(['no-sections'])
  })
})

describe('auto-detection', () => {
  test('picks nl for a Dutch page and a Dutch Markdown profile, with or without `locale: "auto"`', () => {
    for (const locale of [undefined, 'auto']) {
      const page = parse(dutchPage, {locale})
      expect(page.locale).toBe('nl')
      expect(page.profession).toEqual(parse(dutchPage, {locale: 'nl'}).profession)

      const markdown = parse(dutchMarkdown, {locale})
      expect(markdown.locale).toBe('nl')
      expect(markdown.profession.title).toBe('Tandtechnicus')
      expect(markdown.profession.personalityTypes).toEqual([{code: 'RI', types: ['Realistic', 'Investigative']}])
      expect(errors(markdown)).toEqual([])
    }
  })

  test('picks en for an English page', () => {
    const result = parse(englishPage)

    expect(result.locale).toBe('en')
    expect(result.profession.title).toBe('baker')
    expect(result.profession.personalityTypes).toEqual([{code: 'RC', types: ['Realistic', 'Conventional']}])
    expect(detectors(result)).toEqual(['title', 'description', 'personality', 'knowledge', 'skills', 'job-titles'])
  })

  test('falls back to en when no heading is a locale’s', () => {
    const result = parse('Bakker\n\nEen tekst zonder bekende koppen.\n')

    expect(result.locale).toBe('en')
  })

  test('falls back to en when no locale leads (one Dutch and one English heading)', () => {
    const result = parse('# Bakker\n\n## Kennis\n\n- Gist\n\n## Skills\n\n- Knead dough\n')

    expect(result.locale).toBe('en')
    expect(result.profession.skills).toEqual([{name: 'Knead dough'}])
  })

  test('reads ` & ` in a heading as each locale’s own conjunction, as `locale: "nl"` does', () => {
    const text =
      '# Bakker\n\n## Vaardigheden & competenties\n\n- **Deeg kneden**: Met de hand kneden.\n\n## Optionele kennis & vaardigheden\n\n- taarten decoreren\n'
    const result = parse(text)

    expect(result.locale).toBe('nl')
    expect(result.profession).toEqual(parse(text, {locale: 'nl'}).profession)
    expect(result.profession.skills).toEqual([{name: 'Deeg kneden', description: 'Met de hand kneden.'}])
    // English: `&` reads as “and”, not as Dutch “en”.
    expect(parse('# Baker\n\n## Optional knowledge & skills\n\n- yeast\n').locale).toBe('en')
  })

  test('counts only headings: Dutch Holland names alone do not make a document Dutch', () => {
    const result = parse('Profession baker\n\nPersonality Type\n\nRealistisch / Sociaal\n')

    expect(result.locale).toBe('en')
  })

  test('reports the empty document as en', () => {
    expect(parse('').locale).toBe('en')
  })
})

describe('unknown locale', () => {
  test('throws a LocaleError listing the known ids', () => {
    let caught: unknown
    try {
      parse(englishPage, {locale: 'xx'})
    } catch (error) {
      caught = error
    }

    expect(caught).toBeInstanceOf(LocaleError)
    const error = caught as LocaleError
    expect(error.name).toBe('LocaleError')
    expect(error.message).toBe('Unknown locale `xx`, expected one of: auto, en, nl')
    expect(error.locale).toBe('xx')
    expect(error.known).toEqual(['en', 'nl'])
    expect(error.property).toBeUndefined()
  })

  test('compares ids exactly: `NL` is not `nl`', () => {
    expect(() => parse(dutchPage, {locale: 'NL'})).toThrow('Unknown locale `NL`, expected one of: auto, en, nl')
  })

  test('throws also for an empty document, before reading it', () => {
    expect(() => parse('', {locale: 'xx'})).toThrow(LocaleError)
  })
})

describe('builtinLocales', () => {
  test('are English and Dutch, English first', () => {
    expect(builtinLocales.map((pack) => [pack.id, pack.name])).toEqual([
      ['en', 'English'],
      ['nl', 'Nederlands']
    ])
  })

  test('hold the Dutch words the issue asks for', () => {
    const nl = builtinLocales.find((pack) => pack.id === 'nl')!

    expect(nl.headingPrefixes?.['title']).toEqual(['beroep'])
    expect(nl.headings['personality']).toContain('persoonlijkheidstype')
    expect(nl.headings['knowledge']).toContain('kennis')
    expect(nl.headings['skills']).toContain('vaardigheden')
    expect(nl.headings['optional-skills']).toContain('optionele kennis en vaardigheden')
    expect(nl.headings['job-titles']).toContain('veelvoorkomende functietitels')
    expect(nl.hollandTypes).toEqual({
      Realistic: ['Realistisch'],
      Investigative: ['Onderzoekend'],
      Artistic: ['Artistiek'],
      Social: ['Sociaal'],
      Enterprising: ['Ondernemend'],
      Conventional: ['Conventioneel']
    })
  })

  test('are frozen, down to their word lists', () => {
    const [en, nl] = builtinLocales

    expect(Object.isFrozen(builtinLocales)).toBe(true)
    for (const pack of [en!, nl!]) {
      expect(Object.isFrozen(pack)).toBe(true)
      expect(Object.isFrozen(pack.headings)).toBe(true)
      expect(Object.isFrozen(pack.headings['knowledge'])).toBe(true)
      expect(Object.isFrozen(pack.hollandTypes.Social)).toBe(true)
    }

    expect(() => (en!.headings['knowledge'] as string[]).push('know-how')).toThrow(TypeError)
    expect(() => {
      ;(nl as {name: string}).name = 'Vlaams'
    }).toThrow(TypeError)
    expect(nl!.name).toBe('Nederlands')
  })
})
