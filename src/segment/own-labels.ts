import type {Profession} from '../model/profession.js'
import {edgeOdds} from './boundary.js'
import {splitCached, type LexiconEntry} from './lexicon.js'
import type {Token} from './tokens.js'
import {comparisonForm, foldCode, hashFolded, hashSeed, hashText, isFoldable, wordGeneration} from './words.js'

/*
 * What a document's own labels (its essential knowledge and skill names)
 * teach the segmenter about one of its run-on lines: how often each word of
 * the line starts and ends them, which pairs of the line's words follow each
 * other inside them, and which spans of the line are one of them.
 *
 * A full lexicon of them (`documentLexicon`) would count every word of every
 * label into maps, once per document, though a line shares only some words
 * with them; interning every word of every label (as the tokenizer does the
 * line's) cost as much as reading the line. Here the line's words go into a
 * small table of their own, and the labels are read character by character
 * against it: a label word that is not in the line costs its characters and
 * one probe, no string and no look-up in the shared word table. The figures
 * are the same as a lexicon's for the words of the line.
 */

/** A document's own labels, each key once (the first entry of a key wins, as in a lexicon). */
export class OwnLabels {
  /** The labels given, in order (duplicates included; `ownEvidence` counts each key once). */
  readonly entries: readonly LexiconEntry[]
  /** Entries by key, for `get` and `getWords` (made on their first call). */
  private byKey: Map<string, LexiconEntry> | undefined
  private byKeyGeneration = -1
  private labelHashes: HashSet | undefined

  constructor(entries: Iterable<LexiconEntry>) {
    this.entries = [...entries]
  }

  /**
   * The entry for a label, compared case- and whitespace-insensitively (as
   * `Lexicon.get`). Most labels asked for are none of the document's (an
   * item is essential or optional, never both): the hash of their words
   * tells at once, with no string made; a label whose hash matches is
   * looked up by key.
   */
  get(label: string): LexiconEntry | undefined {
    if (this.entries.length === 0) return undefined
    const length = readLabel(label, false)
    if (length === 0) return undefined
    // Taken before `hashes()`, whose first call reads the labels (`labelHash` is the last label read).
    const hash = labelHash ^ length
    if (!this.hashes().has(hash)) return undefined
    return this.keys().get(splitCached(label)!.key)
  }

  /** The entry for a label given as its comparison words (as `Lexicon.getWords`). */
  getWords(words: readonly string[]): LexiconEntry | undefined {
    if (words.length === 0 || this.entries.length === 0) return undefined
    return this.keys().get(words.length === 1 ? words[0]! : words.join(' '))
  }

  /** The hashes of the labels' words (see `readLabel`), made on the first call. */
  private hashes(): HashSet {
    if (this.labelHashes === undefined) {
      const hashes = new HashSet(this.entries.length)
      for (const entry of this.entries) {
        const length = readLabel(entry.label, false)
        if (length > 0) hashes.add(labelHash ^ length)
      }

      this.labelHashes = hashes
    }

    return this.labelHashes
  }

  /** Entries by key. */
  private keys(): Map<string, LexiconEntry> {
    if (this.byKey === undefined || this.byKeyGeneration !== wordGeneration()) {
      const byKey = new Map<string, LexiconEntry>()
      for (const entry of this.entries) {
        const split = splitCached(entry.label)
        if (split !== undefined && !byKey.has(split.key)) byKey.set(split.key, entry)
      }

      this.byKey = byKey
      this.byKeyGeneration = wordGeneration()
    }

    return this.byKey
  }
}

/** A set of 32-bit hashes: open addressing, at most a quarter full. */
class HashSet {
  private readonly values: Int32Array
  private readonly used: Uint8Array
  private readonly mask: number

  constructor(size: number) {
    let length = 16
    while (length < size * 4) length *= 2
    this.values = new Int32Array(length)
    this.used = new Uint8Array(length)
    this.mask = length - 1
  }

  add(hash: number): void {
    let slot = hash & this.mask
    while (this.used[slot] === 1 && this.values[slot] !== hash) slot = (slot + 1) & this.mask
    this.values[slot] = hash
    this.used[slot] = 1
  }

  has(hash: number): boolean {
    for (let slot = hash & this.mask; this.used[slot] === 1; slot = (slot + 1) & this.mask) {
      if (this.values[slot] === hash) return true
    }

    return false
  }
}

/** The labels a document knows as its own: its essential knowledge, then its essential skills, with their kinds. */
export function ownLabels(profession: Readonly<Partial<Profession>>): OwnLabels {
  const entries: LexiconEntry[] = []
  for (const item of profession.knowledge ?? []) entries.push({label: item.name, kind: 'knowledge'})
  for (const item of profession.skills ?? []) entries.push({label: item.name, kind: 'skill'})
  return new OwnLabels(entries)
}

