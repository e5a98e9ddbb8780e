import type {AlignType, Paragraph, Parent, PhrasingContent, Root, RootContent, Table, TableCell, TableRow} from 'mdast'
import type {Point} from 'unist'
import type {Report} from '../messages/report.js'

/*
 * Pipe tables. The parser is CommonMark without GFM, so a table reaches the
 * tree as a paragraph of `|` lines, and each line would be read as an item
 * (`| Name | Description |`, `| --- | --- |`). A table is not read: what its
 * columns hold differs from table to table (a name and a description, a
 * level, a salary), so no reading of its rows is right for every table.
 * Such a paragraph becomes the mdast `table` GFM gives, which no detector
 * reads, and an info message (`markdown-table`) says so, at the table.
 *
 * As in GFM, a table is a header row and a delimiter row (`| --- | :-: |`)
 * with as many cells, each row with a `|`; the rows after them run to the
 * end of the paragraph. Lines before the header row stay a paragraph. A
 * line with a `|` but no delimiter row under it (`Privacy | Cookies`, an
 * optional list split on `|`) is no table.
 */

/**
 * Turn the pipe tables in `tree`'s paragraphs into `table` nodes, in place,
 * and report each. Linear in the length of the paragraphs that hold a `|`.
 */
export function markTables(tree: Root, text: string, report: Report): void {
  const stack: Parent[] = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    let children: RootContent[] | undefined
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index]! as RootContent
      const found = child.type === 'paragraph' ? tableIn(child, text) : undefined
      if (found) {
        children ??= (parent.children as RootContent[]).slice(0, index)
        if (found.before) children.push(found.before)
        children.push(found.table)
        report.add({
          ruleId: 'markdown-table',
          severity: 'info',
          reason: 'Unexpected table, expected a list (`- **Name**: description`); its content is not read',
          place: found.table.position
        })
        continue
      }

      children?.push(child)
      if (child.type === 'list' || child.type === 'listItem' || child.type === 'blockquote') stack.push(child)
    }

    if (children) parent.children = children as Parent['children']
  }
}

/** The table at the end of a paragraph, and the paragraph's lines before it. */
function tableIn(paragraph: Paragraph, text: string): {before: Paragraph | undefined; table: Table} | undefined {
  const position = paragraph.position
  const start = position?.start.offset
  const end = position?.end.offset
  if (!position || start === undefined || end === undefined) return undefined
  // Not `indexOf`, which would run on past the paragraph to the next `|` of the document.
  let pipe = start
  while (pipe < end && text.charCodeAt(pipe) !== 124 /* | */) pipe++
  if (pipe === end) return undefined

  // Each line of the paragraph against the one before it: a delimiter row
  // under a row with as many cells makes that row the header.
  let previous: Line | undefined
  let line = position.start.line
  for (let from = start; from < end; line++) {
    const current = lineAt(text, from, end, from === start ? position.start.column : undefined)
    if (previous && previous.cells.length > 0) {
      const align = delimiterRow(current.content)
      if (align && align.length === previous.cells.length) {
        return split(paragraph, text, previous, line - 1, align, current.next, end)
      }
    }

    previous = current
    from = current.next
  }

  return undefined
}

interface Line {
  /** Offset of the line's content (after indentation and `>` markers). */
  start: number
  /** Its column. */
  column: number
  /** The content, trimmed. */
  content: string
  /** Its cells when it has a `|`, else none. */
  cells: string[]
  /** Offset of the next line. */
  next: number
}

/** The line at `from`, up to `end` at most, its indentation and quote markers skipped. */
function lineAt(text: string, from: number, end: number, column: number | undefined): Line {
  let lineEnd = from
  while (lineEnd < end && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++
  let next = lineEnd
  if (text.charCodeAt(next) === 13) next++
  if (text.charCodeAt(next) === 10 && next < end) next++
  let contentStart = from
  if (column === undefined) {
    while (contentStart < lineEnd && isIndent(text.charCodeAt(contentStart))) contentStart++
  }

  const content = text.slice(contentStart, lineEnd).trim()
  let lineStart = contentStart
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--
  return {
    start: contentStart,
    column: column ?? contentStart - lineStart + 1,
    content,
    cells: content.includes('|') ? cellsOf(content) : [],
    next
  }
}

/** Spaces, tabs and block quote markers before a line's content. */
function isIndent(code: number): boolean {
  return code === 32 || code === 9 || code === 62 /* > */
}

/**
 * The cells of a row: split on `|` (not on `\|`), the pipes that open and
 * close the row dropped.
 */
function cellsOf(row: string): string[] {
  const cells: string[] = []
  let from = row.charCodeAt(0) === 124 ? 1 : 0
  let index = from
  for (; index < row.length; index++) {
    const code = row.charCodeAt(index)
    if (code === 92 /* \ */) index++
    else if (code === 124 /* | */) {
      cells.push(row.slice(from, index).trim())
      from = index + 1
    }
  }

  if (from < row.length) cells.push(row.slice(from).trim())
  return cells
}

/** The alignment of each column when `row` is a delimiter row (`| --- | :-: |`), else `undefined`. */
function delimiterRow(row: string): AlignType[] | undefined {
  if (!row.includes('|')) return undefined
  const align: AlignType[] = []
  for (const cell of cellsOf(row)) {
    let from = 0
    let to = cell.length
    const left = cell.charCodeAt(0) === 58 /* : */
    const right = cell.length > 1 && cell.charCodeAt(to - 1) === 58
    if (left) from++
    if (right) to--
    if (to <= from) return undefined
    for (let index = from; index < to; index++) if (cell.charCodeAt(index) !== 45 /* - */) return undefined
    align.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null)
  }

  return align.length > 0 ? align : undefined
}

