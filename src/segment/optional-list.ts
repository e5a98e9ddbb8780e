import {collectLabels} from '../extract/items.js'
import {collapse, wordCount} from '../extract/text.js'
import {ambiguousVerbs, functionWords, particles, verbs} from '../language/english.js'
import {lowerWords, phraseKind} from '../language/shape.js'
import type {ItemKind} from '../model/profession.js'
import type {Block} from '../sections/block.js'
import type {Position} from 'unist'

/** A label of the optional list, with where it starts. */
export interface OptionalLabel {
  name: string
  kind: ItemKind
  position: Position
}

/** What the document itself teaches: its essential item names and their kinds. */
export type KnownLabels = ReadonlyMap<string, ItemKind>

/** Head nouns that end a label almost whenever they occur. */
const strongEnders = new Set([
  'legislation', 'principles', 'techniques', 'regulations', 'procedures', 'standards', 'theory',
  'theories', 'methods', 'activities', 'processes', 'products', 'equipment', 'systems', 'types',
  'law', 'laws', 'policies', 'requirements', 'software', 'materials', 'tools', 'machinery',
  'practices', 'strategies', 'technologies', 'methodologies', 'characteristics', 'guidelines',
  'specifications', 'mechanics', 'terminology', 'concepts', 'instruments'
])

/**
 * Read the optional knowledge and skills: one label per item or short line;
 * lines with separators (`,` `;` `|` `·`) split on them; a run-on line with
 * no separators is segmented by rules (see `segmentRunOn`).
 */
export function readOptionalList(blocks: readonly Block[], known: KnownLabels): OptionalLabel[] {
  const labels: OptionalLabel[] = []
  const lines = collectLabels(blocks)
  const short = lines.length > 1 && lines.every((line) => wordCount(line.name) <= 8)

  for (const [index, line] of lines.entries()) {
    const block = blocks[index]
    if (short || block?.kind === 'item') {
      labels.push({name: line.name, kind: kindOf(line.name, known), position: line.position})
      continue
    }

    for (const part of splitLine(line.name, known)) {
      labels.push({
        name: part.name,
        kind: kindOf(part.name, known),
        position: shift(line.position, part.offset)
      })
    }
  }

  return labels
}

/** Knowledge or skill: from the document's own items when it has the label, else from its shape. */
export function kindOf(name: string, known: KnownLabels): ItemKind {
  return known.get(collapse(name).toLowerCase()) ?? phraseKind(name)
}

/** Split on explicit separators when the line has them, else segment the run-on line. */
function splitLine(line: string, known: KnownLabels): Array<{name: string; offset: number}> {
  const separated = splitOnSeparators(line)
  return separated.length > 1 ? separated : segmentRunOn(line, known)
}

function splitOnSeparators(line: string): Array<{name: string; offset: number}> {
  const parts: Array<{name: string; offset: number}> = []
  let start = 0
  for (let index = 0; index <= line.length; index++) {
    const code = index === line.length ? -1 : line.charCodeAt(index)
    if (code === -1 || code === 44 || code === 59 || code === 124 || code === 0xb7 || code === 0x20_22) {
      const raw = line.slice(start, index)
      const name = raw.trim()
      if (name) parts.push({name, offset: start + raw.indexOf(name)})
      start = index + 1
    }
  }

  return parts
}

/**
 * Segment a run-on line of labels joined by single spaces. A label starts at
 * a label the document already knows, at an imperative verb, or after a
 * head noun that ends labels ("legislation", "techniques"); function words
 * never end one. Linear in the line length.
 */
export function segmentRunOn(line: string, known: KnownLabels): Array<{name: string; offset: number}> {
  const tokens = tokenize(line)
  const words = tokens.map((token) => lowerWords(token.text)[0] ?? '')
  const knownStarts = matchKnown(words, known)
  const starts: number[] = [0]
  let protectedUntil = knownStarts.get(0) ?? 0

  for (let index = 1; index < tokens.length; index++) {
    const knownEnd = knownStarts.get(index)
    if (index < protectedUntil) continue
    const previous = words[index - 1]!
    const word = words[index]!
    let boundary = knownEnd !== undefined
    if (!boundary && !functionWords.has(previous) && !particles.has(word) && !functionWords.has(word)) {
      if (
        verbs.has(word) &&
        !(verbs.has(previous) && !ambiguousVerbs.has(previous)) &&
        (!ambiguousVerbs.has(word) || strongEnders.has(previous))
      ) {
        boundary = true
      } else if (strongEnders.has(previous) && !strongEnders.has(word)) {
        boundary = true
      }
    }

    if (boundary) {
      starts.push(index)
      if (knownEnd !== undefined) protectedUntil = knownEnd
    }
  }

  const parts: Array<{name: string; offset: number}> = []
  for (const [position, start] of starts.entries()) {
    const end = starts[position + 1] ?? tokens.length
    const first = tokens[start]!
    const last = tokens[end - 1]!
    parts.push({name: line.slice(first.offset, last.offset + last.text.length), offset: first.offset})
  }

  return parts
}

/** Known labels found in the token stream: start index → end index (exclusive). */
function matchKnown(words: readonly string[], known: KnownLabels): Map<number, number> {
  const found = new Map<number, number>()
  if (known.size === 0) return found
  const maxLength = 8
  for (let start = 0; start < words.length; start++) {
    let phrase = ''
    for (let length = 1; length <= maxLength && start + length <= words.length; length++) {
      phrase = length === 1 ? words[start]! : phrase + ' ' + words[start + length - 1]!
      if (length > 1 && known.has(phrase)) found.set(start, start + length)
    }
  }

  return found
}

function tokenize(line: string): Array<{text: string; offset: number}> {
  const tokens: Array<{text: string; offset: number}> = []
  let start = -1
  for (let index = 0; index <= line.length; index++) {
    const space = index === line.length || line.charCodeAt(index) === 32
    if (space && start !== -1) {
      tokens.push({text: line.slice(start, index), offset: start})
      start = -1
    } else if (!space && start === -1) {
      start = index
    }
  }

  return tokens
}

function shift(position: Position, offset: number): Position {
  const start = position.start
  return {
    start: {
      line: start.line,
      column: start.column + offset,
      offset: start.offset === undefined ? undefined : start.offset + offset
    },
    end: position.end
  }
}
