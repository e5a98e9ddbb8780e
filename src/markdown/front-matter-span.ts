/**
 * Where the YAML front matter a Markdown document opens with ends, found as
 * remark-frontmatter finds it: a `---` line first, up to the next `---`
 * line (trailing spaces and tabs allowed on both).
 *
 * @param text
 *   The document, decoded.
 * @returns
 *   The offset after the closing `---` (and its trailing spaces), or 0 when
 *   the document has no front matter.
 */
export function frontMatterEnd(text: string): number {
  let end = fenceEnd(text, 0)
  if (end === -1 || end === text.length) return 0
  for (;;) {
    // The next line.
    const newline = lineEnd(text, end)
    if (newline === text.length) return 0
    const start = text.charCodeAt(newline) === 13 && text.charCodeAt(newline + 1) === 10 ? newline + 2 : newline + 1
    end = fenceEnd(text, start)
    if (end !== -1) return end
    end = start
  }
}

/**
 * Where the Markdown of a document starts: the line after the front matter
 * that ends at `end` (see `frontMatterEnd`), or 0 when there is none.
 */
export function bodyStart(text: string, end: number): number {
  if (end === 0) return 0
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2
  return Math.min(end + 1, text.length)
}

/**
 * The document with its first `end` characters blanked: every one but line
 * endings becomes a space, so lines, columns and offsets stay where they
 * were and there is nothing left to read there.
 *
 * @param text
 *   The document.
 * @param end
 *   Where the part to blank ends.
 */
export function blankPrefix(text: string, end: number): string {
  let prefix = ''
  let from = 0
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) {
      prefix += ' '.repeat(index - from) + text[index]
      from = index + 1
    }
  }

  return prefix + ' '.repeat(end - from) + text.slice(end)
}

/** The end of a `---` fence line starting at `start` (after trailing spaces and tabs), or -1. */
function fenceEnd(text: string, start: number): number {
  if (!text.startsWith('---', start)) return -1
  let index = start + 3
  while (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9) index++
  return index === text.length || text.charCodeAt(index) === 10 || text.charCodeAt(index) === 13 ? index : -1
}

function lineEnd(text: string, from: number): number {
  let index = from
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) return index
    index++
  }

  return index
}
