import {compileLocale, type CompiledLocale} from '../locales/compile.js'
import {en} from '../locales/en.js'
import type {LocalePack} from '../locales/locale.js'
import {hollandType, type HollandType} from '../model/riasec.js'

/** A word of a personality line that is not a Holland type. */
export interface UnknownType {
  word: string
  /** Offset of the word in the line. */
  offset: number
  /** The Holland type the word is closest to, when it looks like a misspelling. */
  suggestion: HollandType | undefined
}

/** A line read as Holland personality types. */
export interface HollandLine {
  types: HollandType[]
  unknown: UnknownType[]
}

/**
 * Read a personality line: `"Enterprising / Artistic"`, `"Social, Investigative"`,
 * `"Realistic and Conventional"`, or a letter code such as `"EA"` — with the
 * type names and conjunctions of a locale (`"Sociaal en Onderzoekend"` in
 * Dutch), always giving the canonical types.
 *
 * Returns `undefined` when the line does not read as personality types at
 * all (a knowledge item that follows an empty personality section, say).
 * Words that are not types but sit where types go, such as a misspelling,
 * are returned in `unknown` so callers can report them where they are.
 *
 * @param line
 *   The line.
 * @param locale
 *   The locale pack whose names to read. Default: English.
 */
export function readHollandLine(line: string, locale: LocalePack = en): HollandLine | undefined {
  const code = readLetterCode(line)
  if (code) return {types: code, unknown: []}

  const compiled = compileLocale(locale)
  const types: HollandType[] = []
  const unknown: UnknownType[] = []
  let parts = 0

  for (const {word, offset} of splitParts(line, compiled.conjunctions)) {
    parts++
    if (!isWord(word)) return undefined
    const type = word.length > 1 ? compiled.holland.get(word.toLowerCase()) : undefined
    if (type) {
      types.push(type)
    } else {
      unknown.push({word, offset, suggestion: closestType(word, compiled)})
    }
  }

  if (parts === 0) return undefined
  // Accept a line when at least one part is a type or a near miss of one.
  const plausible = types.length > 0 || unknown.some((entry) => entry.suggestion !== undefined)
  return plausible ? {types, unknown} : undefined
}

/** `"EA"`, `"SEC"`: one to six distinct RIASEC capitals. */
function readLetterCode(line: string): HollandType[] | undefined {
  const value = line.trim()
  if (value.length === 0 || value.length > 6) return undefined
  const types: HollandType[] = []
  for (const letter of value) {
    const type = 'RIASEC'.includes(letter) ? hollandType(letter) : undefined
    if (!type || types.includes(type)) return undefined
    types.push(type)
  }

  return types
}

/** Parts of a line separated by `/`, `,`, `&`, `|`, `+`, `-`, `–` or a conjunction ("and"). */
function* splitParts(line: string, conjunctions: readonly string[]): Generator<{word: string; offset: number}> {
  let start = 0
  const length = line.length
  for (let index = 0; index <= length; index++) {
    const code = index === length ? -1 : line.charCodeAt(index)
    const and = code === 32 ? conjunctionAt(line, index, conjunctions) : 0
    if (code === -1 || isSeparator(code) || and > 0) {
      const raw = line.slice(start, index)
      const trimmed = raw.trim()
      if (trimmed) yield {word: trimmed, offset: start + raw.indexOf(trimmed)}
      start = and > 0 ? index + and + 1 : index + 1
      if (and > 0) index += and
    }
  }
}

/** Length of ` <conjunction> ` after the space at `index` (the space before the conjunction excluded), or 0. */
function conjunctionAt(line: string, index: number, conjunctions: readonly string[]): number {
  for (const word of conjunctions) {
    const end = index + 1 + word.length
    if (end < line.length && line.charCodeAt(end) === 32 && line.slice(index + 1, end).toLowerCase() === word) {
      return word.length + 1
    }
  }

  return 0
}

function isSeparator(code: number): boolean {
  return (
    code === 47 /* / */ ||
    code === 44 /* , */ ||
    code === 38 /* & */ ||
    code === 124 /* | */ ||
    code === 43 /* + */ ||
    code === 59 /* ; */ ||
    code === 45 /* - */ ||
    code === 0x20_13 /* – */ ||
    code === 0x20_14 /* — */
  )
}

/** One word of letters (a type name is never two words). */
function isWord(value: string): boolean {
  if (value.length > 20) return false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    // ASCII letters; anything past ASCII is left to the Unicode check.
    if (code > 127) return letters.test(value)
    const lower = code | 32
    if (lower < 97 || lower > 122) return false
  }

  return true
}

const letters = /^\p{L}+$/u

/** The type whose name in the locale is within edit distance 2 of `word`, if any. */
function closestType(word: string, locale: CompiledLocale): HollandType | undefined {
  const lower = word.toLowerCase()
  let best: HollandType | undefined
  let bestDistance = 3
  for (const {spelling, type} of locale.hollandSpellings) {
    const distance = editDistance(lower, spelling, bestDistance)
    if (distance < bestDistance) {
      best = type
      bestDistance = distance
    }
  }

  return best
}

/** Levenshtein distance, giving up (returning `limit`) past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current.push(value)
      if (value < rowMin) rowMin = value
    }

    if (rowMin >= limit) return limit
    previous = current
  }

  return Math.min(previous[b.length]!, limit)
}
