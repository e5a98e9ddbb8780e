import type {ItemKind} from '../model/profession.js'
import {scanPassages, type Passage, type TextEvidence} from './text-evidence.js'
import {copyOf, wordGeneration, wordOf, type Word} from './words.js'

/** Text beyond this many characters is indexed once instead of scanned per line. */
const fullIndexThreshold = 200_000
const noEvidence: TextEvidence = {pairs: new Set(), verbs: new Set()}

/** One label a lexicon knows. */
export interface LexiconEntry {
  /** The label as written (a preferred or an alternative label). */
  label: string
  /** Knowledge or skill, when known. */
  kind?: ItemKind | undefined
  /** Concept URI, for linking (ESCO's `conceptUri`). */
  uri?: string | undefined
  /** ESCO's `skillType` as written: `knowledge` or `skill/competence`. */
  skillType?: string | undefined
  /** For alternative labels: the concept's preferred label. */
  preferredLabel?: string | undefined
}

interface TrieNode {
  entry: LexiconEntry | undefined
  next: Map<string, TrieNode> | undefined
}

/**
 * A set of pairs of small non-negative integers (word ids), open addressing
 * in one typed array: no allocation per pair added or looked up.
 */
class PairSet {
  /** Two slots per entry (first, second); -1 marks an empty entry. A plain array: small ones stay on the heap. */
  private table: number[] = new Array<number>(256).fill(-1)
  private used = 0

  add(first: number, second: number): void {
    if ((this.used + 1) * 2 > this.table.length >> 1) this.grow()
    const at = this.find(first, second)
    if (this.table[at] !== -1) return
    this.table[at] = first
    this.table[at + 1] = second
    this.used++
  }

  has(first: number, second: number): boolean {
    return this.table[this.find(first, second)] !== -1
  }

  /** Where the pair is in the table, or the empty entry where it would go. */
  private find(first: number, second: number): number {
    const table = this.table
    const mask = (table.length >> 1) - 1
    let slot = pairHash(first, second) & mask
    for (;;) {
      const at = slot << 1
      const stored = table[at]!
      if (stored === -1 || (stored === first && table[at + 1] === second)) return at
      slot = (slot + 1) & mask
    }
  }

  private grow(): void {
    const old = this.table
    this.table = new Array<number>(old.length * 2).fill(-1)
    this.used = 0
    for (let at = 0; at < old.length; at += 2) {
      if (old[at] !== -1) this.add(old[at]!, old[at + 1]!)
    }
  }
}

function pairHash(first: number, second: number): number {
  const hash = Math.imul(first, 0x9e_37_79_b1) ^ Math.imul(second + 0x7f_4a_7c_15, 0x85_eb_ca_6b)
  return hash ^ (hash >>> 15)
}

/**
 * A set of known labels, looked up case- and whitespace-insensitively, with
 * a word trie for matching labels inside a run-on line and the counts a
 * boundary model learns from: which words start and end labels, and how
 * long labels are.
 *
 * Build one with `createLexicon`, `parseLexicon` or `learnLexicon`; it is
 * immutable to callers and reusable across any number of `parse` calls.
 */
export class Lexicon {
  /** Words of the longest label. */
  maxLength = 0
  /**
   * Whether labels are split through the cache of recent labels (see
   * `splitCached`): worth it where labels recur (documents' names, learned
   * batches), not for a file's thousands of distinct labels, which would
   * only churn it.
   *
   * @internal
   */
  cacheSplits = true
  private readonly byKey = new Map<string, LexiconEntry>()
  /** Word trie for `matchAt`, built on first use (a document's own lexicon never needs it). */
  private trie: TrieNode | undefined
  /** A number per word of the labels, from 0 in order of first use. */
  private readonly ids = new Map<string, number>()
  /** Per word id: labels containing it, starting with it, ending with it. */
  private readonly seen: number[] = []
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  /** Per word id: 1 when the word alone is a label. */
  private readonly alone: number[] = []
  private readonly lengths: number[] = []
  /** Pairs of word ids: the first directly followed by the second inside some label. */
  private readonly bigrams = new PairSet()
  private readonly passages: Passage[] = []
  private textLength = 0
  private index: TextEvidence | undefined

  /** Number of distinct labels. */
  get size(): number {
    return this.byKey.size
  }

