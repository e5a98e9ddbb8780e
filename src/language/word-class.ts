import {
  ambiguousVerbs,
  articles,
  determiners,
  functionWords,
  headNouns,
  knowledgeHeads,
  lyNouns,
  particles,
  plainAdjectives,
  verbs
} from './english.js'

/*
 * Word classes from spelling and the hand-written lists, as bit flags so a
 * token's class is computed once and tested cheaply.
 */

/** Article, preposition, conjunction: never ends a label. */
export const functionWord = 1
/** "out", "up": keeps a verb phrase going; never starts a label. */
export const particle = 2
/** A verb that rarely opens a noun phrase ("manage", "ensure"). */
export const verb = 4
/** A verb that also opens noun phrases ("design", "process", "film"). */
export const ambiguousVerb = 8
/** Looks like an adjective ("financial", "strategic", "creative"). */
export const adjective = 16
/** Looks like a plural noun ("budgets", "activities"). */
export const plural = 32
/** A head noun that tends to end knowledge labels ("legislation", "techniques"). */
export const headNoun = 64
/** An -ing form ("accounting", "recording"). */
export const gerund = 128
/** An -ed form ("automated", "used"): continues a noun phrase, rarely opens a label. */
export const participle = 256
/** A possessive ("animal's"): the noun it owns follows, so a label never ends here. */
export const possessive = 512
/** A field of study or practice ("mechanics", "biology", "photography", "physiotherapy"). */
export const field = 1024

/** An abstract noun ("assessment", "production", "quality"). */
export const abstractNoun = 2048

/** An adverb ("potentially", "creatively"): it modifies what follows. */
export const adverb = 4096
/** A head noun that ends knowledge labels and rarely modifies another noun ("legislation", "principles"). */
export const knowledgeHead = 8192
/** "various", "appropriate": never ends a label, rarely opens one. */
export const determiner = 16384
/** "the", "a", "an": a function word, and the word before it is a verb or a preposition. */
export const article = 32768

const abstractEndings = ['tion', 'sion', 'ment', 'ance', 'ence', 'ity', 'ness', 'ship']

const fieldEndings = ['ics', 'ogy', 'graphy', 'istry', 'nomy', 'sophy', 'therapy', 'ism']

/** Nouns ending like adjectives, common in labels. */
const alNouns = new Set(
  `animal approval arrival capital chemical chemicals criminal disposal festival hospital interval
  journal manual material materials mineral minerals metal metals official officials pedal potential
  principal professional professionals proposal proposals referral referrals removal rental renewal
  signal signals survival terminal terminals total trial trials tutorial individual individuals
  electrical mechanical periodical periodicals musical musicals technical music logic clinic
  clinics fabric fabrics traffic mechanic mechanics arithmetic rhetoric topic topics tactic tactics
  critic critics plastic plastics ceramic ceramics graphic graphics cosmetic cosmetics public
  republic panic relic garlic`.split(/\s+/)
)

const adjectiveEndings = ['al', 'ic', 'ive', 'ous', 'able', 'ible', 'ary', 'ful', 'less', 'ian', 'ular']

/** Prefixes and suffixes of hyphenated modifiers: "anti-cancer", "non-profit", "long-term", "web-based". */
const adjectivePrefixes = ['anti-', 'non-', 'multi-', 'semi-']
const adjectiveSuffixes = ['-term', '-based', '-related', '-specific', '-friendly', '-free', '-scale', '-time']

function isCompoundAdjective(word: string): boolean {
  if (!word.includes('-')) return false
  return (
    adjectivePrefixes.some((prefix) => word.startsWith(prefix) && word.length > prefix.length + 2) ||
    adjectiveSuffixes.some((suffix) => word.endsWith(suffix) && word.length > suffix.length + 1)
  )
}

/** The class flags of a lower-case word. */
export function wordClass(word: string): number {
  let flags = 0
  if (functionWords.has(word)) flags |= articles.has(word) ? functionWord | article : functionWord
  else if (determiners.has(word)) return determiner
  if (particles.has(word)) flags |= particle
  if (ambiguousVerbs.has(word)) flags |= ambiguousVerb
  else if (verbs.has(word)) flags |= verb
  if (headNouns.has(word)) flags |= headNoun
  if (knowledgeHeads.has(word)) flags |= knowledgeHead
  if (flags & (functionWord | particle)) return flags

  const length = word.length
  // Verbs such as "receive" or "drive" only look like adjectives; "cable" and
  // "table" are too short for -able to be a suffix.
  if (
    length > 4 &&
    !(flags & (verb | ambiguousVerb)) &&
    !alNouns.has(word) &&
    adjectiveEndings.some((ending) => word.endsWith(ending) && length - ending.length >= 3)
  ) {
    flags |= adjective
  }

  if (
    length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !word.endsWith('us') &&
    !word.endsWith('is') &&
    !word.endsWith('ous') &&
    !(flags & verb)
  ) {
    flags |= plural
  }

  if (length > 5 && word.endsWith('ing')) flags |= gerund
  if (plainAdjectives.has(word) || isCompoundAdjective(word)) flags |= adjective
  if (length > 4 && word.endsWith('ly') && !lyNouns.has(word) && !(flags & (verb | ambiguousVerb))) {
    flags = (flags & ~adjective) | adverb
  }

  if (length > 5 && abstractEndings.some((ending) => word.endsWith(ending))) flags |= abstractNoun
  if (length > 5 && fieldEndings.some((ending) => word.endsWith(ending))) flags = (flags & ~plural) | field
  if (length > 4 && word.endsWith('ed') && !(flags & (verb | ambiguousVerb))) flags |= participle
  if (word.endsWith("'s") || word.endsWith("s'")) flags = (flags & ~plural) | possessive
  return flags
}
