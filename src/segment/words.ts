import {bareWord} from '../language/shape.js'

/*
 * The words of run-on lines and of lexicon labels, each kept once with what
 * is learnt about it: words repeat from line to line and document to
 * document, so a word's bare form and class are worked out once, and the
 * same string object comes back each time, which makes later map lookups
 * with it cheap. The table is emptied when full, so its memory stays bounded.
 *
 * The table is open addressing over a hash of the comparison form, so a
 * word of a line can be looked up where it is written (`wordFolded`), in any
 * case, without a string made for it: slicing and lower-casing every word of
 * a copy-pasted page (a two-byte string, lower-cased through ICU) cost more
 * than the rest of reading it.
 */

/** A word in comparison form: lower case, curly apostrophes straight (as `labelWords` gives it). */
export interface Word {
  text: string
  /** `text` without surrounding punctuation (see `bareWord`). */
  bare: string
  /** The tokenizer's number and class flags for `bare`, valid while `epoch` is the tokenizer's. */
  id: number
  flags: number
  epoch: number
  /** `wordShape` of `bare`, -1 until asked for (see `shapeOf`). */
  shape: number
  /** The table's generation when the word was made (see `wordGeneration`). */
  generation: number
  /** `hashOf(text)`, kept for when the table grows. */
  hash: number
  /** What the boundary model asks of the text's edges (`endsWithComma`, `opensParenthesis`, `closesParenthesis`, `isOf`, `isConjunction`), worked out once. */
  edges: number
}

/** `Word.edges`: the word ends with a comma ("staff,"). */
export const endsWithComma = 1
/** `Word.edges`: the word starts with an opening parenthesis ("(ICT)"). */
export const opensParenthesis = 2
/** `Word.edges`: the word ends with a closing parenthesis. */
export const closesParenthesis = 4
/** `Word.edges`: the word's bare form is "of". */
export const isOf = 8
/** `Word.edges`: the word's bare form joins like parts ("and", "or"), where a preposition would join a verb to what it acts on. */
export const isConjunction = 16

/** Words kept at most; the table is emptied beyond. */
const wordLimit = 200_000
/** The words, in the order they came. */
let words: Word[] = []
/** Open addressing with linear probing: 1 + the index of a word in `words`, or 0 when free; at most half full. */
let slots = new Int32Array(1024)
let mask = slots.length - 1
let generation = 0

/**
 * Bumped whenever the table is emptied: words of different generations are
 * different objects for the same text, so whoever keeps `Word`s keeps their
 * generation too.
 */
export function wordGeneration(): number {
  return generation
}

/** The word `text` (in comparison form). */
export function wordOf(text: string): Word {
  const hash = hashOf(text, 0, text.length)
  return find(text, hash) ?? add(text, hash)
}

/** The word `text` (in comparison form) if the table has it; `undefined` without adding it. */
export function findWord(text: string): Word | undefined {
  return find(text, hashOf(text, 0, text.length))
}

function find(text: string, hash: number): Word | undefined {
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot]!
    if (entry === 0) return undefined
    const word = words[entry - 1]!
    if (word.hash === hash && word.text === text) return word
  }
}

/**
 * The word written at `line.slice(start, end)` (no whitespace in it), put in
 * comparison form: lower case, curly apostrophes straight (`toLowerCase`
 * for characters outside ASCII). The tokenizer reads most words through
 * `wordFolded` instead, without a string made for them.
 */
export function wordAt(line: string, start: number, end: number): Word {
  return wordOf(comparisonForm(line.slice(start, end)))
}

/**
 * `wordAt` for a slice of foldable characters (see `isFoldable`), given its
 * folded characters (see `foldCode`) in `folded` at the same offsets and
 * their hash (`hashFolded` over each from `hashSeed`), both worked out as
 * the caller read them: the word is compared from there, not read from the
 * line again (a line is often a slice of a two-byte page, whose characters
 * cost more to read than the array's). `folded` may also be an ASCII line's
 * bytes, folded in place (the tokenizer's path for most lines).
 */
