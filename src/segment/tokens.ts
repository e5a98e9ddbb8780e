import {wordClass} from '../language/word-class.js'
import {foldCode, hashFolded, hashSeed, isFoldable, wordAt, wordFolded, type Word} from './words.js'

/** A word of a run-on line. */
export interface Token {
  /** Offset of the token in the line. */
  start: number
  /** Offset after the token. */
  end: number
  /** Comparison form: lower case, curly apostrophes straight (as `labelWords`). */
  word: string
  /** `word` without surrounding punctuation. */
  bare: string
  /** Word-class flags of `bare` (see `wordClass`). */
  flags: number
  /** A number for `bare`, the same for the same word (cheap to compare and key on). */
  id: number
  /** Written with a capital and lower case letters ("Python", not "ICT"). */
  capitalized: boolean
  /** Written in capitals, two letters or more ("ICT", "N1QL"). */
  upper: boolean
  /** Capitalized, with a capital after a lower-case letter ("JavaScript", "NoSQL"): a name of its own. */
  camel: boolean
  /** Parenthesis depth before the token (labels never break inside parentheses). */
  depth: number
  /** The interned word (`word` is its text). */
  form: Word
}

/** Ids of the words seen so far, and their classes: words repeat across lines and documents. */
const ids = new Map<string, number>()
let classes: number[] = []
const idLimit = 100_000
/** Bumped whenever `ids` is emptied: a `Word`'s id and flags hold for one epoch. */
let epoch = 0

/** Split a line on whitespace into tokens. Linear in the line length. */
export function tokenize(line: string): Token[] {
  if (line.length <= lineBytes.length) {
    // A line in ASCII (most are) is copied out in one native call and read as bytes.
    const {read, written} = encoder.encodeInto(line, lineBytes)
    if (read === line.length && written === line.length) return tokenizeAscii(line)
  }

  const tokens: Token[] = []
  const characters = foldedBuffer(line.length)
  let start = -1
  let depth = 0
  let depthBefore = 0
  // The word's hash as its characters are read (see `wordFolded`), while they are all foldable.
  let hash = hashSeed
  let foldable = true
  for (let index = 0; index <= line.length; index++) {
    const code = index === line.length ? 32 : line.charCodeAt(index)
    if (!(code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0)) {
      if (start === -1) {
        start = index
        depthBefore = depth
        hash = hashSeed
        foldable = true
      }

      if (foldable) {
        if (isFoldable(code)) {
          const folded = foldCode(code)
          characters[index] = folded
          hash = hashFolded(hash, folded)
        } else {
          foldable = false
        }
      }

      if (code === 40 /* ( */) depth++
      else if (code === 41 /* ) */ && depth > 0) depth--
      continue
    }

    if (start === -1) continue
    const word = foldable ? wordFolded(line, characters, start, index, hash) : wordAt(line, start, index)
    tokens.push(tokenOf(word, start, index, caseOf(line, start, index), depthBefore))
    start = -1
  }

  return tokens
}

const encoder = new TextEncoder()
/** The line `tokenize` copied, as UTF-8 (the same as its characters when it is ASCII), folded in place by `tokenizeAscii`. */
const lineBytes = new Uint8Array(1 << 14)

/** `tokenize` of an ASCII line copied into `lineBytes`: the same tokens. */
function tokenizeAscii(line: string): Token[] {
  const bytes = lineBytes
  const length = line.length
  const tokens: Token[] = []
  let depth = 0
  let index = 0
  // A loop per word, a tighter one per character (as `readAscii` in `own-labels.ts`).
  for (;;) {
    let code = 0
    while (index < length && ((code = bytes[index]!) === 32 || code === 9 || code === 10 || code === 13)) index++
    if (index === length) return tokens
    const start = index
    const depthBefore = depth
    let hash = hashSeed
    // The word's letter case as it is read (see `caseOf`).
    const firstCapital = code >= 65 && code <= 90
    let lower = false
    let capitals = 1
    let marks = false
    let camelCase = false
    for (;;) {
      if (code >= 65 && code <= 90) bytes[index] = code += 32
      hash = hashFolded(hash, code)
      if (code === 40 /* ( */) depth++
      else if (code === 41 /* ) */ && depth > 0) depth--
      if (++index === length) break
      code = bytes[index]!
      if (code === 32 || code === 9 || code === 10 || code === 13) break
      if (code >= 97 && code <= 122) lower = true
      else if (code >= 65 && code <= 90) {
        capitals++
        if (lower) camelCase = true
      } else if (code === 35 || code === 43) marks = true
    }

    const shape = !firstCapital ? 0 : lower ? (camelCase ? camel : capitalized) : capitals >= 2 || marks ? upper : 0
    tokens.push(tokenOf(wordFolded(line, bytes, start, index, hash), start, index, shape, depthBefore))
  }
}

/** The token of `word` at `start`..`end`, with its case (`caseOf`) and parenthesis depth; the word's number and class worked out once per epoch. */
function tokenOf(word: Word, start: number, end: number, shape: number, depth: number): Token {
  if (word.epoch !== epoch) {
    const id = idOf(word.bare)
    word.id = id
    word.flags = classes[id]!
    word.epoch = epoch
  }

  return {
    start,
    end,
    word: word.text,
    bare: word.bare,
    flags: word.flags,
    id: word.id,
    capitalized: shape === capitalized || shape === camel,
    upper: shape === upper,
    camel: shape === camel,
    depth,
    form: word
  }
}

/** The folded characters of the line being read (see `wordFolded`), kept for lines of up to `keptLength` characters. */
let folded = new Uint16Array(1024)
const keptLength = 1 << 16

function foldedBuffer(length: number): Uint16Array {
  if (length <= folded.length) return folded
  const buffer = new Uint16Array(length)
  if (length <= keptLength) folded = buffer
  return buffer
}

function idOf(word: string): number {
  let id = ids.get(word)
  if (id === undefined) {
    if (ids.size >= idLimit) {
      ids.clear()
      classes = []
      epoch++
    }

    id = ids.size
    ids.set(word, id)
    classes[id] = wordClass(word)
  }

  return id
}

const capitalized = 1
const upper = 2
const camel = 3

/**
 * `capitalized`, `upper`, `camel` or 0 for a token's ASCII letter case: a
 * name in capitals has two capitals or more ("ICT", "N1QL"), or one with `#`
 * or `+` ("C#", "C++"); "R3" is not one ("SAP R3" is one name). A
 * capitalized word with a capital after a lower-case letter is `camel`
 * ("JavaScript", "NoSQL", "Objective-C").
 */
function caseOf(line: string, start: number, end: number): number {
  const first = line.charCodeAt(start)
  if (first < 65 || first > 90) return 0
  let capitals = 1
  let marks = false
  let lower = false
  for (let index = start + 1; index < end; index++) {
    const code = line.charCodeAt(index)
    if (code >= 97 && code <= 122) lower = true
    else if (code >= 65 && code <= 90) {
      if (lower) return camel
      capitals++
    } else if (code === 35 || code === 43) marks = true
  }

  return lower ? capitalized : capitals >= 2 || marks ? upper : 0
}
