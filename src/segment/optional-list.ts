import type {Position} from 'unist'
import {collectLabels} from '../extract/items.js'
import {hasSeparator, hasStrongSeparator, splitOnSeparators, type LinePart} from '../extract/separated.js'
import {wordCount} from '../extract/text.js'
import {phraseKind, wordShape, wordsKindOf} from '../language/shape.js'
import type {ItemKind} from '../model/profession.js'
import type {Block} from '../sections/block.js'
import {partsOf} from '../sections/part-of.js'
import type {Lexicon, LexiconEntry} from './lexicon.js'
import type {OwnLabels} from './own-labels.js'
import {segmentLine, type Segment, type SegmentOptions} from './segmenter.js'
import type {Word} from './words.js'

/** A label of the optional list, with where it starts. */
export interface OptionalLabel {
  name: string
  kind: ItemKind
  position: Position
  /** The lexicon entry the label matched. */
  entry: LexiconEntry | undefined
  /** How sure the segmentation is of this label, 0–1 (1 when no segmentation was needed). */
  confidence: number
}

/**
 * Whether a line is a list with separators rather than a run-on line whose
 * labels contain commas ("fish, crustaceans and molluscs"): `;`, `|` and
 * bullets always separate (the line is split on them alone, see
 * `splitOnSeparators`), unless a part runs past 20 words; commas only when
 * the parts are short (none over 10 words), or many and short on average.
 */
function isSeparatedList(line: string, parts: ReadonlyArray<{name: string}>): boolean {
  if (parts.length < 2) return false
  const counts = parts.map((part) => wordCount(part.name))
  if (hasStrongSeparator(line)) return counts.every((count) => count <= 20)
  if (counts.some((count) => count > 10)) return false
  const average = counts.reduce((sum, count) => sum + count, 0) / counts.length
  return counts.every((count) => count <= 4) || (parts.length >= 3 && average <= 5)
}

/** How to read the optional list. */
export interface OptionalListOptions extends SegmentOptions {
  /**
   * The text the blocks' positions count in (`ExtractContext.source`): with
   * it, a label read from part of a line is placed exactly (see `partOf`).
   */
  source?: string | undefined
}

/**
 * Read the optional knowledge and skills: one label per item or short line;
 * a line with separators (`,` `;` `|` `·` `•`) split on them; a run-on line
 * with no separators segmented (see `segmentLine`).
 */
export function readOptionalList(blocks: readonly Block[], options: OptionalListOptions): OptionalLabel[] {
  const lexicons: ReadonlyArray<Lexicon | OwnLabels> = [...(options.lexicons ?? []), ...(options.document ? [options.document] : [])]
  const labels: OptionalLabel[] = []
  const lines = unwrap(blocks, collectLabels(blocks))
  const listed = lines.length > 1 && lines.every((line) => wordCount(line.name) <= 8)

  for (const [index, line] of lines.entries()) {
    if (listed || blocks[index]?.kind === 'item') {
      const entry = lookup(line.name, lexicons)
      labels.push({name: line.name, kind: kindOf(line.name, entry), position: line.position, entry, confidence: 1})
      continue
    }

    // A run-on line (no separator at all) is segmented without being split first.
    const separated = hasSeparator(line.name) ? splitOnSeparators(line.name) : noParts
    const place = partsOf(line.position, options.source === undefined ? undefined : {source: options.source, text: line.name})
    if (isSeparatedList(line.name, separated)) {
      for (const part of separated) {
        const entry = lookup(part.name, lexicons)
        labels.push({
          name: part.name,
          kind: kindOf(part.name, entry),
          position: place(part.offset, part.name.length),
          entry,
          confidence: 1
        })
      }

      continue
    }

    for (const segment of segmentLine(line.name, options)) {
      labels.push({
        name: segment.text,
        kind: segmentKind(segment),
        position: place(segment.start, segment.end - segment.start),
        entry: segment.entry,
        confidence: segment.confidence
      })
    }
  }

  return labels
}

/**
 * Lines of a run-on list hard-wrapped at a width (a copy from a terminal or
 * a mail, "… work in an" / "international environment …"), joined again:
 * the wrap falls anywhere, inside a label too, so the lines are segmented
 * as the one line they were. Lines are taken for wrapped when three or more
 * follow each other with no blank line between, and every line but the
 * last is long (40 characters or more), about as long as the longest (three
 * quarters of it or more), and full: the next line's first word would not
 * have fitted on it within the longest line's width. Lines of one label
 * each are short or uneven, and each keeps the boundary its line end
 * makes; two lines say too little to tell.
 */
function unwrap(blocks: readonly Block[], lines: Array<{name: string; position: Position}>): Array<{name: string; position: Position}> {
  if (lines.length < 2 || lines.length !== blocks.length) return lines
  if (blocks.some((block) => block.kind !== 'line' || block.details.length > 0)) return lines
  const joined: Array<{name: string; position: Position}> = []
  let from = 0
  while (from < lines.length) {
    let to = from + 1
    while (to < lines.length && blocks[to]!.gap === 0) to++
    if (isWrapped(lines, from, to)) joined.push(joinLines(lines, from, to))
    else for (let index = from; index < to; index++) joined.push(lines[index]!)
    from = to
  }

  return joined
}

/** Whether `lines[from..to)` read as one line wrapped at a width (see `unwrap`). */
function isWrapped(lines: ReadonlyArray<{name: string}>, from: number, to: number): boolean {
  if (to - from < 3) return false
  let longest = 0
  for (let index = from; index < to; index++) longest = Math.max(longest, lines[index]!.name.length)
  for (let index = from; index < to - 1; index++) {
    const length = lines[index]!.name.length
    if (length < 40 || length < longest * 0.75) return false
    const next = lines[index + 1]!.name
    const firstWord = next.indexOf(' ')
    if (length + 1 + (firstWord === -1 ? next.length : firstWord) <= longest) return false
  }

  return true
}

function joinLines(lines: ReadonlyArray<{name: string; position: Position}>, from: number, to: number): {name: string; position: Position} {
  const names: string[] = []
  for (let index = from; index < to; index++) names.push(lines[index]!.name)
  return {name: names.join(' '), position: {start: lines[from]!.position.start, end: lines[to - 1]!.position.end}}
}

/** Knowledge or skill: from the lexicon entry when it says, else from the label's shape. */
export function kindOf(name: string, entry: LexiconEntry | undefined, words?: readonly string[]): ItemKind {
  return entry?.kind ?? phraseKind(name, words)
}

/** Knowledge or skill of a segmented label: from its lexicon entry or the document's own label, else from its words' shape. */
function segmentKind(segment: Segment): ItemKind {
  const entry = segment.entry ?? segment.own
  if (entry?.kind) return entry.kind
  const {first, last, count} = segment
  return wordsKindOf(first.bare, shapeOf(first), last.bare, count > 1 ? shapeOf(last) : 0, count)
}

/** `wordShape` of a word's bare form, kept with the word. */
function shapeOf(word: Word): number {
  if (word.shape === -1) word.shape = wordShape(word.bare)
  return word.shape
}

function lookup(name: string, lexicons: ReadonlyArray<Lexicon | OwnLabels>): LexiconEntry | undefined {
  for (const lexicon of lexicons) {
    const entry = lexicon.get(name)
    if (entry) return entry
  }

  return undefined
}

const noParts: LinePart[] = []
