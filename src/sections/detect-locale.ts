import {compileLocale} from '../locales/compile.js'
import {en} from '../locales/en.js'
import type {LocalePack} from '../locales/locale.js'
import {localeGeneration, registeredLocales} from '../locales/registry.js'
import type {Block} from './block.js'
import type {Detector} from './detector.js'
import {isHeadingCandidate, normalizeHeading} from './headings.js'

/*
 * Which language a document is in, from its headings: each heading
 * candidate, in document order, is looked up among the heading words
 * (aliases and prefixes) every registered pack has for the detectors in use.
 * A word several packs share counts for each; ` & ` reads as each pack's own
 * conjunction, as when sections are matched. Reading stops as soon as one
 * pack leads by two headings — after the title and the first section on
 * almost every page — so the cost is a few look-ups per document.
 */

/** Hits one pack needs over every other to stop reading. */
const lead = 2

interface LocaleIndex {
  generation: number
  packs: readonly LocalePack[]
  /** Heading word → indexes of the packs that have it. */
  aliases: Map<string, number[]>
  /** Prefixes with a trailing space, and the packs that have them. */
  prefixes: Array<{prefix: string; spaced: string; packs: number[]}>
  /** The packs by what ` & ` reads as in them (their first conjunction, or `&`). */
  ands: Array<{and: string; packs: number[]}>
}

const indexes = new WeakMap<readonly Detector[], LocaleIndex>()

/**
 * The registered locale a document is most likely written in: the pack with
 * the most headings in the document, English (or else the first registered
 * pack) when none has more.
 *
 * @param blocks
 *   The document's blocks.
 * @param detectors
 *   The detectors in use: only their words count.
 */
export function detectLocale(blocks: readonly Block[], detectors: readonly Detector[]): LocalePack {
  const index = localeIndex(detectors)
  const {packs} = index
  const fallback = packs.includes(en) ? en : packs[0]!
  if (packs.length < 2) return fallback
  const scores = new Array<number>(packs.length).fill(0)

  for (const block of blocks) {
    if (!isHeadingCandidate(block)) continue
    const hits = lookup(index, normalizeHeading(block.text, '&'))
    if (!hits) continue
    for (const pack of hits) scores[pack]!++
    if (decided(scores)) break
  }

  let best = -1
  let tie = false
  for (const [pack, score] of scores.entries()) {
    if (best === -1 || score > scores[best]!) {
      best = pack
      tie = false
    } else if (score === scores[best]) {
      tie = true
    }
  }

  return tie || scores[best] === 0 ? fallback : packs[best]!
}

/** Whether one pack is `lead` hits ahead of every other. */
function decided(scores: readonly number[]): boolean {
  let first = 0
  let second = 0
  for (const score of scores) {
    if (score > first) {
      second = first
      first = score
    } else if (score > second) {
      second = score
    }
  }

  return first - second >= lead
}

function lookup(index: LocaleIndex, key: string): readonly number[] | undefined {
  if (!key.includes(' & ')) return find(index, key)
  // Each pack's words were normalised with its own conjunction: read the
  // heading once per conjunction, keeping the packs that read it so.
  const hits: number[] = []
  for (const {and, packs} of index.ands) {
    for (const pack of find(index, key.replaceAll(' & ', ' ' + and + ' ')) ?? []) {
      if (packs.includes(pack) && !hits.includes(pack)) hits.push(pack)
    }
  }

  return hits.length > 0 ? hits : undefined
}

function find(index: LocaleIndex, key: string): readonly number[] | undefined {
  const exact = index.aliases.get(key)
  if (exact) return exact
  for (const {prefix, spaced, packs} of index.prefixes) {
    if (key === prefix || key.startsWith(spaced)) return packs
  }

  return undefined
}

function localeIndex(detectors: readonly Detector[]): LocaleIndex {
  const generation = localeGeneration()
  let index = indexes.get(detectors)
  if (!index || index.generation !== generation) {
    index = buildIndex(detectors, registeredLocales(), generation)
    indexes.set(detectors, index)
  }

  return index
}

function buildIndex(detectors: readonly Detector[], packs: readonly LocalePack[], generation: number): LocaleIndex {
  const aliases = new Map<string, number[]>()
  const prefixes = new Map<string, number[]>()
  const ands = new Map<string, number[]>()
  const add = (map: Map<string, number[]>, word: string, pack: number, and: string) => {
    const key = normalizeHeading(word, and)
    if (key === '') return
    const list = map.get(key)
    if (!list) map.set(key, [pack])
    else if (!list.includes(pack)) list.push(pack)
  }

  for (const [position, pack] of packs.entries()) {
    const {and} = compileLocale(pack)
    ands.set(and, [...(ands.get(and) ?? []), position])
    for (const detector of detectors) {
      if (Object.hasOwn(pack.headings, detector.id)) {
        for (const word of pack.headings[detector.id]!) add(aliases, word, position, and)
      }

      if (pack.headingPrefixes && Object.hasOwn(pack.headingPrefixes, detector.id)) {
        for (const word of pack.headingPrefixes[detector.id]!) add(prefixes, word, position, and)
      }
    }
  }

  return {
    generation,
    packs,
    aliases,
    prefixes: [...prefixes].map(([prefix, owners]) => ({prefix, spaced: prefix + ' ', packs: owners})),
    ands: [...ands].map(([and, owners]) => ({and, packs: owners}))
  }
}
