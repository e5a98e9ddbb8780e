import {
  abstractNoun,
  adjective,
  adverb,
  ambiguousVerb,
  determiner,
  field,
  functionWord,
  gerund,
  headNoun,
  knowledgeHead,
  participle,
  particle,
  plural,
  possessive,
  verb
} from '../language/word-class.js'
import type {Lexicon} from './lexicon.js'
import type {TextEvidence} from './text-evidence.js'
import type {Token} from './tokens.js'

/*
 * The boundary model: log-odds that a label ends between two tokens, from
 * hand-written English rules on the words either side (an imperative verb
 * starts a skill, a function word never ends a label, a head noun such as
 * "legislation" tends to end one, an adjective after a noun starts a new
 * noun phrase) and from what known labels and running text teach at run
 * time (which words start and end labels, which pairs go together).
 */

/** Weights of the boundary model and of the span scores, in log-odds units. */
export const weights = {
  bias: -0.8,
  nextDeterminer: -3,
  nextVerb: 4.95,
  nextAmbiguousVerb: 0.92,
  nextAdjective: 1,
  nextGerund: 0,
  nextPlural: -0.73,
  nextHeadNoun: -0.83,
  nextParticiple: 1.27,
  previousKnowledgeHead: 0.5,
  previousHeadNoun: 1.5,
  previousPlural: 2.17,
  previousAdjective: -3.51,
  previousVerb: -3,
  previousAmbiguousVerb: 0.4,
  previousAdverb: -2,
  previousGerund: 0.6,
  nextAbstract: -0.67,
  previousAbstract: 0.58,
  nextSeenAsVerb: -0.44,
  nextField: 2.02,
  previousField: 3.3,
  nextCapitalized: 3.69,
  previousCapitalized: 2.58,
  nextBeforeOf: 0.92,
  previousParenthesis: 3.5,
  textInside: -3.75,
  repeatedInside: -1.72,
  learnedEnd: 0.72,
  learnedStart: 0.5,
  learnedInside: -1.7,
  known: 3.56,
  knownPerWord: 0.5,
  singleUnknown: -1.27,
  singleField: 1.68,
  singleCapitalized: 1.14,
  singlePart: -3,
  lengthOne: -1.6,
  lengthLong: -0.3
}

/** Score of a boundary that can never be: a label ending in "of", say. */
export const forbidden = -1e9

/** One source of evidence: a lexicon and what it says about the line's tokens. */
export interface Evidence {
  lexicon: Lexicon
  /** What the lexicon's running text says about the line's words. */
  text: TextEvidence
  /** Per token: how much more often than usual its word starts a known label. */
  starts: Float64Array
  /** Per token: how much more often than usual its word ends a known label. */
  ends: Float64Array
}

/**
 * Per token, how much more often than usual its word sits at a label edge in
 * `lexicon`, in log-odds: "manage" starts most labels it is in, "management"
 * few. Smoothed towards the typical rate, so a word seen once says little;
 * 0 for unseen words.
 */
export function edgeEvidence(tokens: readonly Token[], lexicon: Lexicon, edge: 'start' | 'end'): Float64Array {
  const values = new Float64Array(tokens.length)
  if (lexicon.size === 0) return values
  const typical = 0.3
  const strength = 2
  for (const [index, token] of tokens.entries()) {
    const seen = lexicon.wordCount(token.word)
    if (seen === 0) continue
    const atEdge = edge === 'start' ? lexicon.startCount(token.word) : lexicon.endCount(token.word)
    values[index] = Math.log((atEdge + typical * strength) / (seen + strength) / typical)
  }

  return values
}

/** Boundary log-odds at each gap (index k = gap before token k; index 0 unused). */
export function boundaryScores(tokens: readonly Token[], evidence: readonly Evidence[]): Float64Array {
  const scores = new Float64Array(tokens.length)
  for (let index = 1; index < tokens.length; index++) {
    scores[index] = gapScore(tokens, index, evidence)
  }

  addRepetition(tokens, scores)
  return scores
}

function gapScore(tokens: readonly Token[], index: number, evidence: readonly Evidence[]): number {
  const a = tokens[index - 1]!
  const b = tokens[index]!
  const after = tokens[index + 1]
  const p = a.flags
  const n = b.flags
  // A label never ends in a function word, a possessive or a comma, never
  // starts with a function word or a particle, never breaks in parentheses.
  if (p & (functionWord | possessive | determiner) || a.word.endsWith(',')) return forbidden
  if (n & (functionWord | particle)) return forbidden
  if (b.depth > 0 || b.word.startsWith('(')) return forbidden

  let value = weights.bias
  if (n & determiner) value += weights.nextDeterminer
  if (n & verb) value += weights.nextVerb
  else if (n & ambiguousVerb) value += weights.nextAmbiguousVerb
  // A noun followed by an adjective: a new noun phrase starts ("promote music | financial …").
  if (n & adjective && !(p & (adjective | verb | ambiguousVerb | particle | possessive | participle | adverb))) {
    value += weights.nextAdjective
  }

  if (p & adverb) value += weights.previousAdverb
  if (n & gerund) value += weights.nextGerund
  if (n & plural) value += weights.nextPlural
  if (n & headNoun) value += weights.nextHeadNoun
  if (n & participle) value += weights.nextParticiple
  if (p & knowledgeHead) value += weights.previousKnowledgeHead
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

  for (const {lexicon, text, starts, ends} of evidence) {
    value += weights.learnedEnd * ends[index - 1]! + weights.learnedStart * starts[index]!
    if (lexicon.hasBigram(a.word, b.word)) value += weights.learnedInside * 2
    else if (text.pairs.size > 0 && text.pairs.has(a.bare + ' ' + b.bare)) value += weights.textInside
    if (!(n & verb) && text.verbs.has(b.bare)) value += weights.nextSeenAsVerb
  }

  return value
}

/**
 * A pair of words that occurs twice or more in the line is a phrase the line
 * repeats ("motion picture", "sales activities"): evidence against a boundary
 * between them.
 */
function addRepetition(tokens: readonly Token[], scores: Float64Array): void {
  const pairs = new Map<number, number>()
  const keys = new Float64Array(tokens.length)
  for (let index = 1; index < tokens.length; index++) {
    // Exact in a double: ids stay below 2^21.
    const key = tokens[index - 1]!.id * 2_097_152 + tokens[index]!.id
    keys[index] = key
    pairs.set(key, (pairs.get(key) ?? 0) + 1)
  }

  if (pairs.size === tokens.length - 1) return
  for (let index = 1; index < tokens.length; index++) {
    if (pairs.get(keys[index]!)! > 1) scores[index]! += weights.repeatedInside
  }
}
