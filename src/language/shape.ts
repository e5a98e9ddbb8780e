import type {ItemKind} from '../model/profession.js'
import {ambiguousVerbs, headNouns, knowingVerbs, knowledgeHeads, nounFirstWords, nounOpeners, verbs} from './english.js'
import {endsWithLowerCase, WordTable} from './word-table.js'

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
    return shapeScore(first, 0, first.length, last, 0, last.length, words.length)
  }

  // The first and the last word, as `lowerWords` finds them, and whether
  // a word comes between: read in `name` as written, and no more of it.
  if (!firstWordIn(name, 0, name.length, found)) return 0
  const firstStart = found.start
  const firstEnd = found.end
  if (!lastWordIn(name, firstEnd, name.length, found)) {
    return shapeScore(name, firstStart, firstEnd, name, firstStart, firstEnd, 1)
  }

  // 3 stands for three words or more: no score tells them apart.
  const length = hasWordCharacter(name, firstEnd, found.start) ? 3 : 2
  return shapeScore(name, firstStart, firstEnd, name, found.start, found.end, length)
}

/*
 * The word lists the shape of a label is read from, as one table of bit
 * flags: one look-up per word, read from the text as written.
 */
const verb = 1
const ambiguousVerb = 2
const knowledgeHead = 4
const headNoun = 8
const nounFirstWord = 16
const nounOpener = 32
const knowingVerb = 64

const wordClasses = new WordTable(
  (() => {
    const classes = new Map<string, number>()
    for (const [list, flag] of [
      [verbs, verb],
      [ambiguousVerbs, ambiguousVerb],
      [knowledgeHeads, knowledgeHead],
      [headNouns, headNoun],
      [nounFirstWords, nounFirstWord],
      [nounOpeners, nounOpener],
      [knowingVerbs, knowingVerb]
    ] as const) {
      for (const word of list) classes.set(word, (classes.get(word) ?? 0) | flag)
    }

    return classes
  })()
)

/**
 * `labelScore` from the first and the last of a label's `length` words:
 * `first.slice(firstStart, firstEnd)` and `last.slice(lastStart, lastEnd)`,
 * each in any case.
 */
function shapeScore(
  first: string,
  firstStart: number,
  firstEnd: number,
  last: string,
  lastStart: number,
  lastEnd: number,
  length: number
): number {
  const opening = wordClasses.get(first, firstStart, firstEnd)
  const closing = length > 1 && (opening & ambiguousVerb) !== 0 ? wordClasses.get(last, lastStart, lastEnd) : 0
  return classesScore(opening, closing, first, firstStart, firstEnd, last, lastStart, lastEnd, length)
}

/**
 * The classes of a lower-case word (without surrounding punctuation) that
 * `wordsKindOf` reads: worth keeping with a word that recurs.
 */
export function wordShape(word: string): number {
  return wordClasses.get(word, 0, word.length)
}

/**
 * `phraseKind` of a label given as its first and last words (lower case,
 * without surrounding punctuation) with their `wordShape`s, and how many
 * words it has: what it reads of the label, without an array of its words
 * made or its words looked up again.
 */
export function wordsKindOf(first: string, firstShape: number, last: string, lastShape: number, count: number): ItemKind {
  return classesScore(firstShape, lastShape, first, 0, first.length, last, 0, last.length, count) > 0 ? 'skill' : 'knowledge'
}

/** `shapeScore` given the classes of the first word (`opening`) and, when it may be a verb, of the last (`closing`). */
function classesScore(
  opening: number,
  closing: number,
  first: string,
  firstStart: number,
  firstEnd: number,
  last: string,
  lastStart: number,
  lastEnd: number,
  length: number
): number {
  if (length === 1) {
    // One word: "Pharmacology", "Welding". A lone verb is rare as a label.
    return (opening & (verb | ambiguousVerb)) === verb ? 0.5 : -2
  }

  if ((opening & ambiguousVerb) !== 0) {
    // "design principles", "sound design techniques": a noun phrase.
    if ((closing & knowledgeHead) !== 0 && (length === 2 || (opening & nounFirstWord) !== 0)) return -1.5
    if (length === 2 && (closing & headNoun) !== 0) return -1.5
    // "record keeping", "test automation": noun + -ing/-ion nominalisation.
    if (
      length === 2 &&
      (endsWithLowerCase(last, lastStart, lastEnd, 'ing') || endsWithLowerCase(last, lastStart, lastEnd, 'ion'))
    ) {
      return -1
    }

    return 1.2
  }

  if ((opening & verb) !== 0) return 2.5
  // Gerunds and nominalisations open noun phrases: "accounting techniques".
  return endsWithLowerCase(first, firstStart, firstEnd, 'ing') ? -1.5 : -2
}

/** Log-odds of a skill from how the description opens: its first word (see `lowerWords`) in the first 40 characters. */
function descriptionScore(description: string): number {
  if (!firstWordIn(description, 0, Math.min(description.length, 40), found)) return 0
  const classes = wordClasses.get(description, found.start, found.end)
  if ((classes & nounOpener) !== 0) return -1.5
  if ((classes & knowingVerb) !== 0) return -0.5
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
 * case-ignorable, so not even a final sigma looks past one). The first
 * word starts at the first word character; the last ends after the last
 * one.
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
  // Back to the space before the word: a word is short, and `lastIndexOf` is a call into the runtime.
  let start = end - 1
  while (start > from && text.charCodeAt(start - 1) !== 32) start--
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
