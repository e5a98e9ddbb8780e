import {collapse} from '../extract/text.js'
import type {Block} from '../sections/block.js'
import type {DetectContext, Detector} from '../sections/detector.js'
import {isHeadingCandidate, matchHeading} from '../sections/headings.js'

/*
 * Where a value can be written so that the parser reads it back unchanged.
 * Markdown escapes cannot help here: the parser reads the plain text of a
 * heading or a line (escapes are gone by then) and then applies the
 * heuristics of copy-pasted pages to it — heading aliases, a "Profession "
 * prefix, boilerplate phrases. So each candidate spelling is run through the
 * parser's own heading matcher, and a value that no spelling keeps goes to
 * YAML front matter instead.
 */

/**
 * The text of a `#` heading the parser reads back as `title`, or `undefined`
 * when there is none (the title then goes to front matter). Tries the title
 * as is, then with a "Profession " prefix, which the parser strips: it keeps
 * a title that is a section name ("Knowledge") or starts with "Profession ",
 * `#` or `*` ("Profession Profession coach" → "Profession coach").
 */
export function titleHeading(title: string, detectors: readonly Detector[]): string | undefined {
  for (const text of [title, 'Profession ' + title]) {
    const match = matchHeading(headingBlock(text, 1), detectors, {format: 'markdown', index: 0})
    if (match?.detector.field !== 'title') continue
    if (collapse(match.argument || text) === title) return text
  }

  return undefined
}

/**
 * The heading text of a related-professions section whose area the parser
 * reads back unchanged, or `undefined` when no spelling keeps it (an area
 * ending in `:`, `*`, `_` or `#`).
 */
export function relatedHeading(area: string, detectors: readonly Detector[]): string | undefined {
  for (const prefix of ['Related professions', 'Related occupations', 'Similar professions']) {
    const text = area === '' ? prefix : prefix + ' ' + area
    const match = matchHeading(headingBlock(text, 2), detectors, {format: 'markdown', index: 1})
    if (match?.detector.field === 'relatedProfessions' && (match.argument ?? '') === area) return text
  }

  return undefined
}

/**
 * Whether the description paragraphs, written as the lines after the title
 * heading, are read back as the description: no line may be dropped as
 * boilerplate or read as a section heading (`Skills`, `Interests: music`).
 */
export function descriptionFits(paragraphs: readonly string[], detectors: readonly Detector[]): boolean {
  return paragraphs.every((text, offset) => {
    const context: DetectContext = {format: 'markdown', index: offset + 1}
    const block = lineBlock(text)
    if (detectors.some((detector) => detector.isNoise?.(block, context))) return false
    if (isHeadingCandidate(block) && matchHeading(block, detectors, context)) return false
    return !inlineHeading(text, detectors, context)
  })
}

/** `Personality Type: Enterprising / Artistic`: a heading and its value on one line. */
function inlineHeading(text: string, detectors: readonly Detector[], context: DetectContext): boolean {
  const colon = text.indexOf(': ')
  if (colon < 1 || colon > 60) return false
  const match = matchHeading(lineBlock(text.slice(0, colon)), detectors, context)
  return match !== undefined && !match.argument
}

function headingBlock(text: string, depth: number): Block {
  return {...lineBlock(text), kind: 'heading', depth}
}

function lineBlock(text: string): Block {
  const point = {line: 1, column: 1, offset: 0}
  return {
    kind: 'line',
    text,
    depth: 0,
    gap: 1,
    indent: 0,
    position: {start: point, end: point},
    node: {type: 'text', value: text},
    details: []
  }
}
