import {collapse, isLabelLike, trimPunctuation} from '../extract/text.js'
import type {Block} from './block.js'
import type {DetectContext, Detector, HeadingMatch} from './detector.js'

/**
 * Normalise heading text for comparison: lower case, whitespace collapsed,
 * emphasis marks, `#` and a trailing colon removed, `&` read as "and".
 */
export function normalizeHeading(value: string): string {
  return displayHeading(value).toLowerCase()
}

/** Like `normalizeHeading`, keeping the case (for arguments such as an area name). */
function displayHeading(value: string): string {
  return trimPunctuation(collapse(value)).replace(/ & /g, ' and ')
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
 * its heading.
 */
export function matchHeading(
  block: Block,
  detectors: readonly Detector[],
  context: DetectContext
): DetectorMatch | undefined {
  const display = displayHeading(block.text)
  const key = display.toLowerCase()
  const index = headingIndex(detectors)
  // The first detector, in registry order, whose alias, prefix or hook matches.
  const aliased = index.aliases.get(key)
  for (const [position, detector] of detectors.entries()) {
    if (aliased !== undefined && aliased <= position) return {detector: detectors[aliased]!}

    for (const prefix of detector.headingPrefixes ?? []) {
      if (key === prefix) return {detector, argument: ''}
      if (key.startsWith(prefix + ' ')) {
        return {detector, argument: display.slice(prefix.length + 1).trim()}
      }
    }

    if (detector.matchHeading) {
      const custom = detector.matchHeading(block, context)
      if (custom) return {detector, ...custom}
    }
  }

  return undefined
}

/** Heading alias → the registry position of the first detector with it, per detector list. */
const indexes = new WeakMap<readonly Detector[], {aliases: Map<string, number>}>()

function headingIndex(detectors: readonly Detector[]): {aliases: Map<string, number>} {
  let index = indexes.get(detectors)
  if (!index) {
    const aliases = new Map<string, number>()
    for (const [position, detector] of detectors.entries()) {
      for (const heading of detector.headings ?? []) {
        if (!aliases.has(heading)) aliases.set(heading, position)
      }
    }

    index = {aliases}
    indexes.set(detectors, index)
  }

  return index
}
