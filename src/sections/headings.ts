import {collapse, isLabelLike, trimPunctuation} from '../extract/text.js'
import {compileLocale} from '../locales/compile.js'
import {en} from '../locales/en.js'
import type {LocalePack} from '../locales/locale.js'
import type {Block} from './block.js'
import type {DetectContext, Detector, HeadingMatch} from './detector.js'

/**
 * Normalise heading text for comparison: lower case, whitespace collapsed,
 * emphasis marks, `#` and a trailing colon removed, a section number before
 * the words and a count after them removed (see `headingWords`), `&` read as
 * `and` (the locale's first conjunction).
 *
 * @param value
 *   Heading text.
 * @param and
 *   What ` & ` reads as. Default: `"and"`.
 */
export function normalizeHeading(value: string, and = 'and'): string {
  return displayHeading(value, and).toLowerCase()
}

/** Like `normalizeHeading`, keeping the case. */
function displayHeading(value: string, and: string): string {
  const text = headingWords(value)
  return text.includes(' & ') ? text.replaceAll(' & ', ' ' + and + ' ') : text
}

/**
 * The words of a heading, as written: whitespace collapsed, emphasis marks,
 * `#` and a trailing colon removed, and the numbering that profiles and
 * careers pages put around a heading's words: a section number before them
 * (`1.`, `1)`, `2.3`, `2.3.`) and a count after them (`(7)`, `[12]`). A
 * bare number is kept on either side ("2024 Skills", "Skills 2"): it may
 * be part of the words.
 */
function headingWords(value: string): string {
  const text = trimPunctuation(collapse(value))
  const start = sectionNumberEnd(text)
  const end = countStart(text)
  // A heading that is nothing but numbering ("1.", "(3)") keeps it.
  return (start === 0 && end === text.length) || start >= end ? text : trimPunctuation(text.slice(start, end))
}

/**
 * Where the words start after a leading section number: digit groups of at
 * most three digits joined by `.`, ending in `.` or `)` unless there are
 * several groups, then a space. 0 when there is none.
 */
function sectionNumberEnd(text: string): number {
  let index = 0
  let groups = 0
  for (;;) {
    const digits = index
    while (index - digits < 4 && isDigit(text.charCodeAt(index))) index++
    if (index === digits || index - digits > 3) return 0
    groups++
    const code = text.charCodeAt(index)
    if (code === 41 /* ) */) {
      index++
      break
    }

    if (code !== 46 /* . */) {
      if (groups === 1) return 0
      break
    }

    index++
    if (!isDigit(text.charCodeAt(index))) break
  }

  return text.charCodeAt(index) === 32 ? index + 1 : 0
}

/**
 * Where a trailing count in parentheses or brackets starts (`Skills (7)`,
 * `Skills [12]`, `Skills(7)`); the length of the text when there is none.
 */
