import type {Root, Yaml} from 'mdast'
import type {Position} from 'unist'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {isMap, isScalar, isSeq, LineCounter, parseDocument} from 'yaml'
import type {Report} from '../messages/report.js'
import type {FrontMatter} from '../sections/detector.js'
import '../tokenize/mdast-data.js'

/** A Markdown document as mdast plus its front matter. */
export interface MarkdownDocument {
  tree: Root
  frontMatter: FrontMatter | undefined
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

/**
 * Parse Markdown with remark-parse (and remark-frontmatter for YAML), then
 * record each list item's bullet and indentation as the text tokenizer does.
 */
export function parseMarkdown(text: string, report: Report): MarkdownDocument {
  const tree = processor.parse(text)
  let frontMatter: FrontMatter | undefined

  const first = tree.children[0]
  if (first?.type === 'yaml') {
    frontMatter = readFrontMatter(first, report)
  }

  annotateItems(tree, text)
  return {tree, frontMatter}
}

function readFrontMatter(node: Yaml, report: Report): FrontMatter {
  const position = node.position!
  const frontMatter: FrontMatter = {
    data: Object.create(null) as Record<string, unknown>,
    position,
    positions: Object.create(null) as Record<string, Position>
  }
  const lineCounter = new LineCounter()
  // YAML, like Markdown, ends lines at a lone CR too; the yaml package counts
  // only LF. A CR turned LF (same length) keeps its lines those of the document.
  const document = parseDocument(node.value.replace(/\r(?!\n)/g, '\n'), {lineCounter, uniqueKeys: false})
  const error = document.errors[0]
  if (error) {
    const [line, column] = [error.linePos?.[0]?.line ?? 1, error.linePos?.[0]?.col ?? 1]
    report.add({
      ruleId: 'front-matter-yaml',
      severity: 'warning',
      reason: 'Cannot parse front matter: ' + firstLine(error.message),
      // The YAML starts on the line after the opening `---`.
      place: {line: position.start.line + line, column}
    })
    return frontMatter
  }

  if (!isMap(document.contents)) {
    if (document.contents !== null) {
      report.add({
        ruleId: 'front-matter-yaml',
        severity: 'warning',
        reason: 'Unexpected front matter that is not a mapping, expected `key: value` lines',
        place: position
      })
    }

    return frontMatter
  }

  // The YAML starts on the line after the opening `---`.
  const toPosition = (range: [number, number, number]): Position => {
    const start = lineCounter.linePos(range[0])
    const end = lineCounter.linePos(range[1])
    return {
      start: {line: position.start.line + start.line, column: start.col},
      end: {line: position.start.line + end.line, column: end.col}
    }
  }

  for (const pair of document.contents.items) {
    if (!isScalar(pair.key)) continue
    const key = String(pair.key.value)
    const value = pair.value as {toJSON?: () => unknown; range?: [number, number, number]} | null
    frontMatter.data[key] = isScalar(value) ? value.value : (value?.toJSON?.() ?? null)
    const range = value?.range ?? (pair.key as {range?: [number, number, number]}).range
    if (range) frontMatter.positions[key] = toPosition(range)
    // Entries of a list get their own positions: `holland/1` is the second.
    if (isSeq(value)) {
      for (const [index, entry] of value.items.entries()) {
        const entryRange = (entry as {range?: [number, number, number]} | null)?.range
        if (entryRange) frontMatter.positions[key + '/' + index] = toPosition(entryRange)
      }
    }
  }

  return frontMatter
}

/** Put `marker` and `indent` on list items, read back from the source. */
function annotateItems(tree: Root, text: string): void {
  const stack: Array<{children?: unknown[]}> = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as {type?: string; children?: unknown[]; position?: {start: {offset?: number; column: number}}; data?: Record<string, unknown>}
    if (node.type === 'listItem' && node.position?.start.offset !== undefined) {
      const offset = node.position.start.offset
      let end = offset
      while (end < text.length && !isMarkerEnd(text.charCodeAt(end))) end++
      node.data = {...node.data, marker: text.slice(offset, end), indent: node.position.start.column - 1}
    }

    if (node.children) {
      for (const child of node.children) stack.push(child as {children?: unknown[]})
    }
  }
}

function isMarkerEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

function firstLine(value: string): string {
  const index = value.indexOf('\n')
  return index === -1 ? value : value.slice(0, index)
}
