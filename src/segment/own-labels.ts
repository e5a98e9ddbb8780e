import type {Profession} from '../model/profession.js'
import {edgeOdds} from './boundary.js'
import {splitCached, type LexiconEntry, type Split} from './lexicon.js'
import type {Token} from './tokens.js'
import {wordGeneration} from './words.js'

/*
 * What a document's own labels (its essential knowledge and skill names)
 * teach the segmenter about one of its run-on lines: how often each word of
 * the line starts and ends them, and which pairs of the line's words follow
 * each other inside them.
 *
 * A full lexicon of them (`documentLexicon`) would count every word of every
 * label into maps, once per document, though a line shares only some words
 * with them. Here the line's words are stamped first (interned words carry
 * a stamp and a number), and only the labels' words that carry the line's
 * stamp are counted: no map, no string made. The figures are the same as a
 * lexicon's for the words of the line.
 */

/** A document's own labels, each key once (the first entry of a key wins, as in a lexicon). */
export class OwnLabels {
  /** The labels given, in order (duplicates included; `distinct` keeps each key once). */
  readonly entries: readonly LexiconEntry[]
  private splits: ReadonlyArray<Split> | undefined
  private generation = -1
  private byKey: Map<string, LexiconEntry> | undefined
  /**
   * The first and the last word of every key: most labels looked up begin
   * or end differently from every key, and are told apart without a key made.
   */
  private firsts: Set<string> | undefined
  private lasts: Set<string> | undefined

  constructor(entries: Iterable<LexiconEntry>) {
    this.entries = [...entries]
  }

  /** The entry for a label, compared case- and whitespace-insensitively (as `Lexicon.get`). */
  get(label: string): LexiconEntry | undefined {
    const split = splitCached(label)
    if (split === undefined) return undefined
    this.read()
    return this.byKey!.get(split.key)
  }

  /** The entry for a label given as its comparison words (as `Lexicon.getWords`). */
  getWords(words: readonly string[]): LexiconEntry | undefined {
    if (words.length === 0 || this.entries.length === 0) return undefined
    this.read()
    if (!this.firsts!.has(words[0]!) || !this.lasts!.has(words.at(-1)!)) return undefined
    return this.byKey!.get(words.length === 1 ? words[0]! : words.join(' '))
  }

  /**
   * The labels' splits, distinct by key, in order, with words of the current
   * word generation.
   *
   * @internal
   */
  distinct(): ReadonlyArray<Split> {
    this.read()
    return this.splits!
  }

  /** Split the labels, once per word generation: their splits and entries by key. */
  private read(): void {
    if (this.splits === undefined || this.generation !== wordGeneration()) {
      const byKey = new Map<string, LexiconEntry>()
      const firsts = new Set<string>()
      const lasts = new Set<string>()
      const splits: Split[] = []
      for (const entry of this.entries) {
        const split = splitCached(entry.label)
        if (split === undefined || byKey.has(split.key)) continue
        byKey.set(split.key, entry)
        firsts.add(split.words[0]!)
        lasts.add(split.words.at(-1)!)
        splits.push(split)
      }

      this.splits = splits
      this.byKey = byKey
      this.firsts = firsts
      this.lasts = lasts
      this.generation = wordGeneration()
    }
  }
}

/** The labels a document knows as its own: its essential knowledge, then its essential skills, with their kinds. */
export function ownLabels(profession: Readonly<Partial<Profession>>): OwnLabels {
  const entries: LexiconEntry[] = []
  for (const item of profession.knowledge ?? []) entries.push({label: item.name, kind: 'knowledge'})
  for (const item of profession.skills ?? []) entries.push({label: item.name, kind: 'skill'})
  return new OwnLabels(entries)
}

/** Stamps of lines; a word stamped with the current one is in the line being read (a number that never wraps in practice: 2^53 lines). */
let stamp = 0

/** Per-line counts, kept for lines of up to `keptWords` distinct words (a longer one gets its own). */
let counts = new Int32Array(0)
const keptWords = 4096

/**
 * Pairs of a line's words (by their numbers in the line) seen side by side in
 * a label, for lines of up to `pairSide` distinct words: an entry holds the
 * stamp of the line that saw the pair, so nothing is cleared between lines.
 */
const pairSide = 256
let pairStamps: Int32Array | undefined
/** The stamp of the current line in `pairStamps`, which wraps at 2^31 (when the table is cleared). */
let pairMark = 0

/**
 * Per token, how much more often than usual its word starts (`starts`) and
 * ends (`ends`) one of the document's labels, in log-odds, as
 * `edgeEvidence` gives it for a lexicon of them; and per gap (index k = gap
 * before token k), 1 in `inside` when some label has the two words side by
 * side. The first `tokens.length` values of each are set.
 */
