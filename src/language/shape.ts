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
  if (words) return shapeScore(words[0], words[1], words.at(-1), words.length)
  // The words that matter, found as `lowerWords` finds them, without making the others.
  const lower = name.toLowerCase()
  let count = 0
  let first: string | undefined
  let second: string | undefined
  let lastStart = 0
  let lastEnd = 0
  let start = 0
  for (let index = 0; index <= lower.length; index++) {
    if (index < lower.length && lower.charCodeAt(index) !== 32) continue
    // The word between `start` and `index`, less its surrounding punctuation (see `bareWord`).
    let wordStart = start
    let wordEnd = index
    while (wordStart < wordEnd && !isWordCharacter(lower.charCodeAt(wordStart))) wordStart++
    while (wordEnd > wordStart && !isWordCharacter(lower.charCodeAt(wordEnd - 1))) wordEnd--
    if (wordStart < wordEnd) {
      count++
      if (count === 1) first = lower.slice(wordStart, wordEnd)
      else if (count === 2) second = lower.slice(wordStart, wordEnd)
      lastStart = wordStart
      lastEnd = wordEnd
    }

    start = index + 1
  }

  const last = count === 1 ? first : count === 2 ? second : count > 2 ? lower.slice(lastStart, lastEnd) : undefined
  return shapeScore(first, second, last, count)
}

/** `labelScore` from the first, second and last of a label's `length` lower-case words. */
function shapeScore(first: string | undefined, second: string | undefined, last: string | undefined, length: number): number {
  if (first === undefined || last === undefined) return 0

  if (length === 1) {
    // One word: "Pharmacology", "Welding". A lone verb is rare as a label.
    return verbs.has(first) && !ambiguousVerbs.has(first) ? 0.5 : -2
  }

  if (verbs.has(first) || ambiguousVerbs.has(first)) {
    if (!ambiguousVerbs.has(first)) return 2.5
    // "design principles", "sound design techniques": a noun phrase.
    if (knowledgeHeads.has(last) && (length === 2 || nounFirstWords.has(first))) return -1.5
    if (length === 2 && headNouns.has(last)) return -1.5
    // "record keeping", "test automation": noun + -ing/-ion nominalisation.
    if (length === 2 && (second!.endsWith('ing') || second!.endsWith('ion'))) return -1
    return 1.2
  }

  // Gerunds and nominalisations open noun phrases: "accounting techniques".
  if (first.endsWith('ing')) return -1.5
  return -2
}

/** Log-odds of a skill from how the description opens. */
function descriptionScore(description: string): number {
  const first = firstLowerWord(description, 40)
  if (first === undefined) return 0
  if (nounOpeners.has(first)) return -1.5
  if (ambiguousVerbs.has(first)) return 0.8
  if (verbs.has(first)) return 1.5
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

/**
 * `lowerWords(value.slice(0, limit))[0]`, lower-casing only that word: case
 * mappings never cross a space (a space is neither cased nor
 * case-ignorable, so not even a final sigma looks past one).
 */
function firstLowerWord(value: string, limit: number): string | undefined {
  const end = Math.min(value.length, limit)
  let start = 0
  while (start < end) {
    let space = value.indexOf(' ', start)
    if (space === -1 || space > end) space = end
    if (space > start) {
      const word = bareWord(value.slice(start, space).toLowerCase())
      if (word) return word
    }

    start = space + 1
  }

  return undefined
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
