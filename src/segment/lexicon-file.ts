import Papa from 'papaparse'
import {createLexicon, type Lexicon, type LexiconEntry} from './lexicon.js'

/** A lexicon file that cannot be read, with where the problem is. */
export class LexiconError extends Error {
  override name = 'LexiconError'

  constructor(
    reason: string,
    /** The file, when known. */
    readonly file: string | undefined,
    /** 1-based line of the problem. */
    readonly line: number
  ) {
    super(`${file ?? '<lexicon>'}:${line}: ${reason}`)
  }
}

/** Options of `parseLexicon`. */
export interface LexiconOptions {
  /** Path or name of the file, for messages and to tell a `.csv` from a plain list. */
  file?: string | undefined
}

/** Column names that hold a label, in order of preference (compared case-insensitively). */
const labelColumns = ['preferredlabel', 'label', 'skill_label', 'skilllabel', 'skill', 'name', 'term', 'title']

/**
 * Read a lexicon from text. Three formats, told apart by the header:
 *
 * - ESCO's skills CSV as downloaded: columns found by name in any order —
 *   `preferredLabel`, `altLabels` (several labels separated by newlines or
 *   ` | ` inside one field), `conceptUri`, `skillType` (`knowledge` or
 *   `skill/competence`);
 * - any CSV with a label column (`label`, `skill_label`, `name`, …);
 * - a plain list, one label per line.
 *
 * A byte order mark, empty lines and duplicate labels are fine.
 *
 * @throws {LexiconError}
 *   On malformed CSV (with its line), or a CSV without a label column (naming
 *   the columns it has).
 */
export function parseLexicon(text: string, options: LexiconOptions = {}): Lexicon {
  const body = text.charCodeAt(0) === 0xfe_ff ? text.slice(1) : text
  const firstLine = body.slice(0, lineEnd(body))
  const csv = (options.file ?? '').toLowerCase().endsWith('.csv') || looksLikeHeader(firstLine)
  return csv ? readCsv(body, options.file) : readList(body)
}

function readList(text: string): Lexicon {
  const lexicon = createLexicon([])
  lexicon.cacheSplits = false
  for (const line of text.split(/\r?\n|\r/)) {
    const label = line.trim()
    if (label && !label.startsWith('#')) lexicon.add({label})
  }

  return lexicon
}

function readCsv(text: string, file: string | undefined): Lexicon {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: text.slice(0, lineEnd(text)).includes('\t') ? '\t' : ',',
    skipEmptyLines: true
  })
  const error = parsed.errors[0]
  if (error) {
    const offset = (error as {index?: number}).index
    throw new LexiconError(
      `Unexpected malformed CSV (${error.message.toLowerCase()}), expected comma-separated values with balanced quotes`,
      file,
      offset === undefined ? (error.row ?? 0) + 1 : lineAt(text, offset)
    )
  }

  const rows = parsed.data
  const header = (rows[0] ?? []).map((name) => name.trim())
  const find = (name: string) => header.findIndex((column) => column.toLowerCase() === name)
  const label = labelColumns.map(find).find((index) => index !== -1)
  if (label === undefined) {
    throw new LexiconError(
      `Unexpected columns ${header.map((name) => '`' + name + '`').join(', ') || '(none)'}, expected a label column such as \`preferredLabel\`, \`label\` or \`skill_label\``,
      file,
      1
    )
  }

  const columns = {
    alt: find('altlabels'),
    uri: find('concepturi'),
    skillType: find('skilltype')
  }
  const lexicon = createLexicon([])
  lexicon.cacheSplits = false
  for (let index = 1; index < rows.length; index++) {
    const row = rows[index]!
    const preferred = row[label]?.trim()
    if (!preferred) continue
    const entry: LexiconEntry = {label: preferred}
    const uri = columns.uri === -1 ? undefined : row[columns.uri]?.trim()
    const skillType = columns.skillType === -1 ? undefined : row[columns.skillType]?.trim()
    if (uri) entry.uri = uri
    if (skillType) {
      entry.skillType = skillType
      entry.kind = skillType.toLowerCase().startsWith('knowledge') ? 'knowledge' : 'skill'
    }

    lexicon.add(entry)
    const alternatives = columns.alt === -1 ? '' : (row[columns.alt] ?? '')
    for (const alternative of alternatives.split(/\r?\n| \| /)) {
      const value = alternative.trim()
      if (value) lexicon.add({...entry, label: value, preferredLabel: preferred})
    }
  }

  return lexicon
}

/** A first line that is a CSV header naming a label column. */
function looksLikeHeader(line: string): boolean {
  if (!line.includes(',') && !line.includes('\t')) return false
  const names = line.toLowerCase().split(/[,\t]/).map((name) => name.trim().replace(/^"|"$/g, ''))
  return names.some((name) => labelColumns.includes(name) || name === 'concepturi' || name === 'altlabels')
}

function lineEnd(text: string): number {
  const newline = text.search(/\r|\n/)
  return newline === -1 ? text.length : newline
}

/** 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  let line = 1
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) line++
  }

  return line
}
