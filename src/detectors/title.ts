import {collapse, isLabelLike, normalizeKey, trimPunctuation} from '../extract/text.js'
import {en} from '../locales/en.js'
import type {LocalePack} from '../locales/locale.js'
import type {Detector} from '../sections/detector.js'

/**
 * The profession's name: the `# Title` of a Markdown profile, the line
 * "Profession <name>" of a copy-pasted page (the locale's title prefix:
 * "Beroep <naam>" in Dutch), a `title:` in front matter, or else the
 * document's first line when it reads as a label.
 *
 * Listed last in the registry so every other heading is tried first: a page
 * that opens with "Personality Type" has no title line.
 */
export const title: Detector<string> = {
  id: 'title',
  description: 'Title of the profession',
  field: 'title',
  matchHeading(block, context) {
    if (block.kind === 'heading' && block.depth === 1) {
      return {argument: stripPrefix(block.text, context.locale ?? en)}
    }

    if (context.index === 0 && block.kind === 'line' && isLabelLike(block.text, 8)) {
      return {argument: block.text, confidence: 0.7}
    }

    return undefined
  },
  // A bullet repeating the name right under the title belongs to the title.
  extent(section) {
    const first = section.blocks[0]
    const name = normalizeKey(section.argument || section.heading?.text || '')
    return first?.kind === 'item' && first.details.length === 0 && normalizeKey(first.text) === name
      ? 1
      : 0
  },
  extract(section, context) {
    const value = collapse(section.argument || section.heading?.text || '')
    if (!value) return undefined
    if (section.heading) context.locate([], section.heading.position)
    return value
  },
  fromFrontMatter(frontMatter, context) {
    const value = frontMatter.data['title'] ?? frontMatter.data['name']
    if (typeof value !== 'string' || !value.trim()) return undefined
    const position = frontMatter.positions['title'] ?? frontMatter.positions['name']
    if (position) context.locate([], position)
    return collapse(value)
  }
}

/** "Profession producer" → "producer" (in a Markdown `#` heading), with the locale's title prefixes. */
function stripPrefix(value: string, locale: LocalePack): string {
  const text = trimPunctuation(collapse(value))
  const lower = text.toLowerCase()
  for (const prefix of locale.headingPrefixes?.['title'] ?? []) {
    const start = prefix.trim().toLowerCase() + ' '
    if (lower.startsWith(start)) return text.slice(start.length).trim()
  }

  return text
}
