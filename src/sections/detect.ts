import {endsLikeSentence, startsLowerCase} from '../extract/text.js'
import {en} from '../locales/en.js'
import type {LocalePack} from '../locales/locale.js'
import type {Report} from '../messages/report.js'
import type {Block} from './block.js'
import type {DetectContext, Detector, Format, Section} from './detector.js'
import {isHeadingCandidate, matchHeading, type DetectorMatch} from './headings.js'
import {inferItemSections} from './infer.js'
import {partOf} from './part-of.js'

/** Sections found in a document, and what no section took. */
export interface Detection {
  /** Sections in document order. */
  sections: Section[]
  /** Markdown headings no detector recognised, with the content under them. */
  unknown: Array<{heading: Block; blocks: Block[]}>
  /** Content outside every section. */
  unassigned: Block[]
}

/** A stretch of the document: a recognised section, an unknown one, or heading-less blocks. */
export type Region =
  | {kind: 'section'; section: Section; detector: Detector}
  | {kind: 'unknown'; heading: Block; blocks: Block[]}
  | {kind: 'run'; blocks: Block[]}

/**
 * Find the sections of a document: drop boilerplate, recognise headings,
 * give each section the blocks under it (as far as its detector's `extent`
 * reaches), then infer the sections whose headings are missing: leading
 * lines become the description, heading-less item groups are shared among
 * the item detectors by position, shape and blank-line gaps.
 *
 * @param locale
 *   The document's locale pack, whose words the detectors read. Default: English.
 */
export function detectSections(
  blocks: readonly Block[],
  detectors: readonly Detector[],
  format: Format,
  report: Report,
  locale: LocalePack = en,
  frontMatter?: Readonly<Record<string, unknown>>
): Detection {
  const kept = dropNoise(blocks, detectors, format, report, locale, frontMatter)
  const regions = segment(kept, detectors, format, locale, frontMatter)
  const unassigned: Block[] = []

  keepSurestTitle(regions, unassigned)
  takeLeadingLines(regions, detectors, unassigned)
  const inferred = inferItemSections(regions, detectors, format, unassigned, locale, frontMatter)

  const unknown: Detection['unknown'] = []
  for (const region of regions) {
    if (region.kind === 'unknown') unknown.push({heading: region.heading, blocks: region.blocks})
  }

  return {sections: inferred, unknown, unassigned}
}

function dropNoise(
  blocks: readonly Block[],
  detectors: readonly Detector[],
  format: Format,
  report: Report,
  locale: LocalePack,
  frontMatter: Readonly<Record<string, unknown>> | undefined
): Block[] {
  const filters = detectors.filter((detector) => detector.isNoise)
  if (filters.length === 0) return [...blocks]
  const kept: Block[] = []
  // Indexed loops: no entry pair and no callback made per block.
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    const context: DetectContext = {format, index, locale, frontMatter}
    let filter: Detector | undefined
    for (const detector of filters) {
      if (detector.isNoise!(block, context)) {
        filter = detector
        break
      }
    }

    if (filter) {
      report.add({
        ruleId: filter.id,
        severity: 'info',
        reason: 'Dropped ' + filter.description.toLowerCase() + ': “' + ellipsis(block.text) + '”',
        place: block.position
      })
    } else {
      kept.push(block)
    }
  }

  return kept
}

/** Split the blocks at recognised headings. */
function segment(
  blocks: readonly Block[],
  detectors: readonly Detector[],
  format: Format,
  locale: LocalePack,
  frontMatter: Readonly<Record<string, unknown>> | undefined
): Region[] {
  const regions: Region[] = []
  let run: Block[] = []
  // The content list new blocks go to, and the depth of the Markdown heading that opened it.
  let target: Block[] = run
  let openDepth = 0
  let open: Region | undefined

  const closeOpen = () => {
    if (open?.kind === 'section') applyExtent(open, regions, {format, index: -1, locale, frontMatter})
    open = undefined
  }

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    // An item is never a heading and opens nothing: it joins the open
    // region as it is, with no context made for it (most blocks are items).
    if (block.kind === 'item') {
      target.push(block)
      continue
    }

    const context: DetectContext = {format, index, locale, frontMatter}
    const continued = continuesSentence(block, blocks[index - 1])
    const found = !continued && isHeadingCandidate(block) ? matchHeading(block, detectors, context) : undefined
    const inline = found || continued || block.kind !== 'line' ? undefined : matchInlineHeading(block, detectors, context)
    const match = found ?? inline?.match

    if (match) {
      if (run.length > 0) regions.push({kind: 'run', blocks: run})
      run = []
      closeOpen()
      const section: Section = {
        detector: match.detector.id,
        heading: inline ? inline.heading : block,
        argument: match.argument,
        blocks: inline ? [inline.value] : [],
        confidence: match.confidence ?? 1,
        inferred: false
      }
      open = {kind: 'section', section, detector: match.detector}
      regions.push(open)
      target = section.blocks
      openDepth = block.kind === 'heading' ? block.depth : 0
      continue
    }

    // A Markdown heading nobody knows opens an unknown section, unless it sits
    // below the open section's heading (`### Name` items under `## Skills`).
    const subheading =
      openDepth > 0 &&
      block.depth > openDepth &&
      open?.kind === 'section' &&
      open.detector.field !== 'title'
    if (block.kind === 'heading' && !subheading) {
      if (run.length > 0) regions.push({kind: 'run', blocks: run})
      run = []
      closeOpen()
      const unknown: Region = {kind: 'unknown', heading: block, blocks: []}
      open = unknown
      regions.push(unknown)
      target = unknown.blocks
      openDepth = block.depth
      continue
    }

    target.push(block)
  }

  closeOpen()
  if (run.length > 0) regions.push({kind: 'run', blocks: run})
  return regions
}