  /**
   * Add a label. The first entry for a label wins and later duplicates are
   * ignored — except that a concept's preferred label takes the label over
   * from another concept's alternative label.
   */
  add(entry: LexiconEntry): void {
    const split = this.cacheSplits ? splitCached(entry.label) : splitFresh(entry.label)
    if (split === undefined) return
    const {key, words} = split
    const existing = this.byKey.get(key)
    if (existing) {
      if (existing.preferredLabel !== undefined && entry.preferredLabel === undefined) {
        this.byKey.set(key, entry)
        if (this.trie) this.nodeOf(words).entry = entry
      }

      return
    }

    this.byKey.set(key, entry)

    if (this.trie) this.nodeOf(words).entry = entry
    const length = words.length
    if (length > this.maxLength) this.maxLength = length
    const last = length - 1
    let previous = -1
    for (let index = 0; index < length; index++) {
      const word = words[index]!
      let id = this.ids.get(word)
      if (id === undefined) {
        id = this.seen.length
        this.ids.set(word, id)
        this.seen.push(0)
        this.starts.push(0)
        this.ends.push(0)
        this.alone.push(0)
      }

      this.seen[id]!++
      if (index === 0) this.starts[id]!++
      if (index === last) this.ends[id]!++
      if (previous !== -1) this.bigrams.add(previous, id)
      previous = id
    }

    if (length === 1) this.alone[previous] = 1
    this.lengths[length] = (this.lengths[length] ?? 0) + 1
  }

  /** The trie node of a word sequence, made on the way. */
  private nodeOf(words: readonly string[]): TrieNode {
    let node = this.trie!
    for (const word of words) {
      node.next ??= new Map()
      let child = node.next.get(word)
      if (!child) {
        child = {entry: undefined, next: undefined}
        node.next.set(word, child)
      }

      node = child
    }

    return node
  }

  /** The entry for a label, compared case- and whitespace-insensitively. */
  get(label: string): LexiconEntry | undefined {
    const split = splits.get(label)
    const key = split === undefined ? labelKey(label) : split?.key
    return key === undefined ? undefined : this.byKey.get(key)
  }

  /** The entry for a label given as its comparison words (see `labelWords`). */
  getWords(words: readonly string[]): LexiconEntry | undefined {
    const count = words.length
    if (count === 0 || this.byKey.size === 0) return undefined
    // Most word sequences are no label: a label's first word starts one, its
    // last ends one, and some label has its length. (A word with a space
    // inside is no word of the lexicon, yet may join into a key.)
    const first = words[0]!
    const last = words[count - 1]!
    if (
      (this.lengths[count] ?? 0) === 0 ||
      (this.starts[this.ids.get(first) ?? -1] ?? 0) === 0 ||
      (this.ends[this.ids.get(last) ?? -1] ?? 0) === 0
    ) {
      let spaced = false
      for (const word of words) if (word.includes(' ')) spaced = true
      if (!spaced) return undefined
    }

    return this.byKey.get(count === 1 ? first : words.join(' '))
  }

  /** Every entry, in insertion order. */
  entries(): IterableIterator<LexiconEntry> {
    return this.byKey.values()
  }

  /**
   * Labels that start at `words[start]`: calls `found(end, entry)` for each,
   * shortest first, with `end` exclusive. `words` must be `labelWords` output.
   */
  matchAt(words: readonly string[], start: number, found: (end: number, entry: LexiconEntry) => void): void {
    if (!this.trie) {
      this.trie = {entry: undefined, next: undefined}
      for (const [key, entry] of this.byKey) this.nodeOf(key.split(' ')).entry = entry
    }

    let node: TrieNode | undefined = this.trie
    for (let index = start; index < words.length && node?.next; index++) {
      node = node.next.get(words[index]!)
      if (!node) return
      if (node.entry) found(index + 1, node.entry)
    }
  }

  /** How many labels start with `word`. */
  startCount(word: string): number {
    const id = this.ids.get(word)
    return id === undefined ? 0 : this.starts[id]!
  }

  /** How many labels contain `word` (anywhere). */
  wordCount(word: string): number {
    const id = this.ids.get(word)
    return id === undefined ? 0 : this.seen[id]!
  }

  /** How many labels end with `word`. */
  endCount(word: string): number {
    const id = this.ids.get(word)
    return id === undefined ? 0 : this.ends[id]!
  }

  /**
   * The number of a word of the labels (as `labelWords` gives it), -1 for a
   * word no label has. For the segmenter, which looks each word of a line
   * up once and then asks by number.
   *
   * @internal
   */
  wordId(word: string): number {
    return this.ids.get(word) ?? -1
  }

  /**
   * `wordCount`, `startCount`, `endCount` by word id; and whether the word
   * alone is a label.
   *
   * @internal
   */
  seenOf(id: number): number {
    return this.seen[id]!
  }

  /** @internal */
  startsOf(id: number): number {
    return this.starts[id]!
  }

  /** @internal */
  endsOf(id: number): number {
    return this.ends[id]!
  }

  /** @internal */
  isAlone(id: number): boolean {
    return this.alone[id] === 1
  }

  /**
   * `hasBigram` by word ids (-1, an unknown word, is in no pair).
   *
   * @internal
   */
  hasIdBigram(first: number, second: number): boolean {
    return first !== -1 && second !== -1 && this.bigrams.has(first, second)
  }

  /**
   * Learn from running text (descriptions): which words go together (every
   * pair of adjacent words not separated by punctuation), and, when
   * `imperative` is set (skill descriptions: "Manage employees …"), which
   * words are verbs — those opening a sentence.
   */
  addText(text: string, options: {imperative?: boolean} = {}): void {
    // A lexicon may outlive the document the text was cut from: it keeps a copy.
    this.passages.push({text: copyOf(text), imperative: options.imperative === true})
    this.textLength += text.length
    this.index = undefined
  }