/** Which spans of a line are one of the document's own labels (see `ownEvidence`). */
export interface OwnSpans {
  /** The document's label whose words are the bare forms of tokens `from`..`to` (the first entry of its key), if any. */
  entryAt(from: number, to: number): LexiconEntry | undefined
}

const noSpans: OwnSpans = {entryAt: () => undefined}

/*
 * The line's words, numbered from 0 in the order they come: their texts,
 * hashes (`Word.hash`), and an open-addressing table over the hashes
 * (number + 1, 0 when free, at most a quarter full). Kept from line to line
 * while lines are short.
 */
const texts: string[] = []
let hashes = new Int32Array(64)
let table = new Int32Array(256)
let tableMask = table.length - 1
let size = 0
const keptWords = 4096
const keptTable = keptWords * 8

/** Per word of the line: labels containing it, starting with it, ending with it. */
let counts = new Int32Array(192)

/**
 * Pairs of a line's words (by their numbers) seen side by side in a label,
 * for lines of up to `pairSide` words: an entry holds the stamp of the line
 * that saw the pair, so nothing is cleared between lines.
 */
const pairSide = 256
let pairStamps: Int32Array | undefined
/** The stamp of the current line in `pairStamps`, which wraps at 2^31 (when the table is cleared). */
let pairMark = 0

/** Folded characters of the label being read (see `foldCode`), and its words' numbers in the line (-1 for none). */
let folded = new Uint16Array(256)
let slots = new Int32Array(64)
const keptLabel = 1 << 12

/**
 * Labels read so far for the current line, by the hash of their words:
 * open addressing over (hash, index in `entries` + 1), 0 when free, at most
 * a quarter full.
 */
let keptLabels = new Int32Array(128)

/** Per token of the line: the number of its word, and of its bare form (see `ownEvidence`). */
let wordSlots = new Int32Array(128)
let bareSlots = new Int32Array(128)

/**
 * Per token, how much more often than usual its word starts (`starts`) and
 * ends (`ends`) one of the document's labels, in log-odds, as
 * `edgeEvidence` gives it for a lexicon of them; and per gap (index k = gap
 * before token k), 1 in `inside` when some label has the two words side by
 * side. The first `tokens.length` values of each are set. Labels of one key
 * (the same words in another case or spacing) count once.
 *
 * @returns
 *   Which spans of the line are one of the labels, valid until the next call.
 */
export function ownEvidence(
  tokens: readonly Token[],
  own: OwnLabels,
  starts: Float64Array,
  ends: Float64Array,
  inside: Uint8Array
): OwnSpans {
  const count = tokens.length
  starts.fill(0, 0, count)
  ends.fill(0, 0, count)
  inside.fill(0, 0, count)
  const entries = own.entries
  if (entries.length === 0) return noSpans

  // The line's words, and each token's bare form ("staff" of "staff,"), which a span's label is matched by.
  clearWords(2 * count)
  let words = wordSlots
  let bares = bareSlots
  if (words.length < count) {
    words = new Int32Array(count)
    bares = new Int32Array(count)
    if (count <= keptWords) {
      wordSlots = words
      bareSlots = bares
    }
  }

  for (let index = 0; index < count; index++) {
    const form = tokens[index]!.form
    words[index] = insertWord(form.text, form.hash)
    bares[index] = form.bare === form.text ? words[index]! : insertWord(form.bare, hashText(form.bare))
  }

  const distinct = size
  let tally = counts
  if (tally.length < distinct * 3) {
    tally = new Int32Array(Math.max(distinct * 3, 192))
    if (distinct <= keptWords) counts = tally
  }

  tally.fill(0, 0, distinct * 3)
  const pairs = distinct <= pairSide ? stampPairs() : new Set<number>()
  const whole = countLabels(entries, tally, distinct, pairs)
  for (let index = 0; index < count; index++) {
    const slot = words[index]!
    const seen = tally[slot * 3]!
    if (seen === 0) continue
    starts[index] = edgeOdds(tally[slot * 3 + 1]!, seen)
    ends[index] = edgeOdds(tally[slot * 3 + 2]!, seen)
    if (index === 0) continue
    const before = words[index - 1]!
    if (pairs instanceof Set ? pairs.has(before * distinct + slot) : pairs[before * pairSide + slot] === pairMark) inside[index] = 1
  }

  return whole ? new LineSpans(whole.words, whole.entries, bares) : noSpans
}

