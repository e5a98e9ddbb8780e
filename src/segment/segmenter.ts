import {adjective, ambiguousVerb, field, functionWord, verb} from '../language/word-class.js'
import {addFramedVerbs, boundaryScores, edgeEvidence, forbidden, insideEvidence, lexiconIds, weights, type Evidence} from './boundary.js'
import type {Lexicon, LexiconEntry} from './lexicon.js'
import {ownEvidence, type OwnLabels, type OwnSpans} from './own-labels.js'
import type {TextEvidence} from './text-evidence.js'
import {tokenize, type Token} from './tokens.js'
import type {Word} from './words.js'

export {weights} from './boundary.js'

/*
 * Segmentation of a run-on line of labels ("promote music financial
 * jurisdiction select scripts …") by dynamic programming over its tokens.
 *
 * Every gap between two tokens gets boundary log-odds from the boundary model
 * (`boundary.ts`). Every span of up to `maxSpan` tokens is a candidate label,
 * with a bonus when a lexicon knows it (a batch's learned vocabulary, a
 * user's lexicon) and a prior on its length. The best segmentation wins
 * (Viterbi); a backward pass gives each label's margin over the best
 * alternative, its confidence. Span scores are computed once into an array,
 * so time and memory are linear in the number of tokens.
 */

const noText: TextEvidence = {pairs: new Set(), verbs: new Set()}

/** Labels a word must be part of before it is taken for only a part. */
const minPartCount = 3

/** Longest noun phrase with no function word in it ("data engineering") before a penalty per word. */
const nounLength = 3

/** Longest noun phrase joined by function words ("principles of animation") before a penalty per word. */
const nounLongLength = 5

/** Longest label considered, in words. */
const maxSpan = 12
const stride = maxSpan - 1

/** One label of a segmented line. */
export interface Segment {
  /** Offset of the label's first character in the line. */
  start: number
  /** Offset after its last character. */
  end: number
  /** The label as written in the line. */
  text: string
  /** The label's first and last words as the tokenizer interned them (`bare` is a word lower case, without surrounding punctuation), and how many words it has. */
  first: Word
  last: Word
  count: number
  /** The lexicon entry the label matched, if any. */
  entry: LexiconEntry | undefined
  /**
   * The document's own label (see `SegmentOptions.document`) the label is,
   * when no lexicon entry matched: it gives the label its kind, but the
   * label stays optional.
   */
  own: LexiconEntry | undefined
  /** How sure the boundaries around and inside the label are, 0–1. */
  confidence: number
}

/** What the segmenter knows. */
export interface SegmentOptions {
  /**
   * What the document itself teaches (see `ownLabels`): the words of its
   * essential names feed the boundary model, but the names are never
   * matched as optional labels — an item is essential or optional, never both.
   */
  document?: OwnLabels | undefined
  /** Known labels to match, most trusted first (a learned vocabulary, a user's lexicons). */
  lexicons?: readonly Lexicon[] | undefined
  /**
   * Score every span, also those that open on a forbidden gap, which are
   * otherwise skipped (see `openPositions`): the same segments, for tests
   * that hold the shortcut to that.
   *
   * @internal
   */
  exhaustive?: boolean | undefined
}

/** Working arrays of one line, reused from line to line while lines are short. */
interface Scratch {
  /** Tokens the arrays have room for. */
  capacity: number
  boundary: Float64Array
  spans: Float64Array
  best: Float64Array
  back: Int32Array
  after: Float64Array
  /** Per token: the first function word at or after it (the number of tokens for none). */
  plainEnd: Int32Array
  /** The positions spans open and end at, in order (see `openPositions`). */
  open: Int32Array
  joined: Float64Array
  margins: Float64Array
  /** Per source of evidence: word ids, start and end evidence, pairs inside labels. */
  sources: Array<{ids: Int32Array; starts: Float64Array; ends: Float64Array; inside: Uint8Array}>
}

/** Lines up to this many tokens reuse the kept scratch; longer ones get their own. */
const keptCapacity = 4096
let kept: Scratch | undefined

