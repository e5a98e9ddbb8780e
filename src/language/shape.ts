import type {ItemKind} from '../model/profession.js'
import {ambiguousVerbs, headNouns, knowledgeHeads, nounFirstWords, nounOpeners, verbs} from './english.js'

/**
 * Log-odds that a label is a skill (a verb phrase) rather than knowledge
 * (a noun phrase), from the label and, when there is one, its description.
 *
 * Positive means skill. The scale is rough natural log-odds: ±2 is a fairly
 * sure call, 0 is a coin toss.
 */
export function skillScore(name: string, description?: string): number {
  let score = labelScore(name)
  if (description) score += descriptionScore(description)
  return score
}

/**
 * Knowledge or skill, from the shape of a label alone.
 *
 * @param words
 *   The label's lower-case words, when the caller has them already.
 */
export function phraseKind(name: string, words?: readonly string[]): ItemKind {
  return labelScore(name, words) > 0 ? 'skill' : 'knowledge'
}

/** Log-odds of a skill from the label's words. */
export function labelScore(name: string, words?: readonly string[]): number {
  if (words) {
    const first = words[0]
    const last = words.at(-1)
    if (first === undefined || last === undefined) return 0
    return openingScore(first, words.length) ?? ambiguousOpeningScore(first, last, words.length)
  }

  // The first and the last word, as `lowerWords` finds them, and whether
  // a word comes between: no more of the label is read or lower-cased.
  if (!firstWordIn(name, 0, name.length, found)) return 0
  const first = lowerWord(name, found.start, found.end)
  const firstEnd = found.end
  if (!lastWordIn(name, firstEnd, name.length, found)) return oneWordScore(first)
  // 3 stands for three words or more: no score tells them apart.
  const length = hasWordCharacter(name, firstEnd, found.start) ? 3 : 2
  return openingScore(first, length) ?? ambiguousOpeningScore(first, lowerWord(name, found.start, found.end), length)
}

/*
 * The word lists the shape of a label is read from, as one table of bit
 * flags: one look-up per word, where a look-up per list would hash the
 * word again each time.
 */
const verb = 1
const ambiguousVerb = 2
const knowledgeHead = 4
const headNoun = 8
const nounFirstWord = 16
const nounOpener = 32

const wordClasses = new Map<string, number>()
for (const [list, flag] of [
  [verbs, verb],
  [ambiguousVerbs, ambiguousVerb],
  [knowledgeHeads, knowledgeHead],
  [headNouns, headNoun],
  [nounFirstWords, nounFirstWord],
  [nounOpeners, nounOpener]
] as const) {
  for (const word of list) wordClasses.set(word, (wordClasses.get(word) ?? 0) | flag)
}

/** The classes of a lower-case word (0 when it is in no list). */
function classesOf(word: string): number {
  return wordClasses.get(word) ?? 0
}

/**
 * The score the first of a label's `length` lower-case words settles alone,
 * or `undefined` when it is an ambiguous verb, which the last word decides
 * (see `ambiguousOpeningScore`).
 */
function openingScore(first: string, length: number): number | undefined {
  if (length === 1) return oneWordScore(first)
  const classes = classesOf(first)
  if ((classes & ambiguousVerb) !== 0) return undefined
  if ((classes & verb) !== 0) return 2.5
  // Gerunds and nominalisations open noun phrases: "accounting techniques".
  if (first.endsWith('ing')) return -1.5
  return -2
}

/** The score of a one-word label: "Pharmacology", "Welding". A lone verb is rare as a label. */
function oneWordScore(word: string): number {
  return (classesOf(word) & (verb | ambiguousVerb)) === verb ? 0.5 : -2
}

/** The score of a label of `length` (two or more) words opened by an ambiguous verb. */
function ambiguousOpeningScore(first: string, last: string, length: number): number {
  const classes = classesOf(last)
  // "design principles", "sound design techniques": a noun phrase.
  if ((classes & knowledgeHead) !== 0 && (length === 2 || (classesOf(first) & nounFirstWord) !== 0)) return -1.5
  if (length === 2 && (classes & headNoun) !== 0) return -1.5
  // "record keeping", "test automation": noun + -ing/-ion nominalisation.
  if (length === 2 && (last.endsWith('ing') || last.endsWith('ion'))) return -1
  return 1.2
}

