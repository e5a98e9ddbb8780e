import {ambiguousVerbs, headNouns, knowledgeHeads, nounFirstWords, nounOpeners, verbs} from './english.js'

/*
 * The word lists `shape.ts` reads, as one table of bits looked up by a word's
 * place in a string: an item's label is scored without slicing its words,
 * lower-casing them or hashing each once per list it is looked up in.
 */

/** In `verbs`. */
export const verb = 1
/** In `ambiguousVerbs`. */
export const ambiguousVerb = 2
/** In `knowledgeHeads`. */
export const knowledgeHead = 4
/** In `headNouns`. */
export const headNoun = 8
/** In `nounFirstWords`. */
export const nounFirstWord = 16
/** In `nounOpeners`. */
export const nounOpener = 32

const lists: ReadonlyArray<[ReadonlySet<string>, number]> = [
  [verbs, verb],
  [ambiguousVerbs, ambiguousVerb],
  [knowledgeHeads, knowledgeHead],
  [headNouns, headNoun],
  [nounFirstWords, nounFirstWord],
  [nounOpeners, nounOpener]
]

const keys: string[] = []
const bits: number[] = []
const index = new Map<string, number>()
for (const [list, bit] of lists) {
  for (const word of list) {
    let at = index.get(word)
    if (at === undefined) {
      at = keys.length
      index.set(word, at)
      keys.push(word)
      bits.push(0)
    }

    bits[at]! |= bit
  }
}

/** Open addressing, at most a quarter full: a miss ends at an empty slot after a probe or two. */
let size = 1
while (size < keys.length * 4) size *= 2
const mask = size - 1
/** Index into `keys` plus one; 0 is empty. */
const slots = new Int32Array(size)
for (const [at, key] of keys.entries()) {
  let slot = hashOf(key, 0, key.length) & mask
  while (slots[slot] !== 0) slot = (slot + 1) & mask
  slots[slot] = at + 1
}

/**
 * The bits of the word `text.slice(start, end)` read in lower case, 0 when it
 * is in no list. The word must be ASCII (its lower case is then itself with
 * `A`–`Z` folded): callers take another way for other words.
 */
export function wordFlags(text: string, start: number, end: number): number {
  let slot = hashOf(text, start, end) & mask
  const length = end - start
  for (;;) {
    const at = slots[slot]!
    if (at === 0) return 0
    const key = keys[at - 1]!
    if (key.length === length && sameFolded(key, text, start)) return bits[at - 1]!
    slot = (slot + 1) & mask
  }
}

/** FNV-1a of the lower-case ASCII characters. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x81_1c_9d_c5
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ fold(text.charCodeAt(at)), 0x01_00_01_93)
  return hash >>> 0
}

function sameFolded(key: string, text: string, start: number): boolean {
  for (let at = 0; at < key.length; at++) {
    if (key.charCodeAt(at) !== fold(text.charCodeAt(start + at))) return false
  }

  return true
}

/** `A`–`Z` to `a`–`z`; any other code as it is. */
export function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}
