import type {Position} from 'unist'
import type {VFileMessage} from 'vfile-message'
import {builtinDetectors} from './detectors/registry.js'
import type {readHtml} from './html/read-html.js'
import type {LocalePack} from './locales/locale.js'
import {resolveLocale} from './locales/registry.js'
import {blankPrefix, bodyStart, frontMatterEnd} from './markdown/front-matter-span.js'
import {chunkStarts} from './markdown/chunks.js'
import {checkMarkdownNesting} from './markdown/nesting.js'
import type {parseMarkdown} from './markdown/parse-markdown.js'
import {Report} from './messages/report.js'
import {emptyProfession} from './model/empty.js'
import type {Profession} from './model/profession.js'
import {decodeText} from './read/decode.js'
import {sniffFormat, type FormatOption} from './read/format.js'
import type {Block} from './sections/block.js'
import {checkDetectors} from './sections/check.js'
import {detectSections} from './sections/detect.js'
import {detectLocale} from './sections/detect-locale.js'
import type {Detector, ExtractContext, Format, FrontMatter, Section} from './sections/detector.js'
import {flatten} from './sections/flatten.js'
import {link} from './link/link.js'
import type {Lexicon} from './segment/lexicon.js'
import {guardDetectors} from './sections/guard.js'
import {tokenizePlainText, tokenizeText} from './tokenize/tokenize-text.js'

/** Options of `parse`. */
export interface ParseOptions {
  /**
   * Input format: `"text"` (a copy-pasted page), `"markdown"`, `"html"` (a
   * saved page), or `"auto"` to decide from the content. Default: `"auto"`.
   */
  format?: FormatOption | undefined
  /**
   * The section detectors, in order. Default: `builtinDetectors`. To add
   * detectors or replace built-ins by id, pass `combineDetectors(builtinDetectors,
   * mine)`. The list is checked the first time it is used: a malformed
   * detector or a duplicate id throws a `DetectorError`.
   */
  detectors?: readonly Detector[] | undefined
  /**
   * The language of the document's headings and Holland type names: the id
   * of a registered locale (`"en"`, `"nl"`, or one added with
   * `registerLocale`), a `LocalePack`, or `"auto"`. Default: `"auto"` —
   * detected from the document's headings among the registered locales,
   * English when none stands out. An unknown id throws a `LocaleError`
   * listing the known ones.
   */
  locale?: string | LocalePack | undefined
  /** File path or name to put on messages. */
  file?: string | undefined
  /**
   * Known labels (see `loadLexicon`, `parseLexicon`, `learnLexicon`): they
   * guide the segmentation of run-on optional lists, give items their kind,
   * and — when they have URIs — link items to the taxonomy. Load once,
   * reuse across calls.
   */
  lexicon?: Lexicon | readonly Lexicon[] | undefined
}

/** Where a section was found and how sure the parser is of it. */
export interface SectionInfo {
  /** Id of the detector that took the section. */
  detector: string
  /** The heading as written; `undefined` when the section was inferred. */
  heading: string | undefined
  /** Whether the heading was missing and the section inferred from layout. */
  inferred: boolean
  /** 0–1; 1 for a recognised heading. */
  confidence: number
  /** Where the section starts. */
  position: Position | undefined
}

/** What `parse` returns. */
export interface ParseResult {
  /** The profession found (fields with nothing found are empty). */
  profession: Profession
  /** Diagnostics, in document order. Errors have `fatal: true`. */
  messages: VFileMessage[]
  /** The format the document was read as. */
  format: Format
  /** Id of the locale the document was read in (the `locale` option, or the one detected). */
  locale: string
  /** The sections found, in document order. */
  sections: SectionInfo[]
  /**
   * Source positions of the extracted values, keyed by JSON Pointer into
   * `profession`: `"/title"`, `"/knowledge/0"`, `"/knowledge/0/description"`.
   */
  positions: Record<string, Position>
  /**
   * How sure the parser is of values it had to guess, 0–1, by JSON Pointer
   * (as `positions`): each label of a segmented optional list. Values not
   * listed are as written in the document.
   */
  confidence: Record<string, number>
  /** YAML front matter of a Markdown document, as data. */
  frontMatter: Record<string, unknown> | undefined
}

