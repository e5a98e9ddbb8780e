/*
 * Render a copy-pasted page back into the HTML page it could have been
 * copied from: recognised headings as `<h1>`/`<h2>`, lines as `<p>` (lines
 * of one paragraph joined by `<br>`), items as `<ul><li>` with their
 * description paragraphs inside, and a new `<section>` at every double blank
 * line. Used to check that a saved page reads as its copy does.
 */
import {parse} from '../../src/parse.js'
import type {Block} from '../../src/sections/block.js'
import {flatten} from '../../src/sections/flatten.js'
import {tokenizeText} from '../../src/tokenize/tokenize-text.js'

/**
 * @param options
 *   `strong`: write item names in `<strong>`, as `<li><strong>Name</strong><p>…`.
 */
export function renderPage(text: string, options: {strong?: boolean} = {}): string {
  const headings = new Map<number, string>()
  for (const section of parse(text, {format: 'text'}).sections) {
    if (section.heading === undefined || section.inferred || !section.position) continue
    // Only whole-line headings: `Personality Type: EA` stays a paragraph.
    headings.set(section.position.start.line, section.detector === 'title' ? 'h1' : 'h2')
  }

  const blocks = flatten(tokenizeText(text), text)
  let html = '<!doctype html>\n<html>\n<head><title>Saved page</title></head>\n<body>\n<nav><a href="/">Home</a></nav>\n<main>\n<section>\n'
  let index = 0
  while (index < blocks.length) {
    const block = blocks[index]!
    if (index > 0 && block.gap >= 2) html += '</section>\n<section>\n'
    const tag = headings.get(block.position.start.line)
    if (tag && block.kind === 'line') {
      html += `<${tag}>${escape(block.text)}</${tag}>\n`
      index++
    } else if (block.kind === 'item') {
      const end = runEnd(blocks, index, (next) => next.kind === 'item')
      html += list(blocks.slice(index, end), options.strong === true)
      index = end
    } else {
      const end = runEnd(blocks, index, (next) => next.kind === 'line' && next.gap === 0 && !headings.has(next.position.start.line))
      html += paragraphs(blocks.slice(index, end))
      index = end
    }
  }

  return html + '</section>\n</main>\n<footer><p>© Careers</p></footer>\n</body>\n</html>\n'
}

/** End of the run of blocks after `start` that continue it (never across a double blank line). */
function runEnd(blocks: readonly Block[], start: number, continues: (block: Block) => boolean): number {
  let end = start + 1
  while (end < blocks.length && blocks[end]!.gap < 2 && continues(blocks[end]!)) end++
  return end
}

function list(items: readonly Block[], strong: boolean): string {
  let html = '<ul>\n'
  for (const item of items) {
    const name = escape(item.text)
    html += `  <li>${strong && item.details.length > 0 ? `<strong>${name}</strong>` : name}`
    const details = item.details
    let index = 0
    while (index < details.length) {
      if (details[index]!.kind === 'item') {
        const end = runEnd(details, index, (next) => next.kind === 'item')
        html += '\n' + list(details.slice(index, end), strong)
        index = end
      } else {
        const end = runEnd(details, index, (next) => next.kind === 'line' && next.gap === 0)
        html += '\n    ' + paragraphs(details.slice(index, end))
        index = end
      }
    }

    html += '</li>\n'
  }

  return html + '</ul>\n'
}

function paragraphs(lines: readonly Block[]): string {
  return `<p>${lines.map((line) => escape(line.text)).join('<br>\n')}</p>\n`
}

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