/** The pair table for a line of up to `pairSide` words, with a new stamp for the line. */
function stampPairs(): Int32Array {
  const stamps = (pairStamps ??= new Int32Array(pairSide * pairSide))
  if (++pairMark === 0x7f_ff_ff_ff) {
    stamps.fill(0)
    pairMark = 1
  }

  return stamps
}

/**
 * Count the labels' words that are words of the line into `tally` (per
 * word: labels containing it, starting with it, ending with it) and their
 * pairs into `pairs` (stamped, or numbered `first * distinct + second`), each
 * key once.
 *
 * @returns
 *   The labels all of whose words are words of the line: each one's length
 *   then its words' numbers, in `words`; their entries.
 */
function countLabels(
  entries: readonly LexiconEntry[],
  tally: Int32Array,
  distinct: number,
  pairs: Int32Array | Set<number>
): {words: number[]; entries: LexiconEntry[]} | undefined {
  let whole: {words: number[]; entries: LexiconEntry[]} | undefined
  let collided: Set<string> | undefined
  let labels = 64
  while (labels < entries.length * 4) labels *= 2
  let labelTable = keptLabels
  if (labelTable.length < labels * 2) {
    labelTable = new Int32Array(labels * 2)
    if (labels <= keptWords) keptLabels = labelTable
  } else {
    labelTable.fill(0, 0, labels * 2)
  }

  const mask = labels - 1
  for (let label = 0; label < entries.length; label++) {
    const length = readLabel(entries[label]!.label)
    if (length === 0) continue
    // Labels of one key have the same words, and so the same hash; a hash already seen is checked by key.
    const hash = labelHash ^ length
    let slot = hash & mask
    while (labelTable[slot * 2 + 1] !== 0 && labelTable[slot * 2] !== hash) slot = (slot + 1) & mask
    if (labelTable[slot * 2 + 1] === 0) {
      labelTable[slot * 2] = hash
      labelTable[slot * 2 + 1] = label + 1
    } else {
      const first = labelTable[slot * 2 + 1]! - 1
      const key = splitCached(entries[label]!.label)!.key
      if (key === splitCached(entries[first]!.label)!.key || collided?.has(key)) continue
      ;(collided ??= new Set()).add(key)
    }

    const last = length - 1
    let previous = -1
    let all = true
    for (let index = 0; index <= last; index++) {
      const slot = slots[index]!
      if (slot === -1) {
        previous = -1
        all = false
        continue
      }

      tally[slot * 3]!++
      if (index === 0) tally[slot * 3 + 1]!++
      if (index === last) tally[slot * 3 + 2]!++
      if (previous !== -1) {
        if (pairs instanceof Set) pairs.add(previous * distinct + slot)
        else pairs[previous * pairSide + slot] = pairMark
      }

      previous = slot
    }

    if (all) {
      whole ??= {words: [], entries: []}
      whole.words.push(length)
      for (let index = 0; index <= last; index++) whole.words.push(slots[index]!)
      whole.entries.push(entries[label]!)
    }
  }

  return whole
}

/** `OwnSpans` of a line: the labels all of whose words are in it, matched by the tokens' bare forms. */
class LineSpans implements OwnSpans {
  constructor(
    /** Each label's length, then its words' numbers in the line. */
    private readonly words: readonly number[],
    private readonly entries: readonly LexiconEntry[],
    /** Per token, the number of its bare form in the line. */
    private readonly bareSlots: Int32Array
  ) {}

  entryAt(from: number, to: number): LexiconEntry | undefined {
    const {words, bareSlots} = this
    const length = to - from
    for (let at = 0, label = 0; at < words.length; at += words[at]! + 1, label++) {
      if (words[at] !== length) continue
      let same = true
      for (let index = 0; index < length && same; index++) same = words[at + 1 + index] === bareSlots[from + index]
      if (same) return this.entries[label]
    }

    return undefined
  }
}

/** Empty the line's word table, with room for `words` words (a long line's larger table is not kept for the next). */
function clearWords(words: number): void {
  let length = 256
  while (length < words * 4) length *= 2
  if (table.length < length || (table.length > keptTable && length <= keptTable)) {
    table = new Int32Array(length)
    tableMask = length - 1
    hashes = new Int32Array(length / 4)
  } else {
    table.fill(0)
  }

  texts.length = 0
  size = 0
}

/** The number of the line's word `text` (with `Word.hash` `hash`), added when new. */
function insertWord(text: string, hash: number): number {
  for (let slot = hash & tableMask; ; slot = (slot + 1) & tableMask) {
    const entry = table[slot]!
    if (entry === 0) {
      table[slot] = size + 1
      hashes[size] = hash
      texts.push(text)
      return size++
    }

    if (hashes[entry - 1] === hash && texts[entry - 1] === text) return entry - 1
  }
}