/** The front ends a pipeline run may use; the text tokenizer is always there. */
export interface FrontEnds {
  /** Markdown through remark (loaded only when a document needs it). */
  markdown?: typeof parseMarkdown | undefined
  /** HTML pages through rehype-parse, read as blocks positioned in the HTML (loaded only when needed). */
  html?: typeof readHtml | undefined
}

/**
 * The whole pipeline — decode → tokenize or parse Markdown → flatten →
 * detect the locale → detect sections → extract → link — with the front
 * ends passed in, so callers that know their format (the CLI) load only
 * what they need. Use `parse` otherwise.
 *
 * @throws {DetectorError}
 *   When `options.detectors` holds a malformed detector or an id twice.
 * @throws {LocaleError}
 *   When `options.locale` is an unknown id or a malformed pack.
 */
export function runPipeline(
  input: string | Uint8Array,
  options: ParseOptions,
  frontEnds: FrontEnds
): ParseResult {
  const report = new Report(options.file)
  const list = checkDetectors(options.detectors ?? builtinDetectors)
  const guarded = guardDetectors(list)
  const chosen = resolveLocale(options.locale)
  const result: ParseResult = {
    profession: emptyProfession(),
    messages: report.messages,
    format: options.format === 'markdown' || options.format === 'html' ? options.format : 'text',
    locale: chosen?.id ?? 'en',
    sections: [],
    // Null-prototype records: plain data, no inherited keys, and V8 keeps
    // them as hash tables, so adding a key per extracted value stays cheap.
    positions: Object.create(null) as Record<string, Position>,
    confidence: Object.create(null) as Record<string, number>,
    frontMatter: undefined
  }
  // `null` (from a JavaScript caller) is no lexicon, as `undefined` is.
  const lexicons: readonly Lexicon[] =
    options.lexicon == null ? [] : Array.isArray(options.lexicon) ? options.lexicon : [options.lexicon as Lexicon]

  const decoded = decodeText(input, report)
  if (decoded === undefined) return finish(result)
  const {text} = decoded
  if (text.trim() === '') {
    report.add({
      ruleId: 'empty-document',
      severity: 'error',
      reason: 'Unexpected empty document, expected a profession profile'
    })
    return finish(result)
  }

  let format: Format =
    options.format === undefined || options.format === 'auto' ? sniffFormat(text) : options.format

  let frontMatter: FrontMatter | undefined
  let blocks: Block[]
  if (format === 'markdown') {
    if (!frontEnds.markdown) throw new Error('Cannot parse Markdown: the Markdown front end is not loaded')
    const end = frontMatterEnd(text)
    const body = bodyStart(text, end)
    const starts = chunkStarts(text, body)
    const refusal = checkMarkdownNesting(text, body, starts)
    if (refusal) {
      // Too deep or too slow for remark: read as a copy-pasted page, which
      // keeps the text (and the front matter, which remark reads alone).
      report.add({...refusal, severity: 'error'})
      format = 'text'
      if (end > 0) frontMatter = frontEnds.markdown(text.slice(0, end), report).frontMatter
      blocks = flatten(tokenizeText(end > 0 ? blankPrefix(text, end) : text), text)
    } else {
      const document = frontEnds.markdown(text, report, starts)
      frontMatter = document.frontMatter
      blocks = flatten(document.tree, text)
    }

    result.frontMatter = frontMatter?.data
  } else if (format === 'html') {
    if (!frontEnds.html) throw new Error('Cannot parse HTML: the HTML front end is not loaded')
    blocks = frontEnds.html(text, report)
  } else {
    if (decoded.plain) {
      const tokenized = tokenizePlainText(text)
      blocks = tokenized.blocks ?? flatten(tokenized.root, text, {spacesOnly: true})
    } else {
      blocks = flatten(tokenizeText(text), text)
    }
  }

  result.format = format
  const locale = chosen ?? detectLocale(blocks, list)
  result.locale = locale.id
  const detection = guarded.run(report, (detectors) => {
    const found = detectSections(blocks, detectors, format, report, locale, frontMatter?.data)
    extract(found.sections, detectors, frontMatter, {format, locale, lexicons, source: text}, result, report)
    return found
  })
  link(result.profession, lexicons)

  for (const {heading} of detection.unknown) {
    report.add({
      ruleId: 'unrecognised-heading',
      severity: 'info',
      reason: `Unexpected heading \`${heading.text}\`, expected a profession section; its content is not read`,
      place: heading.position
    })
  }

  for (const block of detection.unassigned) {
    report.add({
      ruleId: 'unassigned-content',
      severity: 'info',
      reason: `Unexpected content outside any section: “${ellipsis(block.text)}”`,
      place: block.position
    })
  }

  checkFound(result, report)
  return finish(result)
}

