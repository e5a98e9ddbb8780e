import {
  abstractNoun,
  adjective,
  ambiguousVerb,
  field,
  functionWord,
  gerund,
  headNoun,
  participle,
  particle,
  plural,
  possessive,
  verb,
  wordClass
} from '../language/word-class.js'
import {labelWords, type Lexicon, type LexiconEntry} from './lexicon.js'

/*
 * Segmentation of a run-on line of labels ("promote music financial
 * jurisdiction select scripts …") by dynamic programming over its tokens.
 *
 * Every gap between two tokens gets boundary log-odds from a boundary model:
 * hand-written English rules on the words either side (an imperative verb
 * starts a skill, a function word never ends a label, a head noun such as
 * "legislation" tends to end one, an adjective after a noun starts a new noun
 * phrase) plus what the known labels teach at run time (which words start
 * and end labels). Every span of up to `maxSpan` tokens is a candidate label,
 * with a bonus when a lexicon knows it (the document's own items, a batch's
 * learned vocabulary, a user's lexicon) and a prior on its length. The best
 * segmentation wins (Viterbi); a backward pass gives each label's margin
 * over the best alternative, its confidence. Time and memory are linear in
 * the number of tokens.
 */

/** Weights of the boundary model and the span scores, in log-odds units. */
export const weights = {
  bias: -0.8,
  nextVerb: 4.2,
  nextAmbiguousVerb: 1.2,
  nextAdjective: 0.6,
  nextGerund: 0.2,
  nextPlural: -0.5,
  nextHeadNoun: -0.9,
  nextParticiple: 0.7,
  previousHeadNoun: 1.5,
  previousPlural: 1.7,
  previousAdjective: -3.3,
  previousVerb: -3.5,
  previousAmbiguousVerb: 0.1,
  previousGerund: 0.4,
  nextAbstract: -0.5,
  previousAbstract: 0.5,
  nextSeenAsVerb: 0.6,
  nextField: 2.1,
  previousField: 2.8,
  nextCapitalized: 2.7,
  previousCapitalized: 1,
  nextBeforeOf: 1,
  previousParenthesis: 3,
  textInside: -3.7,
  repeatedInside: -2,
  learnedEnd: 0,
  learnedStart: 0,
  learnedInside: -2,
  known: 3.5,
  knownPerWord: 0.5,
  singleUnknown: -1,
  singleField: 1,
  singleCapitalized: 1,
  lengthOne: -1.6,
  lengthLong: -0.3
}

/** Longest label considered, in words. */
const maxSpan = 12
const forbidden = -1e9

/** One label of a segmented line. */
export interface Segment {
  /** Offset of the label's first character in the line. */
  start: number
  /** Offset after its last character. */
  end: number
  /** The label as written in the line. */
  text: string
  /** The lexicon entry the label matched, if any. */
  entry: LexiconEntry | undefined
  /** How sure the boundaries around and inside the label are, 0–1. */
  confidence: number
}

interface Token {
  start: number
  end: number
  /** Comparison form (see `labelWords`). */
  word: string
  /** `word` without surrounding punctuation. */
  bare: string
  flags: number
  /** Written with a capital and lower case letters ("Python", not "ICT"). */
  capitalized: boolean
  /** Parenthesis depth before the token (labels never break inside parentheses). */
  depth: number
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
  const evidence = options.document ? [options.document, ...lexicons] : lexicons
  const words = tokens.map((token) => token.word)
  const boundary = boundaryScores(tokens, evidence)
  addRepetition(tokens, boundary)
  const known = knownSpans(words, lexicons, options.document)
  // How plausible each token is as a one-word label nobody knows: fields
  // ("hydrology") and names ("Python") are; "software" or "hygienic" is not.
  const single = new Float64Array(count)
  for (const [index, token] of tokens.entries()) {
    single[index] =
      weights.singleUnknown +
      (token.flags & field ? weights.singleField : 0) +
      (token.capitalized ? weights.singleCapitalized : 0)
  }

  const score = (from: number, to: number): number => {
    const length = to - from
    let value = from === 0 ? 0 : boundary[from]!
    const isKnown = known.has(from * (count + 1) + to)
    if (length === 1) {
      value += weights.lengthOne
      if (!isKnown) value += single[from]!
    } else if (length > 5) {
      value += weights.lengthLong * (length - 5)
    }

    if (isKnown) value += weights.known + weights.knownPerWord * length
    return value
  }

