import {
  abstractNoun,
  adjective,
  adverb,
  ambiguousVerb,
  article,
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
import {closesParenthesis, endsWithComma, isConjunction, isOf, opensParenthesis} from './words.js'

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
  nextFramedVerb: 2,
  previousFramedVerb: -3,
  nextAdjective: 1,
  nextGerund: 0,
  nextPlural: -0.73,
  nextHeadNoun: -0.83,
  nextParticiple: 1.27,
  previousKnowledgeHead: 0.5,
  previousHeadNoun: 1.5,
  previousPlural: 2.17,
  previousAdjective: -3.51,
  previousNameAdjective: -2,
  previousParticiple: -3,
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
  capitalizedThenUpper: 3,
  upperThenUpper: 3,
  capitalizedThenCamel: 3,
  nextBeforeOf: 0.92,
  previousParenthesis: 3.5,
  textInside: -3.75,
  repeatedInside: -1.72,
  learnedEnd: 0.72,
  learnedStart: 0.5,
  learnedStartVerb: 5,
  aloneBefore: 3,
  learnedInside: -1.7,
  known: 3.56,
  knownPerWord: 0.5,
  singleUnknown: -1.27,
  singleField: 1.68,
  singleCapitalized: 1.14,
  singleUpper: 2.5,
  singleAdjective: -4,
  singlePart: -3,
  singleKnownShared: -0.5,
  lengthOne: -1.6,
  lengthLong: -0.3,
  lengthNoun: -1,
  lengthNounLexicon: -0.5,
  lengthLongVerbList: 0,
  lengthNounLongList: -1,
  lengthNounThreeList: -1,
  longTailShare: 0.3
}

/** Score of a boundary that can never be: a label ending in "of", say. */
export const forbidden = -1e9

/** One source of evidence (a lexicon, or a document's own labels) and what it says about the line's tokens. */
export interface Evidence {
  /** What the lexicon's running text says about the line's words. */
  text: TextEvidence
  /** Per token: how much more often than usual its word starts a known label. */
  starts: Float64Array
  /** Per token: how much more often than usual its word ends a known label. */
  ends: Float64Array
  /** Per gap (index k = gap before token k): 1 when some label has the two words side by side; `undefined` for none. */
  inside: Uint8Array | undefined
  /** Whether the evidence comes from a lexicon (true) or from the document's own labels (false). */
  lexicon: boolean
}

/** Per token (into `ids`), the lexicon's number for its word, -1 for a word no label has. */
export function lexiconIds(tokens: readonly Token[], lexicon: Lexicon, ids: Int32Array): Int32Array {
  for (let index = 0; index < tokens.length; index++) ids[index] = lexicon.wordId(tokens[index]!.word)
  return ids
}

/**
 * Per token, how much more often than usual its word sits at a label edge in
 * `lexicon`, in log-odds: "manage" starts most labels it is in, "management"
 * few. Smoothed towards the typical rate, so a word seen once says little;
 * 0 for unseen words. `ids` from `lexiconIds`; the first `count` values are set.
 */
export function edgeEvidence(
  ids: Int32Array | undefined,
  count: number,
  lexicon: Lexicon,
  edge: 'start' | 'end',
  values: Float64Array
): Float64Array {
  values.fill(0, 0, count)
  if (!ids) return values
  const start = edge === 'start'
  for (let index = 0; index < count; index++) {
    const id = ids[index]!
    if (id === -1) continue
    const seen = lexicon.seenOf(id)
    if (seen === 0) continue
    values[index] = edgeOdds(start ? lexicon.startsOf(id) : lexicon.endsOf(id), seen)
  }

  return values
}

/**
 * How much more often than usual a word sits at a label edge, in log-odds,
 * from the labels it is in (`seen`) and those it starts or ends (`atEdge`).
 */
export function edgeOdds(atEdge: number, seen: number): number {
  return seen < oddsSide && atEdge <= seen ? smallOdds[seen * oddsSide + atEdge]! : computeOdds(atEdge, seen)
}

function computeOdds(atEdge: number, seen: number): number {
  const typical = 0.3
  const strength = 2
  return Math.log((atEdge + typical * strength) / (seen + strength) / typical)
}

/**
 * `edgeOdds` of the small counts, worked out once (the same figures): most
 * words of a line are in a few labels, and a logarithm per word and edge was
 * a tenth of reading a document's own labels.
 */