export function wordFolded(line: string, folded: Uint16Array | Uint8Array, start: number, end: number, hash: number): Word {
  const length = end - start
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot]!
    if (entry === 0) break
    const word = words[entry - 1]!
    if (word.hash !== hash || word.text.length !== length) continue
    const text = word.text
    let index = 0
    while (index < length && text.charCodeAt(index) === folded[start + index]) index++
    if (index === length) return word
  }

  return add(comparisonForm(line.slice(start, end)), hash)
}

/** The hash of no character (FNV-1a's offset basis). */
export const hashSeed = 0x81_1c_9d_c5 | 0

/** The hash after one more character of a word, given folded (see `foldCode`): FNV-1a. */
export function hashFolded(hash: number, folded: number): number {
  return Math.imul(hash ^ folded, 0x01_00_01_93)
}

/** Whether a character's comparison form is one character `foldCode` gives: ASCII, or a curly apostrophe. */
export function isFoldable(code: number): boolean {
  return code <= 127 || code === 0x20_18 || code === 0x20_19
}

/** Lower case, curly apostrophes straight: the comparison form of a word. */
export function comparisonForm(text: string): string {
  const lower = text.toLowerCase()
  return lower.includes('\u2019') || lower.includes('\u2018') ? lower.replace(/[\u2018\u2019]/g, "'") : lower
}

function add(text: string, hash: number): Word {
  if (words.length >= wordLimit) {
    words = []
    slots.fill(0)
    generation++
  }

  const kept = copyOf(text)
  const bare = bareWord(kept)
  const edges =
    (kept.endsWith(',') ? endsWithComma : 0) |
    (kept.startsWith('(') ? opensParenthesis : 0) |
    (kept.endsWith(')') ? closesParenthesis : 0) |
    (bare === 'of' ? isOf : 0) |
    (bare === 'and' || bare === 'or' || bare === 'nor' ? isConjunction : 0)
  const word: Word = {text: kept, bare, id: -1, flags: 0, epoch: -1, shape: -1, generation, hash, edges}
  words.push(word)
  if (words.length * 2 > slots.length) grow()
  else place(words.length, hash)
  return word
}

/** Double the slots and place every word again. */
function grow(): void {
  slots = new Int32Array(slots.length * 2)
  mask = slots.length - 1
  for (let index = 0; index < words.length; index++) place(index + 1, words[index]!.hash)
}

function place(entry: number, hash: number): void {
  let slot = hash & mask
  while (slots[slot] !== 0) slot = (slot + 1) & mask
  slots[slot] = entry
}

/** `Word.hash` of a word in comparison form, whether or not the table has it. */
export function hashText(text: string): number {
  return hashOf(text, 0, text.length)
}

/**
 * FNV-1a of the comparison form of `text.slice(start, end)` as far as it
 * can be told character by character: ASCII capitals folded, curly
 * apostrophes straight, other characters as they are. For a string already
 * in comparison form, and for a slice in ASCII and curly apostrophes, it is
 * the hash of the comparison form.
 */
function hashOf(text: string, start: number, end: number): number {
  let hash = hashSeed
  for (let index = start; index < end; index++) hash = hashFolded(hash, foldCode(text.charCodeAt(index)))
  return hash
}

/**
 * A string with the same text that holds on to nothing else: a string cut
 * from a document (`slice`, and `toLowerCase` of a one-byte string already
 * in lower case) may keep the whole document alive for as long as it is
 * kept, here for as long as a table keeps it, across documents. Short
 * slices are copies already.
 */
export function copyOf(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1)
}

/** An ASCII capital lower-cased, a curly apostrophe made straight, other characters as they are. */
export function foldCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32
  return code === 0x20_18 || code === 0x20_19 ? 39 : code
}
