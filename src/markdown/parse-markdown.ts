import type {Root, RootContent, Yaml} from 'mdast'
import type {Point, Position} from 'unist'
import remarkFrontmatter from 'remark-frontmatter'
import {unified} from 'unified'
import {isMap, isScalar, isSeq, LineCounter, parseDocument} from 'yaml'
import type {Report} from '../messages/report.js'
import type {FrontMatter} from '../sections/detector.js'
import '../tokenize/mdast-data.js'
import {chunkStarts, type ChunkStart} from './chunks.js'
import {bodyStart, frontMatterEnd} from './front-matter-span.js'
import {markdownParser} from './markdown-parser.js'
import {markTables} from './tables.js'

/** A Markdown document as mdast plus its front matter. */
export interface MarkdownDocument {
  tree: Root
  frontMatter: FrontMatter | undefined
}

const processor = unified().use(markdownParser).use(remarkFrontmatter, ['yaml']).freeze()
/** For pieces after the first: a `---` line there is a thematic break, not front matter. */
const bodyProcessor = unified().use(markdownParser).freeze()

/**
 * Parse Markdown with remark-parse's parser (`markdownParser`, and remark-frontmatter for YAML), then
 * turn the pipe tables it left as paragraphs into tables (reported, see
 * `markTables`), and record each list item's bullet and indentation as the
 * text tokenizer does.
 *
 * @param text
 *   The document, decoded.
 * @param report
 *   Where front matter problems go.
 * @param starts
 *   Where the document may be cut into pieces (see `chunkStarts`); found
 *   here when not given.
 */
export function parseMarkdown(text: string, report: Report, starts?: readonly ChunkStart[]): MarkdownDocument {
  const end = frontMatterEnd(text)
  const tree = parseTree(text, starts ?? chunkStarts(text, bodyStart(text, end)), end > 0)
  let frontMatter: FrontMatter | undefined

  const first = tree.children[0]
  if (first?.type === 'yaml') {
    frontMatter = readFrontMatter(first, report)
  }

  markTables(tree, text, report)
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

/**
 * The mdast tree of a document, read by remark piece by piece at `starts`
 * so the time stays linear in the length (see `chunkStarts`). A piece whose
 * last top-level block is fenced code or HTML may go on past its end, so
 * the piece ends before that block instead, and the next starts with it;
 * when that block is all the piece holds, the piece grows to twice its
 * length or more (so even a megabyte of fenced code is read a bounded number of
 * times). Positions are those in the whole document; the tree differs from
 * the tree of the whole only where a list is cut in two.
 */
function parseTree(text: string, starts: readonly ChunkStart[], frontMatter: boolean): Root {
  // Only a document with front matter goes through remark-frontmatter: on a
  // `---` line that opens none, it reads the next line as paragraph text.
  const first = frontMatter ? processor : bodyProcessor
  if (starts.length === 0) return first.parse(text)

  const children: RootContent[] = []
  let from: ChunkStart = {offset: 0, line: 1}
  // How far past `from` the piece must reach at least.
  let want = 1
  let next = 0
  let end: Point | undefined
  for (;;) {
    while (next < starts.length && starts[next]!.offset < from.offset + want) next++
    const last = next === starts.length
    const until = last ? text.length : starts[next]!.offset
    const piece = (from.offset === 0 ? first : bodyProcessor).parse(text.slice(from.offset, until))
    const lines = from.line - 1
    const tail = piece.children.at(-1)
    const open = !last && tail !== undefined && endsOpen(tail)
    const keep = open ? piece.children.length - 1 : piece.children.length
    for (let index = 0; index < keep; index++) children.push(shift(piece.children[index]!, lines, from.offset))
    if (last) {
      end = piece.position?.end
      if (end) move(end, lines, from.offset)
      break
    }

    if (open && keep === 0) {
      want = 2 * (until - from.offset)
      continue
    }

    if (open) {
      // Start the next piece at the line of the block set aside.
      const start = {line: tail.position!.start.line + lines, offset: tail.position!.start.offset! + from.offset}
      let offset = start.offset
      while (offset > from.offset && text.charCodeAt(offset - 1) !== 10 && text.charCodeAt(offset - 1) !== 13) offset--
      from = {offset, line: start.line}
    } else {
      from = starts[next]!
    }

    want = 1
  }

  return {
    type: 'root',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: end ?? {line: 1, column: 1, offset: 0}}
  }
}

/**
 * Whether a piece's last top-level block ends in fenced code or HTML, at the
 * top level or last in a list or block quote: code and HTML may go on past
 * the piece, and where a line closes them remark ends them after the line
 * end, where the end of a piece ends them before it.
 */
function endsOpen(node: RootContent): boolean {
  let current: RootContent | undefined = node
  while (current) {
    if (current.type === 'code' || current.type === 'html') return true
    current = current.type === 'list' || current.type === 'listItem' || current.type === 'blockquote' ? current.children.at(-1) : undefined
  }

  return false
}

/**
 * A node and everything in it, moved `lines` lines and `offset` characters
 * down, in place: mdast-util-from-markdown gives every node points of its
 * own, so none is moved twice.
 */
function shift<Node extends RootContent>(node: Node, lines: number, offset: number): Node {
  if (lines === 0 && offset === 0) return node
  const stack: Array<{position?: Position | undefined; children?: unknown[]}> = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.position) {
      move(current.position.start, lines, offset)
      move(current.position.end, lines, offset)
    }

    if (current.children) for (const child of current.children) stack.push(child as (typeof stack)[number])
  }

  return node
}

function move(point: Point, lines: number, offset: number): void {
  point.line += lines
  if (point.offset !== undefined) point.offset += offset
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