const oddsSide = 32
const smallOdds = new Float64Array(oddsSide * oddsSide)
for (let seen = 0; seen < oddsSide; seen++) {
  for (let atEdge = 0; atEdge <= seen; atEdge++) smallOdds[seen * oddsSide + atEdge] = computeOdds(atEdge, seen)
}

/**
 * Per gap (into `values`), 1 when some label of `lexicon` has the two words
 * side by side; `undefined` for an empty lexicon. `ids` from `lexiconIds`.
 */
export function insideEvidence(
  ids: Int32Array | undefined,
  count: number,
  lexicon: Lexicon,
  values: Uint8Array
): Uint8Array | undefined {
  if (!ids) return undefined
  values[0] = 0
  for (let index = 1; index < count; index++) values[index] = lexicon.hasIdBigram(ids[index - 1]!, ids[index]!) ? 1 : 0
  return values
}

/** Boundary log-odds at each gap (index k = gap before token k; index 0 unused). */
export function boundaryScores(tokens: readonly Token[], evidence: readonly Evidence[], scores: Float64Array): Float64Array {
  scores[0] = 0
  let fromLexicon = false
  for (const source of evidence) if (source.lexicon) fromLexicon = true
  for (let index = 1; index < tokens.length; index++) {
    scores[index] = gapScore(tokens, index, evidence, fromLexicon)
  }

  addRepetition(tokens, scores)
  return scores
}

function gapScore(tokens: readonly Token[], index: number, evidence: readonly Evidence[], fromLexicon: boolean): number {
  const a = tokens[index - 1]!
  const b = tokens[index]!
  const p = a.flags
  const n = b.flags
  // A label never ends in a function word, a possessive or a comma, never
  // starts with a function word or a particle, never breaks in parentheses.
  if (p & (functionWord | possessive | determiner) || a.form.edges & endsWithComma) return forbidden
  if (n & (functionWord | particle)) return forbidden
  if (b.depth > 0 || b.form.edges & opensParenthesis) return forbidden

  let value = weights.bias
  if (n & determiner) value += weights.nextDeterminer
  // A word that an article follows is a verb, not a noun: "… | increase the impact of science"
  // (after an adverb, it goes on the adverb's label: "technically design a sound system").
  const settled = n & ambiguousVerb && !(p & adverb) && index + 1 < tokens.length && tokens[index + 1]!.flags & article
  if (n & verb || settled) value += weights.nextVerb
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
  if (p & adjective) {
    // A capitalised "adjective" is more likely the end of a name before a lower-case word or a name of its own
    // ("Drupal | JavaScript"); before a capitalised word, a name goes on ("Visual Basic").
    value += a.capitalized && ((!b.capitalized && !b.upper) || b.camel) ? weights.previousNameAdjective : weights.previousAdjective
  }
  // A participle modifies the words after it ("advise on fitted ventilation systems"): labels seldom end on one.
  else if (p & participle) value += weights.previousParticiple
  if (p & verb) value += weights.previousVerb
  else if (p & ambiguousVerb) value += weights.previousAmbiguousVerb
  if (p & gerund) value += weights.previousGerund
  if (n & abstractNoun) value += weights.nextAbstract
  if (p & abstractNoun) value += weights.previousAbstract
  if (n & field) value += weights.nextField
  if (p & field) value += weights.previousField
  if (b.capitalized && !a.capitalized) value += weights.nextCapitalized
  if (a.capitalized && !b.capitalized) value += weights.previousCapitalized
  // "Visual Basic MDX": a name in capitals after a capitalised word is a new label.
  if (a.capitalized && b.upper) value += weights.capitalizedThenUpper
  // "SPARK N1QL", "LDAP AJAX": two names in capitals in a row are two labels.
  else if (a.upper && b.upper) value += weights.upperThenUpper
  // "Angular | JavaScript", "Ansible | NoSQL": a name with a capital inside is a name of its own.
  else if (a.capitalized && b.camel) value += weights.capitalizedThenCamel
  if (index + 1 < tokens.length && tokens[index + 1]!.form.edges & isOf) value += weights.nextBeforeOf
  if (a.form.edges & closesParenthesis) value += weights.previousParenthesis

  for (let source = 0; source < evidence.length; source++) {
    const {text, inside, starts, ends} = evidence[source]!
    value += weights.learnedEnd * ends[index - 1]! + weights.learnedStart * starts[index]!
    if (inside !== undefined && inside[index] === 1) value += weights.learnedInside * 2
    else if (text.pairs.size > 0 && text.pairs.has(a.bare + ' ' + b.bare)) value += weights.textInside
    if (!(n & verb) && text.verbs.size > 0 && text.verbs.has(b.bare)) value += weights.nextSeenAsVerb
  }

  // Whether a word the rules take for a verb starts a label is the lexicons' call: "oil", "house" and
  // "condition" are verbs, but labels seldom start with them. At most it cancels the rules' push:
  // "machine learning" and "service rooms" still start labels.
  if (fromLexicon && n & (verb | ambiguousVerb) && !settled) {
    let doubt = 0
    for (let source = 0; source < evidence.length; source++) {
      const {lexicon, starts} = evidence[source]!
      if (lexicon && starts[index]! < doubt) doubt = starts[index]!
    }

    if (doubt < 0) value += Math.max(-(n & verb ? weights.nextVerb : weights.nextAmbiguousVerb), weights.learnedStartVerb * doubt)
  }

  return value
}