  /**
   * Whether running text was given to `addText`.
   *
   * @internal
   */
  get hasText(): boolean {
    return this.passages.length > 0
  }

  /**
   * What the text given to `addText` says about `words`. A small body of
   * text (one document's) is scanned for just these words; a large one (a
   * learned batch) is indexed once in full.
   *
   * @internal
   */
  textEvidence(words: ReadonlySet<string>): TextEvidence {
    if (this.passages.length === 0) return noEvidence
    if (this.textLength < fullIndexThreshold) return scanPassages(this.passages, words)
    this.index ??= scanPassages(this.passages, undefined)
    return this.index
  }

  /** Whether some label has `first` directly followed by `second`. */
  hasBigram(first: string, second: string): boolean {
    return this.hasIdBigram(this.wordId(first), this.wordId(second))
  }

  /** How many labels have `length` words. */
  lengthCount(length: number): number {
    return this.lengths[length] ?? 0
  }
}

/** Create a lexicon from entries (or plain labels). */
export function createLexicon(entries: Iterable<LexiconEntry | string>): Lexicon {
  const lexicon = new Lexicon()
  for (const entry of entries) lexicon.add(typeof entry === 'string' ? {label: entry} : entry)
  return lexicon
}

/**
 * The comparison words of a label: lower case, split on whitespace, curly
 * apostrophes made straight.
 */
export function labelWords(label: string): string[] {
  const forms: Word[] = []
  splitLabel(label, forms)
  return forms.map((form) => form.text)
}

/** A label's key and comparison words. */
export interface Split {
  key: string
  words: readonly string[]
  /** The interned words (`words` are their texts), of the generation the cache holds. */
  forms: readonly Word[]
}

/**
 * Labels split lately: the same names recur from document to document (a
 * document's own lexicon is built from its essential items, many of which
 * other professions share). Emptied when full, so its memory stays bounded,
 * and when the word table is emptied, so its words are those of the table.
 */
const splits = new Map<string, Split | null>()
const splitLimit = 20_000
let splitsGeneration = 0

/**
 * The key and words of a label, `undefined` when it has none; the same
 * object for the same label while the caches hold.
 *
 * @internal
 */
export function splitCached(label: string): Split | undefined {
  if (splitsGeneration !== wordGeneration()) {
    splits.clear()
    splitsGeneration = wordGeneration()
  }

  let split = splits.get(label)
  if (split === undefined) {
    const forms: Word[] = []
    const key = splitLabel(label, forms)
    split = key === undefined ? null : {key, words: forms.map((form) => form.text), forms}
    if (splits.size >= splitLimit) splits.clear()
    // Splitting may have emptied the word table: then the cache starts again from this label.
    if (splitsGeneration !== wordGeneration()) {
      splits.clear()
      splitsGeneration = wordGeneration()
    }

    // The cache outlives the document: it keeps a copy of the label, not a slice of the document.
    splits.set(copyOf(label), split)
  }

  return split ?? undefined
}

/** The one `Split` that `splitFresh` fills, call after call. */
const fresh = {key: '', words: [] as string[], forms: [] as Word[]}

/**
 * `splitCached` without the cache, into one reused object: valid until the
 * next call, so the caller keeps none of it but the key.
 */
function splitFresh(label: string): Split | undefined {
  fresh.forms.length = 0
  fresh.words.length = 0
  const key = splitLabel(label, fresh.forms)
  if (key === undefined) return undefined
  for (const form of fresh.forms) fresh.words.push(form.text)
  fresh.key = key
  return fresh
}

/**
 * Push the comparison words of a label to `words`, and return its key (the
 * words joined by single spaces), `undefined` when it has none. A label
 * already written that way (most are) is its own key, lower-cased.
 */
function splitLabel(label: string, words: Word[]): string | undefined {
  const lower = label.toLowerCase()
  const curly = lower.includes('\u2019') || lower.includes('\u2018')
  let start = -1
  // Whether the lower-cased label is its key: single spaces between words only.
  let clean = !curly
  for (let index = 0; index <= lower.length; index++) {
    const code = index === lower.length ? 32 : lower.charCodeAt(index)
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) {
      if (start !== -1) {
        const word = lower.slice(start, index)
        words.push(wordOf(curly ? word.replace(/[\u2018\u2019]/g, "'") : word))
        start = -1
      } else if (index < lower.length) {
        clean = false
      }

      if (code !== 32) clean = false
    } else if (start === -1) {
      start = index
    }
  }

  if (words.length === 0) return undefined
  if (clean && lower.charCodeAt(lower.length - 1) !== 32) return lower
  return words.map((word) => word.text).join(' ')
}

/** The key of a label (see `splitLabel`). */
function labelKey(label: string): string | undefined {
  return splitLabel(label, [])
}