/**
 * Whether a line goes on with the sentence of the line right above it: no
 * blank line between, no closing punctuation above, a lower-case start. A
 * paragraph wrapped at "…assist guests with various" goes on with "tasks
 * such as …", which is no "Tasks <profession>" heading.
 */
function continuesSentence(block: Block, previous: Block | undefined): boolean {
  if (block.kind !== 'line' || block.gap !== 0 || previous?.kind !== 'line') return false
  if (!startsLowerCase(block.text) || previous.text === '') return false
  const last = previous.text.charCodeAt(previous.text.length - 1)
  return !endsLikeSentence(previous.text) && last !== 58 /* : */
}

/** `Personality Type: Enterprising / Artistic` on one line. */
function matchInlineHeading(
  block: Block,
  detectors: readonly Detector[],
  context: DetectContext
): {match: DetectorMatch; heading: Block; value: Block} | undefined {
  const colon = block.text.indexOf(': ')
  if (colon < 1 || colon > 60) return undefined
  const headingText = block.text.slice(0, colon)
  const heading: Block = {...block, text: headingText, details: []}
  const match = matchHeading(heading, detectors, context)
  if (!match || match.argument) return undefined
  const value: Block = {
    ...block,
    text: block.text.slice(colon + 2).trim(),
    gap: 0,
    position: partOf(block.position, colon + 2)
  }
  return {match, heading, value}
}

/** Cut a section to its detector's extent; the rest becomes a heading-less run. */
function applyExtent(
  region: Region & {kind: 'section'},
  regions: Region[],
  context: DetectContext
): void {
  const {section, detector} = region
  if (!detector.extent) return
  const size = Math.max(0, Math.min(section.blocks.length, detector.extent(section, context)))
  if (size === section.blocks.length) return
  const rest = section.blocks.slice(size)
  section.blocks = section.blocks.slice(0, size)
  regions.push({kind: 'run', blocks: rest})
}

/**
 * A document has one title. When several lines read as one (the first line
 * taken for the title with less confidence, and a "Profession <name>" line
 * below it), the surest wins, the first of equally sure ones; the others are
 * content outside every section: a breadcrumb or a site name above the
 * title line is not the title, and is reported rather than lost.
 */
function keepSurestTitle(regions: Region[], unassigned: Block[]): void {
  let best: Section | undefined
  let count = 0
  for (const region of regions) {
    if (region.kind !== 'section' || region.detector.field !== 'title') continue
    count++
    if (!best || region.section.confidence > best.confidence) best = region.section
  }

  if (count < 2) return
  let kept = 0
  for (const region of regions) {
    if (region.kind === 'section' && region.detector.field === 'title' && region.section !== best) {
      if (region.section.heading) unassigned.push(region.section.heading)
      append(unassigned, region.section.blocks)
      continue
    }

    regions[kept++] = region
  }

  regions.length = kept
}

/**
 * Give the lines that open the document (after the title, before any other
 * section and before the first item) to the detector that takes them. Lines
 * above a title are not the description (a breadcrumb, a "Skip to main
 * content" link): they are content outside every section.
 */
function takeLeadingLines(regions: Region[], detectors: readonly Detector[], unassigned: Block[]): void {
  const taker = detectors.find((detector) => detector.takesLeadingLines)
  if (!taker) return
  if (regions.some((region) => region.kind === 'section' && region.detector === taker)) return

  // Runs of lines before a title section that opens the document.
  let first = 0
  while (first < regions.length && regions[first]!.kind === 'run') first++
  const title = regions[first]
  if (first > 0 && title?.kind === 'section' && title.detector.field === 'title') {
    for (let index = 0; index < first; index++) {
      const region = regions[index] as Region & {kind: 'run'}
      let count = 0
      while (count < region.blocks.length && region.blocks[count]!.kind === 'line') count++
      // Items before the title are left for inference, as before.
      if (count === 0) break
      append(unassigned, region.blocks.slice(0, count))
      region.blocks = region.blocks.slice(count)
      if (region.blocks.length > 0) break
    }
  }

  const lines: Block[] = []
  let insertAt = -1
  for (const [index, region] of regions.entries()) {
    if (region.kind === 'section' && region.detector.field !== 'title') break
    if (region.kind !== 'run') {
      if (region.kind === 'unknown') break
      continue
    }

    let count = 0
    while (count < region.blocks.length && region.blocks[count]!.kind === 'line') count++
    if (count > 0) {
      for (let index = 0; index < count; index++) lines.push(region.blocks[index]!)
      region.blocks = region.blocks.slice(count)
      if (insertAt === -1) insertAt = index
    }

    if (region.blocks.length > 0) break
  }

  if (lines.length === 0) return
  const section: Section = {
    detector: taker.id,
    heading: undefined,
    argument: undefined,
    blocks: lines,
    confidence: 0.9,
    inferred: true
  }
  regions.splice(insertAt, 0, {kind: 'section', section, detector: taker})
}

/** `target.push(...items)` without the spread, which overflows the stack on long lists. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}

function ellipsis(value: string): string {
  return value.length > 60 ? value.slice(0, 57) + '…' : value
}