/** What every extraction of a document shares. */
interface ExtractSettings {
  format: Format
  locale: LocalePack
  lexicons: readonly Lexicon[]
  source: string
}

/**
 * Extract each detector's value, in registry order: into its `field`, or,
 * for a detector without one, into `profession.extensions[id]` (made on the
 * first value, so a profession without extensions has no such key).
 */
function extract(
  sections: readonly Section[],
  detectors: readonly Detector[],
  frontMatter: FrontMatter | undefined,
  settings: ExtractSettings,
  result: ParseResult,
  report: Report
): void {
  const profession = result.profession as unknown as Record<string, unknown>

  for (const detector of detectors) {
    const field = detector.field
    if (!field && !detector.extract && !detector.fromFrontMatter) continue
    const own = sections.filter((section) => section.detector === detector.id)
    const key = field ?? detector.id
    const pointers = pointerTable(field, detector.id)
    const base = pointers.base

    const run = (call: (context: ExtractContext) => unknown, place: Position | undefined) => {
      const holder = field ? profession : (result.profession.extensions as Record<string, unknown> | undefined)
      const current = holder && Object.hasOwn(holder, key) ? holder[key] : undefined
      const offset = Array.isArray(current) ? current.length : 0
      const pointer = (path: ReadonlyArray<string | number>) => {
        if (path.length === 0) return base
        const first = path[0]!
        const cached = knownPointer(pointers, path, offset)
        if (cached !== undefined) return cached
        let value = base + '/' + (typeof first === 'number' ? first + offset : first)
        for (let index = 1; index < path.length; index++) value += '/' + path[index]!
        return value
      }

      const context: ExtractContext = {
        format: settings.format,
        locale: settings.locale,
        report,
        lexicons: settings.lexicons,
        source: settings.source,
        profession: result.profession,
        locate(path, position) {
          result.positions[pointer(path)] = position
        },
        rate(path, confidence) {
          result.confidence[pointer(path)] = confidence
        }
      }

      let value = call(context)
      if (value === undefined) return
      if (detector.schema) {
        value = checkValue(detector, value, place, report)
        if (value === undefined) return
      }

      merge(holder ?? (result.profession.extensions = {}), key, value)
    }

    for (const section of own) {
      if (detector.extract) run((context) => detector.extract!(section, context), placeOf(section))
    }

    if (own.length === 0 && frontMatter && detector.fromFrontMatter) {
      run((context) => detector.fromFrontMatter!(frontMatter, context), frontMatter.position)
    }
  }

  result.sections = sections.map((section) => ({
    detector: section.detector,
    heading: section.heading?.text,
    inferred: section.inferred,
    confidence: round(section.confidence),
    position: placeOf(section)
  }))
}

/**
 * JSON Pointers made before, one table per field (`/knowledge`) or
 * extension: `[3]` → `/knowledge/3`, `[3, 'description']` →
 * `/knowledge/3/description`, `['professions', 3]` →
 * `/relatedProfessions/professions/3`. Every document has the same few
 * hundred, and a new string costs more as a key (it is hashed and
 * interned) than the whole look-up here; the tables are bounded.
 */
interface PointerTable {
  /** `/field`, or `/extensions/id` for a detector without a field. */
  base: string
  /** Whether indexes and names are kept (a bounded number of tables does). */
  keep: boolean
  /** By index. */
  items: string[]
  /** By the name after the index, then by index. */
  after: Map<string, string[]>
  /** By the name before the index, then by index. */
  before: Map<string, string[]>
}

const fieldTables = new Map<string, PointerTable>()
const extensionTables = new Map<string, PointerTable>()
/** Indexes past this are not kept: a 100,000-item document must not leave its pointers behind. */
const cachedIndexes = 1024
/** Tables, and names around an index, past this many are not kept (custom detectors add tables). */
const cachedNames = 64

/** The table of a detector's pointers: by its field, or by its id when it writes to `extensions`. */
function pointerTable(field: string | undefined, id: string): PointerTable {
  const tables = field ? fieldTables : extensionTables
  const name = field ?? id
  let table = tables.get(name)
  if (table === undefined) {
    const base = field ? '/' + field : '/extensions/' + id
    table = {base, keep: tables.size < cachedNames, items: [], after: new Map(), before: new Map()}
    if (table.keep) tables.set(name, table)
  }

  return table
}