export function ownEvidence(
  tokens: readonly Token[],
  own: OwnLabels,
  starts: Float64Array,
  ends: Float64Array,
  inside: Uint8Array
): void {
  const count = tokens.length
  starts.fill(0, 0, count)
  ends.fill(0, 0, count)
  inside.fill(0, 0, count)
  if (own.entries.length === 0) return
  const splits = own.distinct()
  // Words are compared as objects, which holds while the word table was not
  // emptied since the labels were split or while the line was read; else by text.
  if (!allCurrent(tokens, splits)) return ownEvidenceByText(tokens, splits, starts, ends, inside)

  const mark = ++stamp
  let distinct = 0
  for (const token of tokens) {
    const form = token.form
    if (form.mark !== mark) {
      form.mark = mark
      form.slot = distinct++
    }
  }

  let table = counts
  if (table.length < distinct * 3) {
    table = new Int32Array(Math.max(distinct * 3, 64))
    if (distinct <= keptWords) counts = table
  }

  table.fill(0, 0, distinct * 3)
  // table[slot * 3]: labels containing the word; + 1: starting with it; + 2: ending with it.
  const small = distinct <= pairSide
  const stamps = small ? (pairStamps ??= new Int32Array(pairSide * pairSide)) : undefined
  if (stamps && ++pairMark === 0x7f_ff_ff_ff) {
    stamps.fill(0)
    pairMark = 1
  }

  let pairs: Set<number> | undefined
  for (const split of splits) {
    const forms = split.forms
    const last = forms.length - 1
    let previous = -1
    for (let index = 0; index <= last; index++) {
      const form = forms[index]!
      if (form.mark !== mark) {
        previous = -1
        continue
      }

      const slot = form.slot
      table[slot * 3]!++
      if (index === 0) table[slot * 3 + 1]!++
      if (index === last) table[slot * 3 + 2]!++
      if (previous !== -1) {
        if (stamps) stamps[previous * pairSide + slot] = pairMark
        else (pairs ??= new Set()).add(previous * distinct + slot)
      }

      previous = slot
    }
  }

  for (let index = 0; index < count; index++) {
    const slot = tokens[index]!.form.slot
    const seen = table[slot * 3]!
    if (seen === 0) continue
    starts[index] = edgeOdds(table[slot * 3 + 1]!, seen)
    ends[index] = edgeOdds(table[slot * 3 + 2]!, seen)
    if (index === 0) continue
    const before = tokens[index - 1]!.form.slot
    if (stamps ? stamps[before * pairSide + slot] === pairMark : pairs?.has(before * distinct + slot)) inside[index] = 1
  }
}

/** Whether the words of the tokens and the labels are all of the word table's generation. */
function allCurrent(tokens: readonly Token[], splits: ReadonlyArray<Split>): boolean {
  const generation = wordGeneration()
  for (const token of tokens) if (token.form.generation !== generation) return false
  for (const split of splits) for (const form of split.forms) if (form.generation !== generation) return false
  return true
}

/**
 * `ownEvidence` with words compared by text: for a line read while the word
 * table was emptied, whose words may be objects of two generations.
 */
function ownEvidenceByText(
  tokens: readonly Token[],
  splits: ReadonlyArray<Split>,
  starts: Float64Array,
  ends: Float64Array,
  inside: Uint8Array
): void {
  const slots = new Map<string, number>()
  for (const token of tokens) if (!slots.has(token.word)) slots.set(token.word, slots.size)
  const distinct = slots.size
  const table = new Int32Array(distinct * 3)
  const pairs = new Set<number>()
  for (const split of splits) {
    const words = split.words
    const last = words.length - 1
    let previous = -1
    for (let index = 0; index <= last; index++) {
      const slot = slots.get(words[index]!)
      if (slot === undefined) {
        previous = -1
        continue
      }

      table[slot * 3]!++
      if (index === 0) table[slot * 3 + 1]!++
      if (index === last) table[slot * 3 + 2]!++
      if (previous !== -1) pairs.add(previous * distinct + slot)
      previous = slot
    }
  }

  for (let index = 0; index < tokens.length; index++) {
    const slot = slots.get(tokens[index]!.word)!
    const seen = table[slot * 3]!
    if (seen === 0) continue
    starts[index] = edgeOdds(table[slot * 3 + 1]!, seen)
    ends[index] = edgeOdds(table[slot * 3 + 2]!, seen)
    if (index > 0 && pairs.has(slots.get(tokens[index - 1]!.word)! * distinct + slot)) inside[index] = 1
  }
}
