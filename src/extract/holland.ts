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
 * Dutch), always giving the canonical types. A closing full stop is
 * ignored; the code may also be spelt out in single letters (`"E / A"`,
 * `"E-A"`, `"E, A"`) or follow the names in parentheses
 * (`"Enterprising / Artistic (EA)"`, whose names are read).
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
  let end = line.length
  while (end > 0 && (line.charCodeAt(end - 1) === 46 /* . */ || isSpace(line.charCodeAt(end - 1)))) end--
  const text = end === line.length ? line : line.slice(0, end)
  const open = text.charCodeAt(end - 1) === 41 /* ) */ ? text.lastIndexOf('(') : -1
  if (open === -1) return readParts(text, locale)

  // "Names (code)", or "(code)" alone: the part in parentheses must read too.
  const inner = readParts(text.slice(open + 1, end - 1), locale)
  if (!inner) return undefined
  const outer = text.slice(0, open)
  if (outer.trim() === '') {
    return {types: inner.types, unknown: inner.unknown.map((entry) => ({...entry, offset: entry.offset + open + 1}))}
  }

  return readParts(outer, locale)
}

/** A personality line without closing punctuation or a part in parentheses. */
function readParts(line: string, locale: LocalePack): HollandLine | undefined {
  const code = readLetterCode(line)
  if (code) return {types: code, unknown: []}

  const compiled = compileLocale(locale)
  const types: HollandType[] = []
  const unknown: UnknownType[] = []
  // The parts read as a letter code spelt out ("E / A"), while every part is one capital.
  const letters: HollandType[] = []
  let spelt = true
  let parts = 0

  for (const {word, offset} of splitParts(line, compiled.conjunctions)) {
    parts++
    if (!isWord(word)) return undefined
    if (spelt) {
      const letter = word.length === 1 && 'RIASEC'.includes(word) ? hollandType(word) : undefined
      if (letter && !letters.includes(letter)) letters.push(letter)
      else spelt = false
    }

    const type = word.length > 1 ? compiled.holland.get(word.toLowerCase()) : undefined
    if (type) {
      types.push(type)
    } else {
      unknown.push({word, offset, suggestion: closestType(word, compiled)})
    }
  }

  if (parts === 0) return undefined
  if (spelt && parts > 1) return {types: letters, unknown: []}
  // Accept a line when at least one part is a type or a near miss of one.
  const plausible = types.length > 0 || unknown.some((entry) => entry.suggestion !== undefined)
  return plausible ? {types, unknown} : undefined
}

/**
 * Whether a line names a Holland type somewhere: a type name of the locale,
 * or a letter code of two or more capitals, as a word of its own. A line under
 * a personality heading that does so but does not read as personality types
 * ("Enterprising / Artistic types") is a personality line gone wrong, to be
 * reported, rather than the first item of the next section.
 */
export function mentionsHollandType(line: string, locale: LocalePack = en): boolean {
  const compiled = compileLocale(locale)
  let start = -1
  for (let index = 0; index <= line.length; index++) {
    const code = index === line.length ? -1 : line.charCodeAt(index)
    const letter = code !== -1 && isWordCode(code)
    if (letter) {
      if (start === -1) start = index
      continue
    }

    if (start !== -1) {
      const word = line.slice(start, index)
      start = -1
      if (word.length > 20) continue
      if (word.length > 1 && (readLetterCode(word) || compiled.holland.has(word.toLowerCase()))) return true
    }
  }

  return false
}

/** A letter of a word: ASCII letters, and any non-ASCII code unit (left to the Unicode check of `isWord`). */
function isWordCode(code: number): boolean {
  const lower = code | 32
  return (lower >= 97 && lower <= 122) || code > 127
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0
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