function scratchFor(count: number, sources: number): Scratch {
  let scratch = kept
  if (!scratch || scratch.capacity < count) {
    const capacity = Math.max(count, 64, scratch?.capacity ?? 0)
    scratch = {
      capacity,
      boundary: new Float64Array(capacity),
      spans: new Float64Array(capacity * maxSpan),
      best: new Float64Array(capacity + 1),
      back: new Int32Array(capacity + 1),
      after: new Float64Array(capacity + 1),
      plainEnd: new Int32Array(capacity + 1),
      open: new Int32Array(capacity + 1),
      joined: new Float64Array(capacity + 1),
      margins: new Float64Array(capacity + 1),
      sources: []
    }
    if (capacity <= keptCapacity) kept = scratch
  }

  while (scratch.sources.length < sources) {
    const capacity = scratch.capacity
    scratch.sources.push({
      ids: new Int32Array(capacity),
      starts: new Float64Array(capacity),
      ends: new Float64Array(capacity),
      inside: new Uint8Array(capacity)
    })
  }

  return scratch
}

/**
 * Segment a run-on line into labels.
 *
 * @param line
 *   Labels joined by spaces.
 */
export function segmentLine(line: string, options: SegmentOptions = {}): Segment[] {
  const tokens = tokenize(line)
  const count = tokens.length
  if (count === 0) return []

  const lexicons = options.lexicons ?? []
  const own = options.document
  const offset = own ? 1 : 0
  const scratch = scratchFor(count, offset + lexicons.length)
  let words: Set<string> | undefined
  const evidence: Evidence[] = []
  let spans: OwnSpans | undefined
  if (own) {
    const {starts, ends, inside} = scratch.sources[0]!
    spans = ownEvidence(tokens, own, starts, ends, inside)
    evidence.push({text: noText, starts, ends, inside, lexicon: false})
  }

  const ids: Array<Int32Array | undefined> = []
  for (let index = 0; index < lexicons.length; index++) {
    const lexicon = lexicons[index]!
    const buffers = scratch.sources[offset + index]!
    const known = lexicon.size === 0 ? undefined : lexiconIds(tokens, lexicon, buffers.ids)
    ids.push(known)
    evidence.push({
      text: lexicon.hasText ? lexicon.textEvidence((words ??= new Set(tokens.map((token) => token.bare)))) : noText,
      starts: edgeEvidence(known, count, lexicon, 'start', buffers.starts),
      ends: edgeEvidence(known, count, lexicon, 'end', buffers.ends),
      inside: insideEvidence(known, count, lexicon, buffers.inside),
      lexicon: true
    })
  }

  const boundary = boundaryScores(tokens, evidence, scratch.boundary)
  const known = knownSpans(tokens, lexicons, own)
  const parts = partWords(tokens, lexicons, ids)
  if (parts) addAloneWords(tokens, parts, boundary)
  // When lists of labels (lexicon files, no batch's prose) know much of the line, what they do not know is
  // their long tail: a phrase that opens with a verb may run long ("apply research ethics and scientific
  // integrity principles in research activities"); a noun phrase may not; a verb that also names things,
  // followed by a word and a preposition, acts on that word ("design indicators for …", see
  // `addFramedVerbs`). Measured: a learned lexicon, or a list that knows little of the line, does better
  // without.
  const longTail = parts?.lists === true && knownShare(known, count) >= weights.longTailShare
  if (longTail) addFramedVerbs(tokens, boundary)
  // spans[from * stride + to - 1] is the score of the span from..to.
  const {back} = scratch
  const positions = openPositions(boundary, count, !options.exhaustive, scratch.open)
  forward(tokens, boundary, known, parts, longTail, scratch, positions)
  const margins = backward(count, scratch, positions)

  const cuts: number[] = []
  for (let at = count; at > 0; at = back[at]!) cuts.push(at)
  cuts.push(0)
  cuts.reverse()

  const segments: Segment[] = []
  for (let index = 0; index + 1 < cuts.length; index++) {
    const from = cuts[index]!
    const to = cuts[index + 1]!
    let margin = Math.min(margins[from]!, margins[to]!)
    for (let gap = from + 1; gap < to; gap++) margin = Math.min(margin, margins[gap]!)
    const first = tokens[from]!
    const last = tokens[to - 1]!
    const entry = known.size === 0 ? undefined : known.get(from * (count + 1) + to)
    segments.push({
      start: first.start,
      end: last.end,
      text: line.slice(first.start, last.end),
      first: first.form,
      last: last.form,
      count: to - from,
      entry,
      own: entry === undefined ? spans?.entryAt(from, to) : undefined,
      confidence: margin === Number.POSITIVE_INFINITY ? 1 : 1 / (1 + Math.exp(-margin))
    })
  }

  return segments
}

