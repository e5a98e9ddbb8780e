import {beforeEach, describe, expect, test, vi} from 'vitest'
import * as shared from '../../src/index.js'
import type {LocalePack} from '../../src/index.js'

/*
 * `registerLocale` changes module state. Vitest runs each test file in its
 * own module graph (`isolate`, on by default), so nothing here reaches other
 * files; within this file every test imports a fresh copy of the package
 * (`vi.resetModules` + dynamic import), so no test sees another's packs.
 */

type Api = typeof import('../../src/index.js')
let api: Api

beforeEach(async () => {
  vi.resetModules()
  api = await import('../../src/index.js')
})

const de: LocalePack = {
  id: 'de',
  name: 'Deutsch',
  headings: {
    personality: ['Persönlichkeitstyp'],
    knowledge: ['Kenntnisse'],
    skills: ['Fertigkeiten'],
    'job-titles': ['Übliche Berufsbezeichnungen']
  },
  headingPrefixes: {title: ['Beruf']},
  hollandTypes: {
    Realistic: ['Realistisch'],
    Investigative: ['Forschend'],
    Artistic: ['Künstlerisch'],
    Social: ['Sozial'],
    Enterprising: ['Unternehmerisch'],
    Conventional: ['Konventionell']
  },
  conjunctions: ['und'],
  boilerplate: ['machen sie unseren kostenlosen']
}

const germanPage = `Beruf Bäcker

Bäcker backen Brot und Gebäck.

Machen Sie unseren kostenlosen Berufstest!

Persönlichkeitstyp

Forschend und Künstlerisch
Sozial / Unternehmerisch

Kenntnisse

  • Gärung

    Wie Hefe einen Teig gehen lässt.

Fertigkeiten

  • Teig kneten

    Teig von Hand oder mit der Maschine kneten.

Übliche Berufsbezeichnungen

  • Brotbäcker
`

/** What `fn` throws, as a `LocaleError` of the fresh module graph. */
function localeError(fn: () => unknown): InstanceType<Api['LocaleError']> {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(api.LocaleError)
    return error as InstanceType<Api['LocaleError']>
  }

  throw new Error('Expected a LocaleError, nothing was thrown')
}

/** `de` with one property replaced (or removed, for `undefined`). */
function withProperty(key: string, value: unknown): LocalePack {
  const pack: Record<string, unknown> = {...de, [key]: value}
  if (value === undefined) delete pack[key]
  return pack as unknown as LocalePack
}

describe('registerLocale', () => {
  test('gets a fresh registry per test, apart from the statically imported one', () => {
    api.registerLocale(de)

    expect(api.registeredLocales().map((pack) => pack.id)).toEqual(['en', 'nl', 'de'])
    expect(shared.registeredLocales().map((pack) => pack.id)).toEqual(['en', 'nl'])
  })

  test('is needed: without it a German page is read as English', () => {
    const result = api.parse(germanPage)

    expect(result.locale).toBe('en')
    expect(result.profession.title).toBe('Beruf Bäcker')
    expect(result.profession.personalityTypes).toEqual([])
    expect(() => api.parse(germanPage, {locale: 'de'})).toThrow('Unknown locale `de`, expected one of: auto, en, nl')
  })

  test('makes a user pack auto-detected, with its headings, title prefix, Holland names and boilerplate', () => {
    api.registerLocale(de)
    const result = api.parse(germanPage)

    expect(result.locale).toBe('de')
    expect(result.profession.title).toBe('Bäcker')
    expect(result.profession.personalityTypes).toEqual([
      {code: 'IA', types: ['Investigative', 'Artistic']},
      {code: 'SE', types: ['Social', 'Enterprising']}
    ])
    expect(result.profession.knowledge).toEqual([{name: 'Gärung', description: 'Wie Hefe einen Teig gehen lässt.'}])
    expect(result.profession.skills).toEqual([{name: 'Teig kneten', description: 'Teig von Hand oder mit der Maschine kneten.'}])
    expect(result.profession.jobTitles).toEqual(['Brotbäcker'])
    expect(result.messages.map((message) => [message.line, message.ruleId])).toEqual([[5, 'boilerplate']])
  })

  test('makes `locale: "de"` accepted, and listed among the known ids', () => {
    api.registerLocale(de)

    expect(api.parse(germanPage, {locale: 'de'}).profession).toEqual(api.parse(germanPage).profession)
    expect(api.parse(germanPage, {locale: 'nl'}).profession.title).toBe('Beruf Bäcker')
    expect(localeError(() => api.parse(germanPage, {locale: 'fr'})).message).toBe(
      'Unknown locale `fr`, expected one of: auto, de, en, nl'
    )
  })

  test('leaves Dutch and English documents to their own packs', () => {
    api.registerLocale(de)

    expect(api.parse('Beroep bakker\n\nKennis\n\n  • Gist\n').locale).toBe('nl')
    expect(api.parse('Profession baker\n\nKnowledge\n\n  • Yeast\n').locale).toBe('en')
  })

  test('replaces a registered pack with the same id, in its place', () => {
    const english = api.registeredLocales()[0]!
    const extended: LocalePack = {
      ...english,
      headings: {...english.headings, knowledge: [...english.headings['knowledge']!, 'know-how']}
    }
    const text = 'Profession baker\n\nKnow-how\n\n  • Yeast\n'
    const headings = (locale?: string) =>
      api.parse(text, {locale}).sections.map((section) => [section.detector, section.heading])
    expect(headings('en')).not.toContainEqual(['knowledge', 'Know-how'])

    api.registerLocale(extended)

    expect(api.registeredLocales().map((pack) => pack.id)).toEqual(['en', 'nl'])
    expect(api.registeredLocales()[0]).toBe(extended)
    expect(headings('en')).toContainEqual(['knowledge', 'Know-how'])
    // Auto-detection reads the new words too, and still falls back to English.
    expect(headings()).toContainEqual(['knowledge', 'Know-how'])
    expect(api.parse('Bakker\n\nTekst.\n').locale).toBe('en')
    // The built-in pack itself is untouched.
    expect(api.builtinLocales[0]).toBe(english)
    expect(english.headings['knowledge']).not.toContain('know-how')
  })

  test('accepts a pack passed as the `locale` option without registering it', () => {
    const result = api.parse(germanPage, {locale: de})

    expect(result.locale).toBe('de')
    expect(result.profession.title).toBe('Bäcker')
    expect(api.registeredLocales().map((pack) => pack.id)).toEqual(['en', 'nl'])
  })
})

