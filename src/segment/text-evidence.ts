/*
 * Evidence from running text (descriptions) for the segmenter: which pairs of
 * words occur side by side, and which words open an imperative sentence (a
 * skill description starts with its verb: "Manage employees …").
 *
 * A document's descriptions are read again for each line, but only for the
 * words of that line: a rolling hash of each word is checked against the
 * line's words before any string is made, so a scan costs little more than
 * reading the characters. A large body of text (a learned batch) is indexed
 * once, in full.
 */

/** A piece of running text, and whether its sentences open with verbs. */
export interface Passage {
  text: string
  imperative: boolean
}

/** What the text says about a set of words. */
export interface TextEvidence {
  /** `"first second"` for words seen side by side, not split by punctuation. */
  pairs: Set<string>
  /** Words seen opening an imperative sentence. */
  verbs: Set<string>
}

/**
 * Scan passages, recording only pairs and verbs among `words` (or everything
 * when `words` is undefined).
 */
export function scanPassages(
  passages: readonly Passage[],
  words: ReadonlySet<string> | undefined,
  into: TextEvidence = {pairs: new Set(), verbs: new Set()}
): TextEvidence {
  // A 4,096-bit filter of the words' hashes rejects most words of the text
  // before any set lookup or string is made.
  let filter: Uint32Array | undefined
  if (words) {
    filter = new Uint32Array(128)
    for (const word of words) {
      const hash = hashOf(word)
      filter[(hash >>> 5) & 127]! |= 1 << (hash & 31)
    }
  }

  for (const {text, imperative} of passages) {
    let previous: string | undefined
    let start = -1
    let hash = offsetBasis
    let sentenceStart = true
    let lowered: string | undefined

    for (let index = 0; index <= text.length; index++) {
      let code = index === text.length ? 46 : text.charCodeAt(index)
      if (code >= 65 && code <= 90) code |= 32
      if (isWordCode(code)) {
        if (start === -1) {
          start = index
          hash = offsetBasis
        }

        hash = Math.imul(hash ^ code, prime)
        continue
      }

      if (start !== -1) {
        let word: string | undefined
        if (!filter || filter[(hash >>> 5) & 127]! & (1 << (hash & 31))) {
          lowered ??= text.toLowerCase()
          word = lowered.slice(start, index)
          if (words && !words.has(word)) word = undefined
        }

        if (word !== undefined) {
          if (previous !== undefined) into.pairs.add(previous + ' ' + word)
          if (sentenceStart && imperative) into.verbs.add(word)
        }

        previous = word
        sentenceStart = false
        start = -1
      }

      // Punctuation ends a phrase; a full stop also a sentence.
      if (code !== 32) previous = undefined
      if (code === 46 || code === 33 || code === 63 || code === 59) sentenceStart = true
    }
  }

  return into
}

const offsetBasis = 0x81_1c_9d_c5 | 0
const prime = 0x01_00_01_93

/** FNV-1a over the lower-cased UTF-16 units, as the scan computes it. */
function hashOf(word: string): number {
  let hash = offsetBasis
  for (let index = 0; index < word.length; index++) {
    let code = word.charCodeAt(index)
    if (code >= 65 && code <= 90) code |= 32
    hash = Math.imul(hash ^ code, prime)
  }

  return hash
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code === 39 || code > 127
}
