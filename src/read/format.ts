import type {Format} from '../sections/detector.js'

/** Format option: a format, or `"auto"` to decide from the content. */
export type FormatOption = Format | 'auto'

const markdownExtensions = ['.md', '.markdown']
const htmlExtensions = ['.html', '.htm']

/** The format a file name implies: Markdown for `.md`/`.markdown`, HTML for `.html`/`.htm`, else text. */
export function formatFromPath(path: string): Format {
  const lower = path.toLowerCase()
  if (htmlExtensions.some((extension) => lower.endsWith(extension))) return 'html'
  return markdownExtensions.some((extension) => lower.endsWith(extension)) ? 'markdown' : 'text'
}

/**
 * Guess the format from the content (for stdin): HTML when the document
 * opens (after whitespace) with `<!doctype html` or `<html`; Markdown when
 * it opens with YAML front matter, or has an ATX heading (`# `…`###### `) or
 * a `**bold**` list item within its first 200 lines.
 */
export function sniffFormat(text: string): Format {
  if (isHtmlPage(text)) return 'html'
  if (text.startsWith('---\n') || text.startsWith('---\r\n')) return 'markdown'
  let lineStart = 0
  for (let count = 0; count < 200 && lineStart < text.length; count++) {
    let end = text.indexOf('\n', lineStart)
    if (end === -1) end = text.length
    if (isAtxHeading(text, lineStart, end) || isBoldItem(text, lineStart)) return 'markdown'
    lineStart = end + 1
  }

  return 'text'
}

function isAtxHeading(text: string, start: number, end: number): boolean {
  let index = start
  while (index < end && index - start < 6 && text.charCodeAt(index) === 35 /* # */) index++
  const hashes = index - start
  return hashes > 0 && hashes <= 6 && (index === end || text.charCodeAt(index) === 32)
}

function isBoldItem(text: string, start: number): boolean {
  const head = text.slice(start, start + 4)
  return head === '- **' || head === '* **'
}

function isHtmlPage(text: string): boolean {
  let start = 0
  while (start < text.length && start < 4096 && /\s/.test(text[start]!)) start++
  const head = text.slice(start, start + 14).toLowerCase()
  return head.startsWith('<!doctype html') || head.startsWith('<html')
}