/**
 * The longest run of forbidden gaps (see `forbidden`) a line may have for
 * the passes to skip the spans that open on one. Such a span scores some
 * 1e9 below any that does not. With at most `maxSpan - 1` forbidden gaps in
 * a row, a span of `maxSpan` tokens goes round each run, so every end is
 * reached, and every forbidden gap covered, by spans that open on none: a
 * span that opens on one is never the best way to an end, and the best
 * alternative at a gap only where no other is, where the margin it gave
 * (some 1e9) becomes an infinite one, a confidence of 1 either way.
 * Skipping them changes no choice and no confidence. A line with a longer
 * run (degenerate: "of of of …") is scored in full.
 */
const skippableRun = maxSpan - 1

/**
 * The positions spans are scored from and to, into `open`: the line's two
 * ends and every gap, or, when `skip` and the line has no run of more than
 * `skippableRun` forbidden gaps, the gaps that are not forbidden.
 *
 * @returns
 *   How many positions `open` holds.
 */
function openPositions(boundary: Float64Array, count: number, skip: boolean, open: Int32Array): number {
  let positions = 0
  let run = 0
  open[positions++] = 0
  for (let gap = 1; gap < count; gap++) {
    if (skip && boundary[gap]! <= forbidden) {
      if (++run > skippableRun) return openPositions(boundary, count, false, open)
      continue
    }

    run = 0
    open[positions++] = gap
  }

  open[positions++] = count
  return positions
}

/**
 * The forward pass: the score of every span `from`..`to` (`to - from` ≤
 * `maxSpan`) from an open position (`scratch.open`, `positions` of them, see
 * `openPositions`) into `spans` at `from * stride + to - 1` (a row of
 * `maxSpan` entries per start; the rest of the array is never read), and
 * `best[to]`, the best score of tokens 0..to, with `back[to]` its last cut.
 * Spans to positions that are not open are scored too (testing each end
 * cost more than it saved): `backward` never reads them. Each start's
 * spans are scored once its best score is final and offered to the ends
 * they reach, earliest start first: the same choices, ties included, as
 * taking the best of the starts at each end.
 */
