import {checkLocale} from './check.js'
import {en} from './en.js'
import {LocaleError, type LocalePack} from './locale.js'
import {nl} from './nl.js'

/**
 * The built-in locale packs: English (the default) and Dutch. Frozen, as
 * the parser keeps lookups per pack object.
 */
export const builtinLocales: readonly LocalePack[] = Object.freeze([deepFreeze(en), deepFreeze(nl)])

const registered = new Map<string, LocalePack>(builtinLocales.map((pack) => [pack.id, pack]))
let list: readonly LocalePack[] = builtinLocales
let generation = 0

/**
 * Make a locale pack known: `parse` auto-detects it, and the `locale`
 * option and `--locale` accept its id. A pack with the id of a registered
 * one replaces it (register `{...en, headings: …}` to extend English). The
 * pack is checked; do not change it afterwards (the parser keeps lookups
 * built from it).
 *
 * @param pack
 *   The pack.
 * @throws {LocaleError}
 *   When the pack is malformed, naming the property.
 */
export function registerLocale(pack: LocalePack): void {
  checkLocale(pack, localeIds)
  registered.set(pack.id, pack)
  list = Object.freeze([...registered.values()])
  generation++
}

/** The registered locale packs, built-in first, in the order they were registered. */
export function registeredLocales(): readonly LocalePack[] {
  return list
}

/** Changes with every `registerLocale`, so lookups built over all packs know when to rebuild. */
export function localeGeneration(): number {
  return generation
}

/** Ids of the registered locales, sorted. */
export function localeIds(): string[] {
  return [...registered.keys()].sort()
}

/**
 * The pack the `locale` option asks for.
 *
 * @param option
 *   A registered id, a pack, or `undefined`/`"auto"` to detect it.
 * @returns
 *   The pack, or `undefined` to detect it from the document.
 * @throws {LocaleError}
 *   For an unknown id (listing the known ones) or a malformed pack.
 */
export function resolveLocale(option: string | LocalePack | undefined): LocalePack | undefined {
  if (option === undefined || option === 'auto') return undefined
  if (typeof option !== 'string') return checkLocale(option, localeIds)
  const pack = registered.get(option)
  if (pack) return pack
  throw new LocaleError(
    `Unknown locale \`${option}\`, expected one of: auto, ${localeIds().join(', ')}`,
    option,
    localeIds()
  )
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }

  return value
}