/** The paragraph cut before the header row, and the table from the header row on. */
function split(
  paragraph: Paragraph,
  text: string,
  header: Line,
  headerLine: number,
  align: AlignType[],
  bodyStart: number,
  end: number
): {before: Paragraph | undefined; table: Table} | undefined {
  const position = paragraph.position!
  let before: Paragraph | undefined
  if (header.start > position.start.offset!) {
    before = paragraphBefore(paragraph, text, header.start, headerLine - 1)
    if (!before) return undefined
  }

  const rows: TableRow[] = [row(header, headerLine)]
  let line = headerLine + 2
  for (let from = bodyStart; from < end; line++) {
    const current = lineAt(text, from, end, undefined)
    if (current.content !== '') rows.push(row(current, line))
    from = current.next
  }

  const table: Table = {
    type: 'table',
    align,
    children: rows,
    position: {start: {line: headerLine, column: header.column, offset: header.start}, end: position.end}
  }
  return {before, table}
}

function row(line: Line, number: number): TableRow {
  const cells: TableCell[] = (line.cells.length > 0 ? line.cells : [line.content]).map((value) => ({
    type: 'tableCell',
    children: value === '' ? [] : [{type: 'text', value}]
  }))
  const end = line.start + line.content.length
  return {
    type: 'tableRow',
    children: cells,
    position: {
      start: {line: number, column: line.column, offset: line.start},
      end: {line: number, column: line.column + line.content.length, offset: end}
    }
  }
}

/**
 * The lines of `paragraph` before offset `cut` (a line start), as a
 * paragraph: its inline nodes that end before the cut, and the part of a
 * text node that runs past it. `undefined` when another node runs past it
 * (emphasis over the header row): then the paragraph is left as it is.
 * `line` is the line before the cut.
 */
function paragraphBefore(paragraph: Paragraph, text: string, cut: number, line: number): Paragraph | undefined {
  let lineEnd = cut
  while (lineEnd > 0 && isIndent(text.charCodeAt(lineEnd - 1))) lineEnd--
  if (text.charCodeAt(lineEnd - 1) === 10) lineEnd--
  if (text.charCodeAt(lineEnd - 1) === 13) lineEnd--
  while (lineEnd > 0 && isIndent(text.charCodeAt(lineEnd - 1))) lineEnd--

  const children: PhrasingContent[] = []
  for (const child of paragraph.children) {
    const childStart = child.position?.start.offset
    const childEnd = child.position?.end.offset
    if (childStart === undefined || childEnd === undefined) return undefined
    if (childStart >= lineEnd) break
    if (childEnd <= lineEnd) {
      children.push(child)
      continue
    }

    if (child.type !== 'text') return undefined
    // The text's value has a line break where the source has one: keep as
    // many lines of it as the source has lines before the cut.
    let breaks = 0
    for (let index = childStart; index < lineEnd; index++) {
      const code = text.charCodeAt(index)
      if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) breaks++
    }

    let at = -1
    for (let count = 0; count <= breaks; count++) {
      at = nextBreak(child.value, at + 1)
      if (at === -1) return undefined
    }

    const value = child.value.slice(0, at).trimEnd()
    if (value !== '') children.push({type: 'text', value, position: {start: child.position!.start, end: pointAt(text, lineEnd, line)}})
    break
  }

  if (children.length === 0) return undefined
  return {type: 'paragraph', children, position: {start: paragraph.position!.start, end: pointAt(text, lineEnd, line)}}
}

/** The next line break in `value` from `from` (`\n`, `\r\n` or a lone `\r`), or -1. */
function nextBreak(value: string, from: number): number {
  for (let index = from; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 || code === 13) return index
  }

  return -1
}

/** The point of an offset on line `line`. */
function pointAt(text: string, offset: number, line: number): Point {
  let lineStart = offset
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--
  return {line, column: offset - lineStart + 1, offset}
}
