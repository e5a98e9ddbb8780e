import type {Profession} from '../model/profession.js'
import {edgeOdds} from './boundary.js'
import {splitCached, type LexiconEntry, type Split} from './lexicon.js'
import type {Token} from './tokens.js'
import {findWord, wordGeneration, type Word} from './words.js'

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

/** The `OwnLabels` whose marks the words carry now (see `OwnLabels.mark`), and its stamp. */
let marked: OwnLabels | undefined
let markStamp = 0

/** A document's own labels, each key once (the first entry of a key wins, as in a lexicon). */
export class OwnLabels {
  /** The labels given, in order (duplicates included; `distinct` keeps each key once). */
  readonly entries: readonly LexiconEntry[]
  /** The labels' splits, each key once, in order, and the entry of each. */
  private splits: Split[] | undefined
  private kept: LexiconEntry[] = []
  private generation = -1
  /** The stamp this object's marks carry, while `marked` is this object. */
  private stamp = 0
  /** Entries by key, for `get` and `getWords` (made on their first call). */
  private byKey: Map<string, LexiconEntry> | undefined
  private byKeyGeneration = -1

  constructor(entries: Iterable<LexiconEntry>) {
    this.entries = [...entries]
  }

  /** The entry for a label, compared case- and whitespace-insensitively (as `Lexicon.get`). */
  get(label: string): LexiconEntry | undefined {
    const split = splitCached(label)
    if (split === undefined) return undefined
    return this.keys().get(split.key)
  }

  /** The entry for a label given as its comparison words (as `Lexicon.getWords`). */
  getWords(words: readonly string[]): LexiconEntry | undefined {
    if (words.length === 0 || this.entries.length === 0) return undefined
    return this.keys().get(words.length === 1 ? words[0]! : words.join(' '))
  }

  /**
   * `getWords` of the bare words of `forms` (a segment's words as the
   * tokenizer interned them), without a key made: most segments begin or
   * end differently from every label, which the words' marks tell at once.
   *
   * @internal
   */
  getBare(forms: readonly Word[]): LexiconEntry | undefined {
    if (forms.length === 0 || this.entries.length === 0) return undefined
    const generation = wordGeneration()
    for (const form of forms) {
      if (form.generation !== generation) return this.getWords(forms.map((word) => word.bare))
    }

    this.mark()
    const first = bareForm(forms[0]!)
    const last = bareForm(forms.at(-1)!)
    if (first?.firstMark !== this.stamp || last?.lastMark !== this.stamp) return undefined
    const splits = this.splits!
    for (let index = 0; index < splits.length; index++) {
      const words = splits[index]!.forms
      if (words.length !== forms.length || words[0] !== first) continue
      let same = true
      for (let at = 1; at < words.length && same; at++) same = words[at] === bareForm(forms[at]!)
      if (same) return this.kept[index]
    }

    return undefined
  }

  /**
   * The labels' splits, distinct by key, in order, with words of the current
   * word generation.
   *
   * @internal
   */
  distinct(): ReadonlyArray<Split> {
    this.mark()
    return this.splits!
  }

  /**
   * Split the labels (once per word generation) and mark their words: the
   * first word of each with `firstMark`, the last with `lastMark`, both this
   * object's stamp. Marks are one object's at a time; another's `mark`
   * overwrites them, and this one marks again when next asked.
   */
  private mark(): void {
    if (marked === this && this.generation === wordGeneration()) return
    const stamp = ++markStamp
    if (this.splits === undefined || this.generation !== wordGeneration()) {
      this.read(stamp)
      // Splitting emptied the word table (at most once: it then has room for every label).
      if (this.generation !== wordGeneration()) this.read(++markStamp)
    } else {
      for (const split of this.splits) {
        split.forms[0]!.firstMark = markStamp
        split.forms.at(-1)!.lastMark = markStamp
      }
    }

    this.stamp = markStamp
    marked = this
  }

  /** Split the labels, keeping each key once, and mark their words with `stamp`. */
  private read(stamp: number): void {
    const splits: Split[] = []
    const kept: LexiconEntry[] = []
    const generation = wordGeneration()
    for (const entry of this.entries) {
      const split = splitCached(entry.label)
      if (split === undefined) continue
      const first = split.forms[0]!
      // Labels of one key have the same words: a kept label with the same first word may be one.
      if (first.firstMark === stamp && splits.some((other) => sameWords(other.forms, split.forms))) continue
      first.firstMark = stamp
      split.forms.at(-1)!.lastMark = stamp
      splits.push(split)
      kept.push(entry)
    }

    this.splits = splits
    this.kept = kept
    this.generation = generation
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

/** The word whose text is `form`'s bare form: `form` itself unless it has punctuation around it; `undefined` when no word has that text. */
function bareForm(form: Word): Word | undefined {
  return form.bare === form.text ? form : findWord(form.bare)
}

function sameWords(a: readonly Word[], b: readonly Word[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
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
