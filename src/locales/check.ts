import {hollandTypes} from '../model/riasec.js'
import {LocaleError, type LocalePack} from './locale.js'

/** A lower-case language tag: `en`, `nl`, `pt-br`, `sr-latn`. */
const idPattern = /^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/
/** A detector id, as detectors spell them. */
const kebab = /^[a-z][a-z\d]*(?:-[a-z\d]+)*$/
const keys = new Set(['id', 'name', 'headings', 'headingPrefixes', 'hollandTypes', 'conjunctions', 'boilerplate'])
const checked = new WeakSet<object>()

/**
 * Check a locale pack once (the result is remembered per pack object).
 *
 * @param pack
 *   What claims to be a pack.
 * @param known
 *   Ids of the registered locales, for the error.
 * @returns
 *   The pack.
 * @throws {LocaleError}
 *   Naming the pack and the property at fault.
 */
export function checkLocale(pack: unknown, known: () => readonly string[]): LocalePack {
  if (typeof pack === 'object' && pack !== null && checked.has(pack)) return pack as LocalePack
  const id = isRecord(pack) && typeof pack['id'] === 'string' ? pack['id'] : ''
  const fail = (property: string, expected: string, actual: unknown): never => {
    const name = id === '' ? 'Invalid locale pack' : `Invalid locale pack \`${id}\``
    throw new LocaleError(`${name}: \`${property}\` must be ${expected}, got ${describe(actual)}`, id, known(), property)
  }

  if (!isRecord(pack)) return fail('(pack)', 'an object', pack)
  for (const key of Object.keys(pack)) {
    if (!keys.has(key)) fail(key, `absent (known properties: ${[...keys].join(', ')})`, pack[key])
  }

  if (!idPattern.test(id) || id === 'auto') fail('id', 'a lower-case language tag such as `nl` or `pt-br` (not `auto`)', pack['id'])
  if (typeof pack['name'] !== 'string' || pack['name'].trim() === '') fail('name', 'a non-empty string', pack['name'])
  checkWords(pack['headings'], 'headings', false, fail)
  checkWords(pack['headingPrefixes'], 'headingPrefixes', true, fail)

  const holland = pack['hollandTypes']
  if (!isRecord(holland)) return fail('hollandTypes', 'an object with the six Holland types', holland)
  for (const key of Object.keys(holland)) {
    if (!(hollandTypes as readonly string[]).includes(key)) {
      fail(`hollandTypes.${key}`, `absent (keys are the canonical names: ${hollandTypes.join(', ')})`, holland[key])
    }
  }

  for (const type of hollandTypes) {
    const names = holland[type]
    if (!Array.isArray(names) || names.length === 0 || !names.every(isName)) {
      fail(`hollandTypes.${type}`, 'a non-empty list of one-word names', names)
    }
  }

  for (const key of ['conjunctions', 'boilerplate'] as const) {
    const list = pack[key]
    const test = key === 'conjunctions' ? isName : isText
    if (list !== undefined && !(Array.isArray(list) && list.every(test))) {
      fail(key, key === 'conjunctions' ? 'a list of one-word strings' : 'a list of non-empty strings', list)
    }
  }

  checked.add(pack)
  return pack as unknown as LocalePack
}

function checkWords(
  value: unknown,
  property: string,
  optional: boolean,
  fail: (property: string, expected: string, actual: unknown) => never
): void {
  if (value === undefined && optional) return
  if (!isRecord(value)) return fail(property, 'an object of word lists by detector id', value)
  for (const [key, words] of Object.entries(value)) {
    if (!kebab.test(key)) fail(`${property}.${key}`, 'keyed by a kebab-case detector id', key)
    if (!Array.isArray(words) || !words.every(isText)) fail(`${property}.${key}`, 'a list of non-empty strings', words)
  }
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== ''
}

/** One word of letters (a Holland type name, a conjunction). */
function isName(value: unknown): boolean {
  return typeof value === 'string' && /^\p{L}+$/u.test(value.trim())
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value)
  return value === null ? 'null' : typeof value
}