  const best = new Float64Array(count + 1).fill(Number.NEGATIVE_INFINITY)
  const back = new Int32Array(count + 1)
  best[0] = 0
  for (let to = 1; to <= count; to++) {
    for (let from = Math.max(0, to - maxSpan); from < to; from++) {
      const value = best[from]! + score(from, to)
      if (value > best[to]!) {
        best[to] = value
        back[to] = from
      }
    }
  }

  const after = new Float64Array(count + 1).fill(Number.NEGATIVE_INFINITY)
  after[count] = 0
  for (let from = count - 1; from >= 0; from--) {
    for (let to = from + 1; to <= Math.min(count, from + maxSpan); to++) {
      const value = score(from, to) + after[to]!
      if (value > after[from]!) after[from] = value
    }
  }

  const cuts: number[] = []
  for (let at = count; at > 0; at = back[at]!) cuts.push(at)
  cuts.push(0)
  cuts.reverse()

  const margins = gapMargins(count, best, after, score)
  const segments: Segment[] = []
  for (let index = 0; index + 1 < cuts.length; index++) {
    const from = cuts[index]!
    const to = cuts[index + 1]!
    let margin = Math.min(margins[from] ?? Infinity, margins[to] ?? Infinity)
    for (let gap = from + 1; gap < to; gap++) margin = Math.min(margin, margins[gap]!)
    const first = tokens[from]!
    const last = tokens[to - 1]!
    segments.push({
      start: first.start,
      end: last.end,
      text: line.slice(first.start, last.end),
      entry: known.get(from * (count + 1) + to),
      confidence: margin === Number.POSITIVE_INFINITY ? 1 : 1 / (1 + Math.exp(-margin))
    })
  }

  return segments
}

/**
 * For each inner gap, how much better the best segmentation is than the best
 * one that decides that gap the other way (0 and `count` are not gaps).
 */
function gapMargins(
  count: number,
  best: Float64Array,
  after: Float64Array,
  score: (from: number, to: number) => number
): Float64Array {
  const total = best[count]!
  // Best total with no boundary at each gap: over spans covering it.
  const joined = new Float64Array(count + 1).fill(Number.NEGATIVE_INFINITY)
  for (let from = 0; from < count; from++) {
    for (let to = from + 2; to <= Math.min(count, from + maxSpan); to++) {
      const value = best[from]! + score(from, to) + after[to]!
      for (let gap = from + 1; gap < to; gap++) if (value > joined[gap]!) joined[gap] = value
    }
  }

  const margins = new Float64Array(count + 1).fill(Number.POSITIVE_INFINITY)
  for (let gap = 1; gap < count; gap++) {
    const split = best[gap]! + after[gap]!
    margins[gap] = Math.abs(split - joined[gap]!)
    if (!Number.isFinite(margins[gap]!)) margins[gap] = Number.POSITIVE_INFINITY
    void total
  }

  return margins
}

function tokenize(line: string): Token[] {
  const tokens: Token[] = []
  let start = -1
  let depth = 0
  for (let index = 0; index <= line.length; index++) {
    const code = index === line.length ? 32 : line.charCodeAt(index)
    const space = code === 32 || code === 9 || code === 0xa0
    if (space && start !== -1) {
      const raw = line.slice(start, index)
      const word = labelWords(raw)[0] ?? raw
      const plain = bare(word)
      tokens.push({
        start,
        end: index,
        word,
        bare: plain,
        flags: wordClass(plain),
        capitalized: isCapitalized(raw),
        depth
      })
      for (const character of raw) {
        if (character === '(') depth++
        else if (character === ')' && depth > 0) depth--
      }

      start = -1
    } else if (!space && start === -1) {
      start = index
    }
  }

  return tokens
}

function isCapitalized(raw: string): boolean {
  const first = raw.charCodeAt(0)
  if (first < 65 || first > 90) return false
  for (let index = 1; index < raw.length; index++) {
    const code = raw.charCodeAt(index)
    if (code >= 97 && code <= 122) return true
  }

  return false
}

/** A word without surrounding punctuation, for the word classes. */
function bare(word: string): string {
  let start = 0
  let end = word.length
  while (start < end && !isWordCharacter(word.charCodeAt(start))) start++
  while (end > start && !isWordCharacter(word.charCodeAt(end - 1))) end--
  return word.slice(start, end)
}

function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || code > 127
}

