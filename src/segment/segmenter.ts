import {field} from '../language/word-class.js'
import {boundaryScores, edgeEvidence, weights, type Evidence} from './boundary.js'
import type {Lexicon, LexiconEntry} from './lexicon.js'
import type {TextEvidence} from './text-evidence.js'
import {tokenize, type Token} from './tokens.js'

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
  /** The label's words, lower case, without surrounding punctuation. */
  words: string[]
  /** The lexicon entry the label matched, if any. */
  entry: LexiconEntry | undefined
  /** How sure the boundaries around and inside the label are, 0–1. */
  confidence: number
}

/** What the segmenter knows. */
export interface SegmentOptions {
  /**
   * What the document itself teaches (see `documentLexicon`): its words and
   * phrases feed the boundary model, but its own labels are never matched
   * as optional labels — an item is essential or optional, never both.
   */
  document?: Lexicon | undefined
  /** Known labels to match, most trusted first (a learned vocabulary, a user's lexicons). */
  lexicons?: readonly Lexicon[] | undefined
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
  const sources = options.document ? [options.document, ...lexicons] : lexicons
  let words: Set<string> | undefined
  const evidence: Evidence[] = sources.map((lexicon) => ({
    lexicon,
    text: lexicon.hasText ? lexicon.textEvidence((words ??= new Set(tokens.map((token) => token.bare)))) : noText,
    starts: edgeEvidence(tokens, lexicon, 'start'),
    ends: edgeEvidence(tokens, lexicon, 'end')
  }))

  const boundary = boundaryScores(tokens, evidence)
  const known = knownSpans(tokens, lexicons, options.document)
  // spans[from * stride + to - 1] is the score of the span from..to.
  const spans = spanScores(tokens, boundary, known, partWords(tokens, lexicons))

  // Forward: best[to] is the best score of tokens 0..to, back[to] its last cut.
  const best = new Float64Array(count + 1).fill(Number.NEGATIVE_INFINITY)
  const back = new Int32Array(count + 1)
  best[0] = 0
  for (let to = 1; to <= count; to++) {
    let top = Number.NEGATIVE_INFINITY
    let cut = 0
    for (let from = Math.max(0, to - maxSpan); from < to; from++) {
      const value = best[from]! + spans[from * stride + to - 1]!
      if (value > top) {
        top = value
        cut = from
      }
    }

    best[to] = top
    back[to] = cut
  }

  // Backward: after[from] is the best score of tokens from..count.
  const after = new Float64Array(count + 1).fill(Number.NEGATIVE_INFINITY)
  after[count] = 0
  for (let from = count - 1; from >= 0; from--) {
    const limit = Math.min(count, from + maxSpan)
    let top = Number.NEGATIVE_INFINITY
    for (let to = from + 1; to <= limit; to++) {
      const value = spans[from * stride + to - 1]! + after[to]!
      if (value > top) top = value
    }

    after[from] = top
  }

  const cuts: number[] = []
  for (let at = count; at > 0; at = back[at]!) cuts.push(at)
  cuts.push(0)
  cuts.reverse()

  const margins = gapMargins(count, best, after, spans)
  const segments: Segment[] = []
  for (let index = 0; index + 1 < cuts.length; index++) {
    const from = cuts[index]!
    const to = cuts[index + 1]!
    let margin = Math.min(margins[from]!, margins[to]!)
    for (let gap = from + 1; gap < to; gap++) margin = Math.min(margin, margins[gap]!)
    const first = tokens[from]!
    const last = tokens[to - 1]!
    segments.push({
      start: first.start,
      end: last.end,
      text: line.slice(first.start, last.end),
      words: tokens.slice(from, to).map((token) => token.bare),
      entry: known.get(from * (count + 1) + to),
      confidence: margin === Number.POSITIVE_INFINITY ? 1 : 1 / (1 + Math.exp(-margin))
    })
  }

  return segments
}

/**
 * Score of every span `from`..`to` (`to - from` ≤ `maxSpan`), at
 * `from * stride + to - 1`: a row of `maxSpan` entries per start.
 */
