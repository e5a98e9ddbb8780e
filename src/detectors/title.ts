import {collapse, isLabelLike, normalizeKey, startsLowerCase, trimPunctuation} from '../extract/text.js'
import {en} from '../locales/en.js'
import type {LocalePack} from '../locales/locale.js'
import type {Detector, Section} from '../sections/detector.js'

/**
 * The profession's name: the `# Title` of a Markdown profile (or the
 * heading of another level that opens it), the line
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
    const locale = context.locale ?? en
    if (block.kind === 'heading' && block.depth === 1) {
      return {argument: stripPrefix(block.text, locale) ?? trimPunctuation(collapse(block.text))}
    }

    // A profile whose outline starts one level down (`## Name` over `###`
    // sections, or every heading at `##`) opens with its title all the same,
    // unless front matter names the profession; a `#` heading further on is
    // surer, and wins.
    if (block.kind === 'heading' && context.index === 0 && !frontMatterTitle(context.frontMatter)) {
      return {argument: stripPrefix(block.text, locale) ?? trimPunctuation(collapse(block.text)), confidence: 0.8}
    }

    // "Profession: producer": the prefix and a colon (the prefix and a space
    // are the heading prefix itself, matched before this hook).
    if (block.kind === 'line') {
      const name = stripPrefix(block.text, locale, ':')
      if (name) return {argument: name}
    }

    if (context.index === 0 && block.kind === 'line' && isLabelLike(block.text, 8)) {
      return {argument: block.text, confidence: 0.7}
    }

    return undefined
  },
  // A bullet repeating the name right under the title belongs to the
  // title, as does the rest of a title line hard-wrapped at a width.
  extent(section) {
    const first = section.blocks[0]
    if (continuesTitle(section)) return 1
    const name = normalizeKey(section.argument || section.heading?.text || '')
    return first?.kind === 'item' && first.details.length === 0 && normalizeKey(first.text) === name
      ? 1
      : 0
  },
  extract(section, context) {
    const rest = continuesTitle(section) ? section.blocks[0] : undefined
    const value = collapse((section.argument || section.heading?.text || '') + (rest ? ' ' + rest.text : ''))
    if (!value) return undefined
    if (section.heading) {
      const {start, end} = section.heading.position
      context.locate([], rest ? {start, end: rest.position.end} : {start, end})
    }

    return value
  },
  fromFrontMatter(frontMatter, context) {
    const value = frontMatterTitle(frontMatter.data)
    if (!value) return undefined
    const position = frontMatter.positions['title'] ?? frontMatter.positions['name']
    if (position) context.locate([], position)
    return collapse(value)
  }
}

/**
 * Whether the section's first block is the rest of its title line, which a
 * hard wrap at a width cut ("Profession import export manager in mining,
 * construction and civil" / "engineering machinery"): a line right under a
 * long title line (40 characters or more), with no blank line between,
 * that reads as a label and starts lower case. A description starts a
 * sentence, and a copied page puts a blank line before it.
 */
function continuesTitle(section: Section): boolean {
  const first = section.blocks[0]
  const heading = section.heading
  if (first?.kind !== 'line' || first.gap !== 0 || !heading || heading.kind !== 'line') return false
  return heading.text.length >= 40 && isLabelLike(first.text, 8) && startsLowerCase(first.text)
}

/** The `title:` (or `name:`) of front matter, when it is a non-empty string. */
function frontMatterTitle(data: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = data?.['title'] ?? data?.['name']
  return typeof value === 'string' && value.trim() ? value : undefined
}

/**
 * "Profession producer" or "Profession: producer" → "producer", with the
 * locale's title prefixes; `undefined` when the text has no such prefix.
 *
 * @param only
 *   Accept only this separator after the prefix (`':'`); default: a space or a colon.
 */
function stripPrefix(value: string, locale: LocalePack, only?: ':'): string | undefined {
  const text = trimPunctuation(collapse(value))
  const lower = text.toLowerCase()
  for (const prefix of locale.headingPrefixes?.['title'] ?? []) {
    const start = prefix.trim().toLowerCase()
    if (!lower.startsWith(start)) continue
    const after = lower.charCodeAt(start.length)
    const colon = after === 58 /* : */
    if (only === ':' ? !colon : !colon && after !== 32) continue
    const name = text.slice(start.length + (colon ? 1 : 0)).trim()
    // "Profession:" alone names nothing; nor does a colon not followed by a space ("Profession:x").
    if (name && (!colon || lower.charCodeAt(start.length + 1) === 32)) return name
  }

  return undefined
}