describe('registerLocale: malformed packs', () => {
  test('throws for a missing Holland type, naming it', () => {
    const {Social: _, ...five} = de.hollandTypes
    const error = localeError(() => api.registerLocale(withProperty('hollandTypes', five)))

    expect(error.message).toBe(
      'Invalid locale pack `de`: `hollandTypes.Social` must be a non-empty list of one-word names, got nothing'
    )
    expect(error.property).toBe('hollandTypes.Social')
    expect(error.locale).toBe('de')
    expect(error.known).toEqual(['en', 'nl'])
  })

  test('throws for a Holland name of two words, or keyed by a non-canonical name', () => {
    const twoWords = {...de.hollandTypes, Social: ['Sozial eingestellt']}
    expect(localeError(() => api.registerLocale(withProperty('hollandTypes', twoWords))).property).toBe(
      'hollandTypes.Social'
    )

    const dutchKey = {...de.hollandTypes, Sociaal: ['Sozial']}
    expect(localeError(() => api.registerLocale(withProperty('hollandTypes', dutchKey))).message).toBe(
      'Invalid locale pack `de`: `hollandTypes.Sociaal` must be absent (keys are the canonical names: Realistic, Investigative, Artistic, Social, Enterprising, Conventional), got a list'
    )
  })

  test('throws for a heading that is not a string, naming the detector id', () => {
    const headings = {...de.headings, knowledge: ['Kenntnisse', 42]}
    const error = localeError(() => api.registerLocale(withProperty('headings', headings)))

    expect(error.message).toBe('Invalid locale pack `de`: `headings.knowledge` must be a list of non-empty strings, got a list')
    expect(error.property).toBe('headings.knowledge')
  })

  test('throws for headings keyed by something other than a detector id', () => {
    const headings = {...de.headings, 'Job titles': ['Berufe']}

    expect(localeError(() => api.registerLocale(withProperty('headings', headings))).property).toBe('headings.Job titles')
  })

  test('throws for a bad id: not a lower-case language tag, `auto`, or missing', () => {
    for (const id of ['Deutsch', 'DE', 'de_DE', 'auto', '']) {
      const error = localeError(() => api.registerLocale(withProperty('id', id)))
      expect([id, error.property]).toEqual([id, 'id'])
    }

    expect(localeError(() => api.registerLocale(withProperty('id', 'Deutsch'))).message).toBe(
      'Invalid locale pack `Deutsch`: `id` must be a lower-case language tag such as `nl` or `pt-br` (not `auto`), got "Deutsch"'
    )
    expect(localeError(() => api.registerLocale(withProperty('id', undefined))).message).toBe(
      'Invalid locale pack: `id` must be a lower-case language tag such as `nl` or `pt-br` (not `auto`), got nothing'
    )
  })

  test('throws for an unknown property, a missing name and a pack that is not an object', () => {
    expect(localeError(() => api.registerLocale(withProperty('heading', {})))).toMatchObject({property: 'heading'})
    expect(localeError(() => api.registerLocale(withProperty('name', ' ')))).toMatchObject({property: 'name'})
    expect(localeError(() => api.registerLocale(null as unknown as LocalePack))).toMatchObject({
      property: '(pack)',
      message: 'Invalid locale pack: `(pack)` must be an object, got null'
    })
  })

  test('throws for malformed optional lists', () => {
    expect(localeError(() => api.registerLocale(withProperty('conjunctions', ['und', 'oder auch'])))).toMatchObject({
      property: 'conjunctions'
    })
    expect(localeError(() => api.registerLocale(withProperty('boilerplate', 'kostenlos')))).toMatchObject({
      property: 'boilerplate'
    })
    expect(localeError(() => api.registerLocale(withProperty('headingPrefixes', {title: 'Beruf'})))).toMatchObject({
      property: 'headingPrefixes.title'
    })
  })

  test('registers nothing when the pack is malformed', () => {
    localeError(() => api.registerLocale(withProperty('hollandTypes', {})))

    expect(api.registeredLocales().map((pack) => pack.id)).toEqual(['en', 'nl'])
    expect(api.parse(germanPage).locale).toBe('en')
  })

  test('throws the same error for a malformed pack given as the `locale` option', () => {
    const error = localeError(() => api.parse(germanPage, {locale: withProperty('name', undefined)}))

    expect(error.message).toBe('Invalid locale pack `de`: `name` must be a non-empty string, got nothing')
  })
})