function spanScores(
  tokens: readonly Token[],
  boundary: Float64Array,
  known: ReadonlyMap<number, LexiconEntry>,
  parts: Uint8Array | undefined
): Float64Array {
  const count = tokens.length
  const spans = new Float64Array(count * maxSpan).fill(Number.NEGATIVE_INFINITY)
  for (let from = 0; from < count; from++) {
    const opening = from === 0 ? 0 : boundary[from]!
    const limit = Math.min(maxSpan, count - from)
    for (let length = 1; length <= limit; length++) {
      let value = opening
      const isKnown = known.size > 0 && known.has(from * (count + 1) + from + length)
      if (length === 1) {
        value += weights.lengthOne
        // A one-word label nobody knows: fields ("hydrology") and names
        // ("Python") are plausible; "software" or "hygienic" is not.
        if (!isKnown) {
          const token = tokens[from]!
          value += weights.singleUnknown
          if (token.flags & field) value += weights.singleField
          if (token.capitalized) value += weights.singleCapitalized
          if (parts?.[from]) value += weights.singlePart
        }
      } else if (length > 5) {
        value += weights.lengthLong * (length - 5)
      }

      if (isKnown) value += weights.known + weights.knownPerWord * length
      spans[from * stride + from + length - 1] = value
    }
  }

  return spans
}

/**
 * For each gap, how much better the best segmentation is than the best one
 * that decides that gap the other way (infinite at the line's two ends).
 */
function gapMargins(count: number, best: Float64Array, after: Float64Array, spans: Float64Array): Float64Array {
  // Best total with no boundary at a gap: the best over spans covering it,
  // best[from] + span(from, to) + after[to] with from < gap < to. For each
  // `from`, a running maximum over `to` from the far end makes this O(n·L).
  const joined = new Float64Array(count + 1).fill(Number.NEGATIVE_INFINITY)
  const tail = new Float64Array(maxSpan + 2)
  for (let from = 0; from < count; from++) {
    const limit = Math.min(count, from + maxSpan)
    const row = from * stride - 1
    let running = Number.NEGATIVE_INFINITY
    // tail[k] = max over to >= from + k of span(from, to) + after[to].
    for (let to = limit; to >= from + 2; to--) {
      const value = spans[row + to]! + after[to]!
      if (value > running) running = value
      tail[to - from] = running
    }

    const opening = best[from]!
    for (let gap = from + 1; gap < limit; gap++) {
      const value = opening + tail[gap - from + 1]!
      if (value > joined[gap]!) joined[gap] = value
    }
  }

  const margins = new Float64Array(count + 1).fill(Number.POSITIVE_INFINITY)
  for (let gap = 1; gap < count; gap++) {
    const margin = Math.abs(best[gap]! + after[gap]! - joined[gap]!)
    if (Number.isFinite(margin)) margins[gap] = margin
  }

  return margins
}

/**
 * Per token, 1 when its word is only ever part of the lexicons' labels: in
 * several of them, never a label of its own ("software", "sensors"). Such a
 * word alone is the head of a label, not a label. `undefined` without a
 * lexicon.
 */
function partWords(tokens: readonly Token[], lexicons: readonly Lexicon[]): Uint8Array | undefined {
  if (lexicons.every((lexicon) => lexicon.size === 0)) return undefined
  const parts = new Uint8Array(tokens.length)
  for (const [index, token] of tokens.entries()) {
    let seen = 0
    let alone = false
    for (const lexicon of lexicons) {
      seen += lexicon.wordCount(token.word)
      if (lexicon.getWords([token.word])) alone = true
    }

    if (seen >= minPartCount && !alone) parts[index] = 1
  }

  return parts
}

/**
 * Spans the lexicons know, except the document's own labels: key
 * `from * (count + 1) + to` → entry (most trusted lexicon first).
 */
function knownSpans(
  tokens: readonly Token[],
  lexicons: readonly Lexicon[],
  own: Lexicon | undefined
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