/** Log-odds of a skill from how the description opens. */
function descriptionScore(description: string): number {
  const first = firstLowerWord(description, 40)
  if (first === undefined) return 0
  const classes = classesOf(first)
  if ((classes & nounOpener) !== 0) return -1.5
  if ((classes & ambiguousVerb) !== 0) return 0.8
  if ((classes & verb) !== 0) return 1.5
  // "Techniques and …", "Legislation describing …", "Methods of …".
  return -1
}

/** Lower-case words of a label, without surrounding punctuation. */
export function lowerWords(value: string): string[] {
  const result: string[] = []
  const lower = value.toLowerCase()
  let start = 0
  for (let index = 0; index <= lower.length; index++) {
    if (index < lower.length && lower.charCodeAt(index) !== 32) continue
    if (index > start) {
      const word = bareWord(lower.slice(start, index))
      if (word) result.push(word)
    }

    start = index + 1
  }

  return result
}

/** `lowerWords(value.slice(0, limit))[0]`, lower-casing only that word. */
function firstLowerWord(value: string, limit: number): string | undefined {
  return firstWordIn(value, 0, Math.min(value.length, limit), found)
    ? lowerWord(value, found.start, found.end)
    : undefined
}

/** Where a word is: `text.slice(start, end)`. */
interface WordBounds {
  start: number
  end: number
}

/** One object for the bounds `firstWordIn` and `lastWordIn` find: the callers read them at once. */
const found: WordBounds = {start: 0, end: 0}

/*
 * Words as `lowerWords` splits them (at spaces, less the punctuation around
 * them), found in the text as written: a character is a word character
 * exactly when its lower case is (see `isWordCharacterOfAnyCase`), and case
 * mappings never cross a space (a space is neither cased nor
 * case-ignorable, so not even a final sigma looks past one). A word then
 * starts at a word character after a space or a piece without any, and
 * ends at the last word character before the next space.
 */

/** The first word of `text.slice(from, to)`, into `bounds`; `false` when there is none. */
function firstWordIn(text: string, from: number, to: number, bounds: WordBounds): boolean {
  let start = from
  while (start < to && !isWordCharacterOfAnyCase(text.charCodeAt(start))) start++
  if (start === to) return false
  let end = text.indexOf(' ', start)
  if (end === -1 || end > to) end = to
  while (!isWordCharacterOfAnyCase(text.charCodeAt(end - 1))) end--
  bounds.start = start
  bounds.end = end
  return true
}

/** The last word of `text.slice(from, to)`, into `bounds`; `false` when there is none. */
function lastWordIn(text: string, from: number, to: number, bounds: WordBounds): boolean {
  let end = to
  while (end > from && !isWordCharacterOfAnyCase(text.charCodeAt(end - 1))) end--
  if (end === from) return false
  let start = Math.max(from, text.lastIndexOf(' ', end - 1) + 1)
  while (!isWordCharacterOfAnyCase(text.charCodeAt(start))) start++
  bounds.start = start
  bounds.end = end
  return true
}

function hasWordCharacter(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (isWordCharacterOfAnyCase(text.charCodeAt(index))) return true
  return false
}

/**
 * `value.slice(start, end).toLowerCase()`, without the case mapping when
 * the word has nothing to lower (ASCII, no capital): most words of a label
 * after the first.
 */
function lowerWord(value: string, start: number, end: number): string {
  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index)
    if (code > 127 || (code >= 65 && code <= 90)) return value.slice(start, end).toLowerCase()
  }

  return value.slice(start, end)
}

/**
 * A lower-case word without surrounding punctuation: `"(computer"` →
 * `"computer"`, `"animal's,"` → `"animal's"`. Inner hyphens and apostrophes stay.
 */
export function bareWord(word: string): string {
  let start = 0
  let end = word.length
  while (start < end && !isWordCharacter(word.charCodeAt(start))) start++
  while (end > start && !isWordCharacter(word.charCodeAt(end - 1))) end--
  return start === 0 && end === word.length ? word : word.slice(start, end)
}

function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 /* ' */ || code > 127
}

/**
 * `isWordCharacter` of a character before lower-casing: capitals are
 * letters too. Lower-casing keeps a character a word character or not
 * (only letters change, into letters), so a word's bounds are the same
 * before and after.
 */
function isWordCharacterOfAnyCase(code: number): boolean {
  return isWordCharacter(code) || (code >= 65 && code <= 90)
}