/**
 * A pair of words that occurs twice or more in the line is a phrase the line
 * repeats ("motion picture", "sales activities"): evidence against a boundary
 * between them.
 */
function addRepetition(tokens: readonly Token[], boundary: Float64Array): void {
  const seen = new Map<string, number>()
  for (let index = 1; index < tokens.length; index++) {
    const pair = tokens[index - 1]!.bare + ' ' + tokens[index]!.bare
    seen.set(pair, (seen.get(pair) ?? 0) + 1)
  }

  for (let index = 1; index < tokens.length; index++) {
    const pair = tokens[index - 1]!.bare + ' ' + tokens[index]!.bare
    if (seen.get(pair)! > 1) boundary[index]! += weights.repeatedInside
  }
}

/** Boundary log-odds at each gap (index k = gap before token k; index 0 unused). */
export function boundaryScores(tokens: readonly Token[], lexicons: readonly Lexicon[]): Float64Array {
  const scores = new Float64Array(tokens.length)
  for (let index = 1; index < tokens.length; index++) {
    scores[index] = gapScore(tokens[index - 1]!, tokens[index]!, tokens[index + 1], lexicons)
  }

  return scores
}

function gapScore(a: Token, b: Token, after: Token | undefined, lexicons: readonly Lexicon[]): number {
  const p = a.flags
  const n = b.flags
  // A label never ends in a function word, a possessive or a comma, never
  // starts with a function word or a particle, never breaks in parentheses.
  if (p & (functionWord | possessive) || a.word.endsWith(',')) return forbidden
  if (n & (functionWord | particle)) return forbidden
  if (b.depth > 0 || b.word.startsWith('(')) return forbidden

  let value = weights.bias
  if (n & verb) value += weights.nextVerb
  else if (n & ambiguousVerb) value += weights.nextAmbiguousVerb
  if (n & adjective && !(p & (adjective | verb | ambiguousVerb))) value += weights.nextAdjective
  if (n & gerund) value += weights.nextGerund
  if (n & plural) value += weights.nextPlural
  if (n & headNoun) value += weights.nextHeadNoun
  if (n & participle) value += weights.nextParticiple
  if (p & headNoun) value += weights.previousHeadNoun
  else if (p & plural) value += weights.previousPlural
  if (p & adjective) value += weights.previousAdjective
  if (p & verb) value += weights.previousVerb
  else if (p & ambiguousVerb) value += weights.previousAmbiguousVerb
  if (p & gerund) value += weights.previousGerund
  if (n & abstractNoun) value += weights.nextAbstract
  if (p & abstractNoun) value += weights.previousAbstract
  if (n & field) value += weights.nextField
  if (p & field) value += weights.previousField
  if (b.capitalized && !a.capitalized) value += weights.nextCapitalized
  if (a.capitalized && !b.capitalized) value += weights.previousCapitalized
  if (after?.bare === 'of') value += weights.nextBeforeOf
  if (a.word.endsWith(')')) value += weights.previousParenthesis

  for (const lexicon of lexicons) {
    if (lexicon.size === 0) continue
    value += weights.learnedEnd * positionEvidence(lexicon.endCount(a.word), lexicon.wordCount(a.word))
    value += weights.learnedStart * positionEvidence(lexicon.startCount(b.word), lexicon.wordCount(b.word))
    if (!(n & verb) && lexicon.seenAsVerb(b.bare)) value += weights.nextSeenAsVerb
    if (lexicon.hasBigram(a.word, b.word)) value += weights.learnedInside * 2
    else if (lexicon.hasTextBigram(a.bare, b.bare)) value += weights.textInside
  }

  return value
}

/**
 * How much more often than usual a word sits at a label edge, in log-odds:
 * "manage" starts most labels it is in, "management" few. Smoothed towards
 * the typical rate, so a word seen once says little; 0 for unseen words.
 */
function positionEvidence(atEdge: number, seen: number): number {
  if (seen === 0) return 0
  const typical = 0.3
  const strength = 2
  return Math.log((atEdge + typical * strength) / (seen + strength)) - Math.log(typical)
}

/**
 * Spans the lexicons know, except the document's own labels: key
 * `from * (count + 1) + to` → entry (most trusted lexicon first).
 */
function knownSpans(
  words: readonly string[],
  lexicons: readonly Lexicon[],
  own: Lexicon | undefined
): Map<number, LexiconEntry> {
  const known = new Map<number, LexiconEntry>()
  const count = words.length
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