function countStart(text: string): number {
  const last = text.charCodeAt(text.length - 1)
  const open = last === 41 /* ) */ ? 40 /* ( */ : last === 93 /* ] */ ? 91 /* [ */ : -1
  if (open === -1) return text.length
  let index = text.length - 2
  while (index >= 0 && text.charCodeAt(index) === 32) index--
  const digitsEnd = index
  while (index >= 0 && isDigit(text.charCodeAt(index))) index--
  if (index === digitsEnd) return text.length
  while (index >= 0 && text.charCodeAt(index) === 32) index--
  return index >= 0 && text.charCodeAt(index) === open ? index : text.length
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * The argument after a prefix of `words` words, as written: "Arts & crafts"
 * keeps its `&` (the text is single-spaced, and ` & ` and its reading are
 * one word each).
 */
function argumentAfter(value: string, words: number): string {
  const text = headingWords(value)
  let at = 0
  for (let count = 0; count < words && at !== -1; count++) at = text.indexOf(' ', at + 1)
  return at === -1 ? '' : text.slice(at + 1).trim()
}

function wordCount(text: string): number {
  let count = 1
  for (let index = text.indexOf(' '); index !== -1; index = text.indexOf(' ', index + 1)) count++
  return count
}

/**
 * Whether a block may be a heading at all: Markdown headings always; lines
 * only when they read as a short label (copy-pasted pages have no heading
 * syntax, so a heading is a short line outside any list).
 */
export function isHeadingCandidate(block: Block): boolean {
  if (block.kind === 'heading') return true
  // Up to 24 words: "Profession import export manager in machinery, …" is long.
  return block.kind === 'line' && isLabelLike(block.text, 24)
}

/** A heading match together with the detector that made it. */
export interface DetectorMatch extends HeadingMatch {
  detector: Detector
}

/**
 * Find the first detector, in registry order, that recognises `block` as
 * its heading: by an alias (the detector's `headings` and the locale's
 * headings for its id), a prefix, or its `matchHeading` hook.
 *
 * @param context
 *   Where the block is; without `locale`, English.
 */
export function matchHeading(
  block: Block,
  detectors: readonly Detector[],
  context: DetectContext
): DetectorMatch | undefined {
  const index = headingIndex(detectors, context.locale ?? en)
  const key = normalizeHeading(block.text, index.and)
  // The first detector, in registry order, whose alias, prefix or hook
  // matches. A key longer than every alias is none: it is not looked up
  // (which would hash it), as most lines tried are not headings.
  const aliased = key.length <= index.longestAlias ? index.aliases.get(key) : undefined
  for (let position = 0; position < detectors.length; position++) {
    const detector = detectors[position]!
    if (aliased !== undefined && aliased <= position) return {detector: detectors[aliased]!}

    for (const prefix of index.prefixes[position]!) {
      if (key === prefix) return {detector, argument: ''}
      // `key.startsWith(prefix + ' ')`, without making that string.
      if (key.charCodeAt(prefix.length) === 32 && key.startsWith(prefix)) {
        return {detector, argument: argumentAfter(block.text, wordCount(prefix))}
      }
    }

    if (detector.matchHeading) {
      const custom = detector.matchHeading(block, context)
      if (custom) return {detector, ...custom}
    }
  }

  return undefined
}

/** The heading words of one detector list in one locale, normalised once. */
interface HeadingIndex {
  /** Alias → the registry position of the first detector with it. */
  aliases: Map<string, number>
  /** Length of the longest alias. */
  longestAlias: number
  /** Heading prefixes by registry position. */
  prefixes: Array<readonly string[]>
  /** What ` & ` reads as. */
  and: string
}

const indexes = new WeakMap<readonly Detector[], WeakMap<LocalePack, HeadingIndex>>()
// A run parses every document with one list and one pack: compare before looking up.
let last: {detectors: readonly Detector[]; pack: LocalePack; index: HeadingIndex} | undefined

/**
 * The aliases and prefixes of a detector list in a locale: each detector's
 * own words, then the pack's words for its id.
 */
export function headingIndex(detectors: readonly Detector[], pack: LocalePack): HeadingIndex {
  if (last && last.detectors === detectors && last.pack === pack) return last.index
  let byPack = indexes.get(detectors)
  if (!byPack) {
    byPack = new WeakMap()
    indexes.set(detectors, byPack)
  }

  let index = byPack.get(pack)
  if (!index) {
    index = buildIndex(detectors, pack)
    byPack.set(pack, index)
  }

  last = {detectors, pack, index}
  return index
}

function buildIndex(detectors: readonly Detector[], pack: LocalePack): HeadingIndex {
  const {and} = compileLocale(pack)
  const aliases = new Map<string, number>()
  const prefixes: Array<readonly string[]> = []
  for (const [position, detector] of detectors.entries()) {
    for (const heading of [...(detector.headings ?? []), ...wordsOf(pack.headings, detector.id)]) {
      const key = normalizeHeading(heading, and)
      if (key !== '' && !aliases.has(key)) aliases.set(key, position)
    }

    const own = [...(detector.headingPrefixes ?? []), ...wordsOf(pack.headingPrefixes, detector.id)]
    prefixes.push([...new Set(own.map((prefix) => normalizeHeading(prefix, and)).filter(Boolean))])
  }

  let longestAlias = 0
  for (const alias of aliases.keys()) longestAlias = Math.max(longestAlias, alias.length)
  return {aliases, longestAlias, prefixes, and}
}

/** A record's own entry: a detector id such as `constructor` must not reach `Object.prototype`. */
function wordsOf(record: Readonly<Record<string, readonly string[]>> | undefined, id: string): readonly string[] {
  return record !== undefined && Object.hasOwn(record, id) ? record[id]! : []
}