/**
 * A word that is both verb and noun ("design", "process", "balance")
 * followed by a word and a preposition is a verb acting on that word: a
 * push for a boundary before it ("… | design indicators for …", "… |
 * process data from …") and against one after it ("balance | hydraulics of
 * …" is not read). Not after an adverb, whose label it goes on. The
 * segmenter adds it where lists of labels know much of the line (its
 * long-tail prior): without a lexicon, with a learned one, or with a list
 * that knows little of the line (ESCO's green collection), measured, it
 * costs more than it gains.
 */
export function addFramedVerbs(tokens: readonly Token[], scores: Float64Array): void {
  const count = tokens.length
  for (let index = 1; index + 2 < count; index++) {
    const flags = tokens[index]!.flags
    if (!(flags & ambiguousVerb) || !framed(tokens, index)) continue
    if (scores[index]! > forbidden && !(tokens[index - 1]!.flags & adverb)) scores[index]! += weights.nextFramedVerb
    if (scores[index + 1]! > forbidden) scores[index + 1]! += weights.previousFramedVerb - weights.previousAmbiguousVerb
  }
}

/**
 * Whether the word at `at` is followed by a word that is not a function
 * word, then by a preposition (a function word other than an article,
 * "and" or "or").
 */
function framed(tokens: readonly Token[], at: number): boolean {
  if (at + 2 >= tokens.length) return false
  const object = tokens[at + 1]!.flags
  const after = tokens[at + 2]!
  return (
    (object & (functionWord | particle | determiner)) === 0 &&
    (after.flags & functionWord) !== 0 &&
    (after.flags & article) === 0 &&
    (after.form.edges & isConjunction) === 0
  )
}

/** Scratch for `addRepetition`, reused while lines are short. */
let pairTable = new Int32Array(0)
let gapSlots = new Int32Array(0)
const keptScratch = 1 << 14

/**
 * A pair of words that occurs twice or more in the line is a phrase the line
 * repeats ("motion picture", "sales activities"): evidence against a boundary
 * between them.
 */
function addRepetition(tokens: readonly Token[], scores: Float64Array): void {
  const count = tokens.length
  if (count < 3) return
  // Open addressing over (first id, second id, occurrences), at least twice
  // as many slots as pairs.
  let slots = 16
  while (slots < 2 * count) slots *= 2
  let table = pairTable
  let gaps = gapSlots
  if (table.length < slots * 3 || gaps.length < count) {
    table = new Int32Array(Math.max(slots * 3, table.length))
    gaps = new Int32Array(Math.max(count, gaps.length))
    if (slots <= keptScratch) {
      pairTable = table
      gapSlots = gaps
    }
  }

  table.fill(-1, 0, slots * 3)
  const mask = slots - 1
  let repeated = false
  for (let index = 1; index < count; index++) {
    const first = tokens[index - 1]!.id
    const second = tokens[index]!.id
    const hash = Math.imul(first, 0x9e_37_79_b1) ^ Math.imul(second + 0x7f_4a_7c_15, 0x85_eb_ca_6b)
    let slot = (hash ^ (hash >>> 15)) & mask
    for (;;) {
      const at = slot * 3
      const stored = table[at]!
      if (stored === -1) {
        table[at] = first
        table[at + 1] = second
        table[at + 2] = 1
        break
      }

      if (stored === first && table[at + 1] === second) {
        table[at + 2]!++
        repeated = true
        break
      }

      slot = (slot + 1) & mask
    }

    gaps[index] = slot * 3 + 2
  }

  if (!repeated) return
  for (let index = 1; index < count; index++) {
    if (table[gaps[index]!]! > 1) scores[index]! += weights.repeatedInside
  }
}