function forward(
  tokens: readonly Token[],
  boundary: Float64Array,
  known: ReadonlyMap<number, LexiconEntry>,
  parts: PartWords | undefined,
  longTail: boolean,
  scratch: Scratch,
  positions: number
): void {
  const {spans, best, back, open} = scratch
  const count = tokens.length
  const anyKnown = known.size > 0
  const nounWeight = parts ? weights.lengthNounLexicon : weights.lengthNoun
  // `longTail`: lists of labels know much of the line (see `segmentLine`).
  const longWeight = weights.lengthLong
  const longVerbWeight = longTail ? weights.lengthLongVerbList : longWeight
  // plainEnd[from]: the first function word at or after `from` (`count` for none).
  const {plainEnd} = scratch
  plainEnd[count] = count
  for (let index = count - 1; index >= 0; index--) {
    plainEnd[index] = tokens[index]!.flags & functionWord ? index : plainEnd[index + 1]!
  }

  best[0] = 0
  back[0] = 0
  best.fill(Number.NEGATIVE_INFINITY, 1, count + 1)
  back.fill(0, 1, count + 1)
  for (let start = 0; start + 1 < positions; start++) {
    const from = open[start]!
    const opening = from === 0 ? 0 : boundary[from]!
    const limit = Math.min(maxSpan, count - from)
    const base = best[from]!
    const row = from * stride + from - 1
    // A noun phrase ("data engineering") is short unless words such as "of" or "and" join its parts:
    // lengths from `nounLength + 1` to `plain` pay per word.
    const opensVerb = (tokens[from]!.flags & (verb | ambiguousVerb)) !== 0
    const plain = opensVerb ? 0 : plainEnd[from]! - from
    for (let length = 1; length <= limit; length++) {
      let value = opening
      const isKnown = anyKnown && known.has(from * (count + 1) + from + length)
      if (length === 1) {
        value += weights.lengthOne
        // A one-word label nobody knows: fields ("hydrology") and names
        // ("Python") are plausible; "software" or "hygienic" is not.
        if (!isKnown) {
          const token = tokens[from]!
          value += weights.singleUnknown
          if (token.flags & field) value += weights.singleField
          if (token.capitalized) value += weights.singleCapitalized
          else if (token.upper) value += weights.singleUpper
          else if (token.flags & adjective) value += weights.singleAdjective
          if (parts?.only[from]) value += weights.singlePart
        }
      } else if (length === nounLength) {
        // What a list of labels does not know is mostly noun phrases of one or two words ("life sciences | cryonics").
        if (longTail && length <= plain && !isKnown) value += weights.lengthNounThreeList
      } else if (length > nounLength) {
        if (length > 5) value += (opensVerb ? longVerbWeight : longWeight) * (length - 5)
        if (length <= plain && !isKnown) value += nounWeight * (length - nounLength)
        else if (longTail && length > nounLongLength && !opensVerb && !isKnown) {
          value += weights.lengthNounLongList * (length - nounLongLength)
        }
      }

      if (isKnown) {
        value += weights.known + weights.knownPerWord * length
        // A one-word label that many labels share ("surgery") is as likely the head of a compound.
        if (length === 1 && parts) value += weights.singleKnownShared * parts.shared[from]!
      }
      spans[row + length] = value
      const total = base + value
      const to = from + length
      if (total > best[to]!) {
        best[to] = total
        back[to] = from
      }
    }
  }
}

/**
 * The share of a line's words inside labels of two words or more that a
 * lexicon knows, each word counted once. `known` holds each lexicon's
 * labels in turn, by start (see `knownSpans`), so a running end gives the
 * words covered without a table; with several lexicons, the one that
 * covers most counts.
 */
function knownShare(known: ReadonlyMap<number, LexiconEntry>, count: number): number {
  const side = count + 1
  let most = 0
  let words = 0
  let until = 0
  let last = -1
  for (const key of known.keys()) {
    const from = (key / side) | 0
    const to = key - from * side
    if (from < last) {
      // The next lexicon's labels.
      if (words > most) most = words
      words = 0
      until = 0
    }

    last = from
    if (to - from < 2) continue
    const start = from > until ? from : until
    if (to > start) {
      words += to - start
      until = to
    }
  }

  return (words > most ? words : most) / count
}

/**
 * The backward pass: `after[from]`, the best score of tokens from..count;
 * and, for each gap, how much better the best segmentation is than the
 * best one that decides that gap the other way (infinite at the line's two
 * ends).
 */
function backward(count: number, scratch: Scratch, positions: number): Float64Array {
  const {spans, best, after, open} = scratch
  // Best total with no boundary at a gap: the best over spans covering it,
  // best[from] + span(from, to) + after[to] with from < gap < to. For each
  // `from`, a running maximum over `to` from the far end makes this O(n·L);
  // the same maximum, down to the nearest end, is after[from]. Only open
  // positions (see `openPositions`) are starts, ends and gaps here: at any
  // other gap, no segmentation that cuts scores (its margin stays infinite).
  const joined = scratch.joined.fill(Number.NEGATIVE_INFINITY, 0, count + 1)
  after[count] = 0
  let far = positions - 1
  for (let start = positions - 2; start >= 0; start--) {
    const from = open[start]!
    while (open[far]! - from > maxSpan) far--
    const row = from * stride - 1
    const opening = best[from]!
    // The best of the spans from `from` that end after the gap `to` (from the longest down).
    let running = spans[row + open[far]!]! + after[open[far]!]!
    for (let end = far - 1; end > start; end--) {
      const to = open[end]!
      const total = opening + running
      if (total > joined[to]!) joined[to] = total
      const value = spans[row + to]! + after[to]!
      running = value > running ? value : running
    }

    after[from] = running
  }

  const margins = scratch.margins.fill(Number.POSITIVE_INFINITY, 0, count + 1)
  for (let index = 1; index + 1 < positions; index++) {
    const gap = open[index]!
    const margin = Math.abs(best[gap]! + after[gap]! - joined[gap]!)
    if (Number.isFinite(margin)) margins[gap] = margin
  }

  return margins
}