/** The number of the line's word whose text is `characters[start..end)` (folded characters, or an ASCII label's bytes folded in place), -1 when none. */
function findFolded(characters: Uint16Array | Uint8Array, hash: number, start: number, end: number): number {
  const length = end - start
  for (let slot = hash & tableMask; ; slot = (slot + 1) & tableMask) {
    const entry = table[slot]!
    if (entry === 0) return -1
    if (hashes[entry - 1] !== hash) continue
    const text = texts[entry - 1]!
    if (text.length !== length) continue
    let index = 0
    while (index < length && text.charCodeAt(index) === characters[start + index]) index++
    if (index === length) return entry - 1
  }
}

/** The number of the line's word `text`, -1 when none. */
function findText(text: string, hash: number): number {
  for (let slot = hash & tableMask; ; slot = (slot + 1) & tableMask) {
    const entry = table[slot]!
    if (entry === 0) return -1
    if (hashes[entry - 1] === hash && texts[entry - 1] === text) return entry - 1
  }
}

/** The hash of the words of the label `readLabel` read last (each word's `Word.hash`, combined in order). */
let labelHash = 0

/**
 * Read a label's words (split on whitespace as `tokenize` splits a line, in
 * comparison form) into `slots`: each one's number in the line, -1 for a
 * word the line does not have. Returns how many words it has.
 */
function readLabel(label: string, probe = true): number {
  const length = label.length
  if (bytes.length >= length) {
    // A label in ASCII (most are) is copied out in one native call and read as bytes.
    const {read, written} = encoder.encodeInto(label, bytes)
    if (read === length && written === length) return readAscii(length, probe)
  }

  if (folded.length < length) {
    const buffer = new Uint16Array(length)
    if (length > keptLabel) return readLabelInto(label, buffer, probe)
    folded = buffer
  }

  return readLabelInto(label, folded, probe)
}

const encoder = new TextEncoder()
/** The label `readLabel` copied, as UTF-8 (the same as its characters when it is ASCII), folded in place by `readAscii`. */
const bytes = new Uint8Array(keptLabel)

/** `readLabelInto` of an ASCII label in `bytes`. */
function readAscii(length: number, probe: boolean): number {
  const characters = bytes
  let words = 0
  let index = 0
  labelHash = hashSeed
  // A loop per word, a tighter one per character (spaces as `tokenize` has them, written out: a call
  // here is not always inlined): faster than one loop that keeps a state.
  for (;;) {
    let code = 0
    while (index < length && ((code = characters[index]!) === 32 || code === 9 || code === 10 || code === 13)) index++
    if (index === length) return words
    const start = index
    let hash = hashSeed
    do {
      if (code >= 65 && code <= 90) characters[index] = code += 32
      hash = hashFolded(hash, code)
      if (++index === length) break
      code = characters[index]!
    } while (!(code === 32 || code === 9 || code === 10 || code === 13))
    words = pushWord(words, probe ? findFolded(characters, hash, start, index) : -1, hash)
  }
}

function readLabelInto(label: string, characters: Uint16Array, probe: boolean): number {
  const length = label.length
  let words = 0
  let start = -1
  let hash = hashSeed
  let foldable = true
  labelHash = hashSeed
  for (let index = 0; index <= length; index++) {
    const code = index === length ? 32 : label.charCodeAt(index)
    if (!(code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0)) {
      if (start === -1) {
        start = index
        hash = hashSeed
        foldable = true
      }

      if (foldable) {
        if (isFoldable(code)) {
          const fold = foldCode(code)
          characters[index] = fold
          hash = hashFolded(hash, fold)
        } else {
          foldable = false
        }
      }

      continue
    }

    if (start === -1) continue
    let slot: number
    if (foldable) {
      slot = probe ? findFolded(characters, hash, start, index) : -1
    } else {
      const text = comparisonForm(label.slice(start, index))
      hash = hashText(text)
      slot = probe ? findText(text, hash) : -1
    }

    words = pushWord(words, slot, hash)
    start = -1
  }

  return words
}

/** Put the number of a label's next word (after `words` of them) in `slots` and its hash into `labelHash`; the new count. */
function pushWord(words: number, slot: number, hash: number): number {
  if (words === slots.length) {
    const grown = new Int32Array(words * 2)
    grown.set(slots)
    slots = grown
  }

  slots[words] = slot
  labelHash = Math.imul(labelHash ^ hash, 0x01_00_01_93)
  return words + 1
}
