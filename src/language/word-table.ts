/**
 * Lower-case words, each with a number, looked up by a word of a text as
 * written, in any case, without making a string of it.
 *
 * Reading a label's words through `slice`, `toLowerCase` and a `Map` costs
 * more than the rest of reading the label: V8 lower-cases the two-byte
 * strings of a copy-pasted page (one bullet or curly quote makes the whole
 * page two-byte) through ICU, and hashes each new string before its
 * look-up. A word in ASCII is hashed here as its characters are read, with
 * capitals folded; a word with other characters (rare) takes that road.
 */
export class WordTable {
  /** Open addressing with linear probing: in each slot, 1 + the index of a word, or 0 when free. */
  private readonly slots: Int32Array
  private readonly mask: number
  /** The lower-case ASCII words, the ones the slots point to. */
  private readonly words: string[] = []
  private readonly values: number[] = []
  /** Every word, for words outside ASCII. */
  private readonly byText: ReadonlyMap<string, number>

  constructor(entries: ReadonlyMap<string, number>) {
    this.byText = new Map(entries)
    let size = 16
    // At most half full: probes stay short.
    while (size < entries.size * 2) size *= 2
    this.slots = new Int32Array(size)
    this.mask = size - 1
    for (const [word, value] of entries) {
      // Other words never equal the lower case of an ASCII word: `byText` alone has them.
      if (!isLowerCaseAscii(word)) continue
      this.words.push(word)
      this.values.push(value)
      let slot = hashOf(word, 0, word.length)! & this.mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask
      this.slots[slot] = this.words.length
    }
  }

  /** The number of `text.slice(start, end).toLowerCase()`; 0 when the table does not hold it. */
  get(text: string, start: number, end: number): number {
    const hash = hashOf(text, start, end)
    if (hash === undefined) return this.byText.get(text.slice(start, end).toLowerCase()) ?? 0
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]!
      if (entry === 0) return 0
      if (equalsFolded(this.words[entry - 1]!, text, start, end)) return this.values[entry - 1]!
    }
  }
}

/** Whether `text.slice(start, end).toLowerCase()` ends with `suffix`, a lower-case ASCII string. */
export function endsWithLowerCase(text: string, start: number, end: number, suffix: string): boolean {
  if (!isAscii(text, start, end)) return text.slice(start, end).toLowerCase().endsWith(suffix)
  return end - start >= suffix.length && equalsFolded(suffix, text, end - suffix.length, end)
}

/** FNV-1a of the lower case of an ASCII slice; `undefined` when the slice is not ASCII. */
function hashOf(text: string, start: number, end: number): number | undefined {
  let hash = 0x81_1c_9d_c5 | 0
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code > 127) return undefined
    hash = Math.imul(hash ^ foldCase(code), 0x01_00_01_93)
  }

  return hash
}

/** Whether `word` (lower-case ASCII) is `text.slice(start, end)` (ASCII) lower-cased. */
function equalsFolded(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let index = 0; index < word.length; index++) {
    if (foldCase(text.charCodeAt(start + index)) !== word.charCodeAt(index)) return false
  }

  return true
}

/** The lower case of an ASCII character. */
function foldCase(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}

function isAscii(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (text.charCodeAt(index) > 127) return false
  return true
}

function isLowerCaseAscii(word: string): boolean {
  return isAscii(word, 0, word.length) && word.toLowerCase() === word
}
