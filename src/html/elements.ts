import type {Element} from 'hast'

/*
 * How each element reads on a rendered page, as far as a profile is
 * concerned: skipped, a heading, a list, a block with space around it, or
 * inline. Elements not listed are inline, as in CSS; a block inside one
 * still ends the line.
 */

/** What a page shows around its content, and what it never shows. */
const skipped = new Set([
  'head',
  'script',
  'style',
  'template',
  'noscript',
  'nav',
  'aside',
  'dialog',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'audio',
  'video',
  'img',
  'picture',
  'map',
  'input',
  'select',
  'textarea',
  'button',
  'datalist',
  'option'
])

/** Sectioning elements: a `header` inside one belongs to its content. */
const sectioning = new Set(['article', 'aside', 'main', 'nav', 'section'])

/**
 * Blank lines a block element puts before and after itself. Sections and
 * rules put two — the double blank line that ends an item group on a
 * copy-pasted page; paragraphs, headings and lists one; `div`, `li` and the
 * like start a new line.
 */
const margins = new Map<string, number>([
  ['section', 2],
  ['article', 2],
  ['hr', 2],
  ['p', 1],
  ['h1', 1],
  ['h2', 1],
  ['h3', 1],
  ['h4', 1],
  ['h5', 1],
  ['h6', 1],
  ['pre', 1],
  ['blockquote', 1],
  ['figure', 1],
  ['table', 1],
  ['address', 1],
  ['fieldset', 1],
  ['details', 1],
  ['dl', 1],
  ['ul', 1],
  ['ol', 1],
  ['menu', 1],
  ...['html', 'body', 'main', 'div', 'header', 'footer', 'hgroup', 'search', 'form', 'center'].map(
    (name) => [name, 0] as [string, number]
  ),
  ...['li', 'dt', 'dd', 'tr', 'td', 'th', 'caption', 'figcaption', 'legend', 'summary', 'thead', 'tbody', 'tfoot'].map(
    (name) => [name, 0] as [string, number]
  )
])

/** Blank lines around a block element, or `undefined` for an inline one. */
export function marginOf(element: Element): number | undefined {
  return margins.get(element.tagName)
}

/** The rank of a heading element (`h1` → 1), else `undefined`. */
export function headingRank(element: Element): 1 | 2 | 3 | 4 | 5 | 6 | undefined {
  const name = element.tagName
  if (name.length !== 2 || name[0] !== 'h') return undefined
  const rank = name.charCodeAt(1) - 48
  return rank >= 1 && rank <= 6 ? (rank as 1 | 2 | 3 | 4 | 5 | 6) : undefined
}

/** Whether a list element: `ul`, `ol`, `menu` (items `li`) or `dl` (items `dt`, `dd`). */
export function isList(element: Element): boolean {
  const name = element.tagName
  return name === 'ul' || name === 'ol' || name === 'menu' || name === 'dl'
}

/** `strong` for `<b>`/`<strong>`, `emphasis` for `<i>`/`<em>`. */
export function wrapperOf(element: Element): 'strong' | 'emphasis' | undefined {
  const name = element.tagName
  if (name === 'strong' || name === 'b') return 'strong'
  if (name === 'em' || name === 'i') return 'emphasis'
  return undefined
}

/**
 * Whether an element is left out: scripts, styles, navigation, asides,
 * embedded content, form controls, hidden elements, footers, and the page's
 * banner (a `header` outside any sectioning element).
 *
 * @param inSection
 *   Whether the element is inside `article`, `aside`, `main`, `nav` or `section`.
 */
export function isSkipped(element: Element, inSection: boolean): boolean {
  const name = element.tagName
  if (skipped.has(name)) return true
  // An article's `header` holds its title; a `footer` never holds the profile.
  if (name === 'footer' || (name === 'header' && !inSection)) return true
  const properties = element.properties
  if (properties['hidden'] !== undefined && properties['hidden'] !== false && properties['hidden'] !== null) return true
  if (String(properties['ariaHidden'] ?? '') === 'true') return true
  const style = properties['style']
  return typeof style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
}

/** Whether an element starts a sectioning context (see `isSkipped`). */
export function isSectioning(element: Element): boolean {
  return sectioning.has(element.tagName)
}