/** The pointer of `path` from `table`, made and kept when it is one the table holds; else `undefined`. */
function knownPointer(table: PointerTable, path: ReadonlyArray<string | number>, offset: number): string | undefined {
  if (!table.keep) return undefined
  const {base} = table
  const first = path[0]!
  if (path.length === 1) {
    if (typeof first !== 'number') return undefined
    const index = first + offset
    if (!isCachedIndex(index)) return undefined
    return (table.items[index] ??= base + '/' + index)
  }

  if (path.length !== 2) return undefined
  const second = path[1]!
  if (typeof first === 'number' && typeof second === 'string') {
    const index = first + offset
    if (!isCachedIndex(index)) return undefined
    const list = namedList(table.after, second)
    return list && (list[index] ??= base + '/' + index + '/' + second)
  }

  if (typeof first === 'string' && typeof second === 'number' && isCachedIndex(second)) {
    const list = namedList(table.before, first)
    return list && (list[second] ??= base + '/' + first + '/' + second)
  }

  return undefined
}

function namedList(lists: Map<string, string[]>, name: string): string[] | undefined {
  let list = lists.get(name)
  if (list === undefined && lists.size < cachedNames) {
    list = []
    lists.set(name, list)
  }

  return list
}

function isCachedIndex(index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < cachedIndexes
}

/**
 * A value checked against its detector's schema: the schema's output, or
 * `undefined` (reported as a `detector-error`) when it does not fit.
 */
function checkValue(detector: Detector, value: unknown, place: Position | undefined, report: Report): unknown {
  const fail = (why: string) => {
    report.add({
      ruleId: 'detector-error',
      severity: 'error',
      reason: `Unexpected value from detector \`${detector.id}\`, expected one that fits its schema: ${why}`,
      place
    })
    return undefined
  }

  let outcome: ReturnType<NonNullable<Detector['schema']>['~standard']['validate']>
  try {
    outcome = detector.schema!['~standard'].validate(value)
  } catch (error) {
    return fail(`its schema failed: ${error instanceof Error ? error.message : String(error)}`)
  }

  if (outcome instanceof Promise) {
    // Not awaited: a rejection of an unused promise must not go unhandled.
    outcome.catch(() => undefined)
    return fail('its schema validates asynchronously, and parsing is synchronous')
  }

  if (!outcome.issues) return outcome.value
  const [issue] = outcome.issues
  const path = (issue?.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part)).join('.')
  const more = outcome.issues.length > 1 ? ` (and ${outcome.issues.length - 1} more)` : ''
  return fail((path ? `\`${path}\`: ` : '') + (issue?.message ?? 'invalid') + more)
}

/** Write a value: arrays concatenate, anything else is set once. */
function merge(target: Record<string, unknown>, key: string, value: unknown): void {
  const current = Object.hasOwn(target, key) ? target[key] : undefined
  if (Array.isArray(current) && Array.isArray(value)) {
    // Not `push(...value)`: spreading 100,000 items or more overflows the stack.
    for (const entry of value) current.push(entry)
  } else if (current === undefined || current === '' || (Array.isArray(current) && current.length === 0)) {
    target[key] = value
  }
}

function placeOf(section: Section): Position | undefined {
  return section.heading?.position ?? section.blocks[0]?.position
}

function checkFound(result: ParseResult, report: Report): void {
  const {profession} = result
  const content = result.sections.some(
    (section) => section.detector !== 'title' && section.detector !== 'description'
  )
  if (!content) {
    report.add({
      ruleId: 'no-sections',
      severity: 'error',
      reason:
        'Unexpected document without profession sections, expected sections such as “Personality Type”, “Knowledge”, “Skills” or “Common job titles”'
    })
  }

  if (profession.title === '') {
    report.add({
      ruleId: 'missing-title',
      severity: 'error',
      reason: 'Unexpected document without a title, expected a first line such as “Profession <name>” or a `# Name` heading'
    })
  }
}

function finish(result: ParseResult): ParseResult {
  result.messages.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  )
  return result
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

function ellipsis(value: string): string {
  return value.length > 60 ? value.slice(0, 57) + '…' : value
}
