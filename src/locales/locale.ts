import type {HollandType} from '../model/riasec.js'

/**
 * The words of one language the parser reads: heading aliases, heading
 * prefixes, Holland type names and boilerplate phrases. Data only — the
 * detectors read the active pack through their context, so a language is
 * added by writing a pack, not by changing a detector.
 *
 * Words are compared as headings are (see `docs/locales.md`): case,
 * surrounding whitespace, emphasis marks, `#` and a trailing colon do not
 * matter, so they may be written as they appear on a page.
 *
 * @example
 *   const de: LocalePack = {
 *     id: 'de',
 *     name: 'Deutsch',
 *     headings: {knowledge: ['Kenntnisse'], skills: ['Fertigkeiten']},
 *     headingPrefixes: {title: ['Beruf']},
 *     hollandTypes: {Realistic: ['Realistisch'], …}
 *   }
 */
export interface LocalePack {
  /** Id, a lower-case language tag: `"en"`, `"nl"`, `"pt-br"`. Used by the `locale` option and `--locale`. */
  readonly id: string
  /** Name of the language, in the language: `"English"`, `"Nederlands"`. */
  readonly name: string
  /**
   * Heading texts that start a section, by detector id: `{knowledge:
   * ['Kennis']}`. They add to the detector's own `headings`; ids of your own
   * detectors may be used too.
   */
  readonly headings: Readonly<Record<string, readonly string[]>>
  /**
   * Heading beginnings followed by an argument, by detector id: `{title:
   * ['Beroep']}` reads "Beroep bakker" as the title "bakker"; `{tasks:
   * ['Taken']}` gives "Taken bakker" the argument "bakker". Default: none.
   */
  readonly headingPrefixes?: Readonly<Record<string, readonly string[]>> | undefined
  /**
   * Names of the six Holland (RIASEC) types, by their canonical (English)
   * name, which is what the model holds: `{Investigative: ['Onderzoekend']}`.
   * The first name of each is how messages name the type; any further names
   * are accepted spellings. Letter codes (`"EA"`) are always the RIASEC
   * initials of the canonical names.
   */
  readonly hollandTypes: Readonly<Record<HollandType, readonly string[]>>
  /**
   * Words joining Holland types on one line, such as "and" in "Realistic and
   * Conventional". The first is also how ` & ` in a heading is read
   * ("Knowledge & skills" matches "knowledge and skills"). Default: none.
   */
  readonly conjunctions?: readonly string[] | undefined
  /**
   * Phrases of the promotional lines careers sites put between sections
   * ("take our free"); a line holding one is dropped as boilerplate.
   * Compared case-insensitively, any run of whitespace matching a space.
   * Default: none.
   */
  readonly boilerplate?: readonly string[] | undefined
}

/**
 * A locale that is not known, or a locale pack that is malformed: a
 * programming error, thrown by `parse` and `registerLocale` (the CLI exits
 * 2 with its message).
 */
export class LocaleError extends Error {
  constructor(
    message: string,
    /** The locale id asked for, or the id of the malformed pack. */
    readonly locale: string,
    /** Ids of the registered locales, sorted. */
    readonly known: readonly string[],
    /** The property of the pack at fault (`hollandTypes.Social`), for a malformed pack. */
    readonly property?: string | undefined
  ) {
    super(message)
    this.name = 'LocaleError'
  }
}