/** How the lexicons use each word of a line as part of labels. */
interface PartWords {
  /**
   * Per token, 1 when its word is only ever part of the lexicons' labels: in
   * several of them, never a label of its own ("software", "sensors"). Such
   * a word alone is the head of a label, not a label.
   */
  only: Uint8Array
  /** Per token, log2 of the number of labels its word is in (0 for one or none). */
  shared: Float64Array
  /**
   * Per token, 1 when the lexicons know its word only as a label of its own
   * ("xcode"): in one label, itself.
   */
  alone: Uint8Array
  /** Whether every lexicon is a list of labels with no running text (a file, not a learned batch). */
  lists: boolean
}

/**
 * A word the lexicons know only as a label of its own is a label of its
 * own: evidence for a boundary before it ("visual basic | xcode"), where
 * the rules alone would read on ("basic" is an adjective). Not after a
 * verb, whose object it may be ("balance hydraulics"); not after it either:
 * measured, that gained nothing.
 */
function addAloneWords(tokens: readonly Token[], parts: PartWords, boundary: Float64Array): void {
  const {alone} = parts
  for (let index = 1; index < tokens.length; index++) {
    if (alone[index] === 0 || boundary[index]! <= forbidden) continue
    if (tokens[index - 1]!.flags & (verb | ambiguousVerb)) continue
    boundary[index]! += weights.aloneBefore
  }
}

/**
 * How the lexicons use the words of the line; `undefined` without a
 * lexicon. `ids` holds each lexicon's word ids (see `lexiconIds`).
 */
function partWords(
  tokens: readonly Token[],
  lexicons: readonly Lexicon[],
  ids: ReadonlyArray<Int32Array | undefined>
): PartWords | undefined {
  if (lexicons.every((lexicon) => lexicon.size === 0)) return undefined
  const only = new Uint8Array(tokens.length)
  const shared = new Float64Array(tokens.length)
  const aloneOnly = new Uint8Array(tokens.length)
  for (let index = 0; index < tokens.length; index++) {
    let seen = 0
    let alone = false
    // Every lexicon that knows the word knows it only as a label of its own
    // (a batch's vocabulary and a user's list may both have "xcode").
    let onlyAlone = true
    for (let source = 0; source < lexicons.length; source++) {
      const lexicon = lexicons[source]!
      const wordIds = ids[source]
      const id = wordIds ? wordIds[index]! : -1
      if (id === -1) continue
      const count = lexicon.seenOf(id)
      seen += count
      if (lexicon.isAlone(id)) alone = true
      if (count !== 1 || !lexicon.isAlone(id)) onlyAlone = false
    }

    if (seen > 1) shared[index] = Math.log2(seen)
    if (seen >= minPartCount && !alone) only[index] = 1
    if (seen > 0 && onlyAlone) aloneOnly[index] = 1
  }

  return {only, shared, alone: aloneOnly, lists: lexicons.every((lexicon) => !lexicon.hasText)}
}

/**
 * Spans the lexicons know, except the document's own labels: key
 * `from * (count + 1) + to` → entry (most trusted lexicon first).
 * Each lexicon's labels in turn, by start: `knownShare` reads them in that
 * order.
 */
function knownSpans(
  tokens: readonly Token[],
  lexicons: readonly Lexicon[],
  own: OwnLabels | undefined
): Map<number, LexiconEntry> {
  const known = new Map<number, LexiconEntry>()
  const count = tokens.length
  if (lexicons.length === 0) return known
  const words = tokens.map((token) => token.word)
  for (const lexicon of lexicons) {
    if (lexicon.size === 0) continue
    for (let from = 0; from < count; from++) {
      lexicon.matchAt(words, from, (to, entry) => {
        if (to - from > maxSpan) return
        const key = from * (count + 1) + to
        if (!known.has(key) && !own?.get(entry.label)) known.set(key, entry)
      })
    }
  }

  return known
}
