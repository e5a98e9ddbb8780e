import type {ItemKind} from '../model/profession.js'
import {scanPassages, type Passage, type TextEvidence} from './text-evidence.js'

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

interface WordCounts {
  seen: number
  starts: number
  ends: number
}

interface TrieNode {
  entry: LexiconEntry | undefined
  next: Map<string, TrieNode> | undefined
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
  private readonly byKey = new Map<string, LexiconEntry>()
  /** Word trie for `matchAt`, built on first use (a document's own lexicon never needs it). */
  private trie: TrieNode | undefined
  /** Per word: labels containing it, starting with it, ending with it. */
  private readonly counts = new Map<string, WordCounts>()
  private readonly lengths: number[] = []
  /** First word → the words that follow it inside some label. */
  private readonly bigrams = new Map<string, Set<string>>()
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
    const words = labelWords(entry.label)
    if (words.length === 0) return
    const key = words.join(' ')
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
    if (words.length > this.maxLength) this.maxLength = words.length
    for (let index = 1; index < words.length; index++) {
      const first = words[index - 1]!
      let next = this.bigrams.get(first)
      if (!next) {
        next = new Set()
        this.bigrams.set(first, next)
      }

      next.add(words[index]!)
    }

    const last = words.length - 1
    for (const [index, word] of words.entries()) {
      let counts = this.counts.get(word)
      if (!counts) {
        counts = {seen: 0, starts: 0, ends: 0}
        this.counts.set(word, counts)
      }

      counts.seen++
      if (index === 0) counts.starts++
      if (index === last) counts.ends++
    }
    this.lengths[words.length] = (this.lengths[words.length] ?? 0) + 1
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
    return this.byKey.get(labelWords(label).join(' '))
  }

  /** The entry for a label given as its comparison words (see `labelWords`). */
  getWords(words: readonly string[]): LexiconEntry | undefined {
    return this.byKey.get(words.join(' '))
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
    return this.counts.get(word)?.starts ?? 0
  }

  /** How many labels contain `word` (anywhere). */
  wordCount(word: string): number {
    return this.counts.get(word)?.seen ?? 0
  }

  /** How many labels end with `word`. */
  endCount(word: string): number {
    return this.counts.get(word)?.ends ?? 0
  }

  /**
   * Learn from running text (descriptions): which words go together (every
   * pair of adjacent words not separated by punctuation), and, when
   * `imperative` is set (skill descriptions: "Manage employees …"), which
   * words are verbs — those opening a sentence.
   */
  addText(text: string, options: {imperative?: boolean} = {}): void {
    this.passages.push({text, imperative: options.imperative === true})
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
    return this.bigrams.get(first)?.has(second) === true
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
  const lower = label.toLowerCase()
  const words: string[] = []
  let start = -1
  let curly = false
  for (let index = 0; index <= lower.length; index++) {
    const code = index === lower.length ? 32 : lower.charCodeAt(index)
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) {
      if (start !== -1) {
        const word = lower.slice(start, index)
        words.push(curly ? word.replace(/[\u2018\u2019]/g, "'") : word)
        start = -1
        curly = false
      }
    } else {
      if (start === -1) start = index
      if (code === 0x20_18 || code === 0x20_19) curly = true
    }
  }

  return words
}

