import type {Position} from 'unist'
import type {CollectedItem} from '../extract/items.js'
import type {Report} from '../messages/report.js'
import type {Profession} from '../model/profession.js'
import type {Lexicon} from '../segment/lexicon.js'
import type {Block} from './block.js'

/** YAML front matter of a Markdown document. */
export interface FrontMatter {
  /** The mapping, with a null prototype (keys such as `__proto__` are plain data). */
  data: Record<string, unknown>
  /** Where the whole block is. */
  position: Position
  /** Where the value of each top-level key is; list entries as `key/index`. */
  positions: Record<string, Position>
}

/** Input format of a document. */
export type Format = 'text' | 'markdown' | 'html'

/** A field of the profession model a detector fills. */
export type ProfessionField = keyof Profession

/** What a detector's heading recognition found. */
export interface HeadingMatch {
  /** Text after a heading prefix: `"producer"` in "Tasks producer". */
  argument?: string | undefined
  /** How sure the match is, 0–1 (default 1). */
  confidence?: number | undefined
}

/** What detectors may look at while sections are being found. */
export interface DetectContext {
  format: Format
  /** Index of the block among the document's top-level blocks (boilerplate excluded). */
  index: number
}

/** What detectors may use while extracting a value. */
export interface ExtractContext {
  format: Format
  /** Add messages about the section (file and source are filled in). */
  report: Report
  /** The fields extracted so far, by detectors earlier in the registry. */
  profession: Readonly<Partial<Profession>>
  /** Known labels to segment and classify with (a learned vocabulary, a user's lexicons). */
  lexicons: readonly Lexicon[]
  /**
   * Record how sure the detector is of a part of the value, 0–1 (same `path`
   * convention as `locate`). Parts without a rating are sure.
   */
  rate(path: ReadonlyArray<string | number>, confidence: number): void
  /**
   * Record where a part of the value is in the source.
   * `path` is relative to the detector's field: `[2]` is its third entry,
   * `[2, 'description']` that entry's description.
   */
  locate(path: ReadonlyArray<string | number>, position: Position): void
}

/**
 * A section of the document, found by its heading or inferred from layout.
 */
export interface Section {
  /** Id of the detector the section belongs to. */
  detector: string
  /** The heading block; `undefined` when the section was inferred. */
  heading: Block | undefined
  /** Text after a heading prefix (`"Arts"` in "Related professions Arts"). */
  argument: string | undefined
  /** Content blocks, in document order. */
  blocks: Block[]
  /** How sure the assignment is, 0–1: 1 for a recognised heading. */
  confidence: number
  /** Whether the section was inferred (its heading is missing). */
  inferred: boolean
}

/**
 * A section detector: recognises one kind of section and extracts its value.
 *
 * Detectors are plain objects, one per file, listed in an explicit registry
 * whose order is the order in which headings are tried and values extracted.
 * Every hook is optional except `id` and `description`.
 *
 * @typeParam Value
 *   Type of the extracted value.
 */
export interface Detector<Value = unknown> {
  /** Stable id, kebab-case; used in results, messages and configuration. */
  readonly id: string
  /** One line saying what the section holds. */
  readonly description: string
  /**
   * The profession field the value is written to. Several sections of one
   * detector concatenate when the value is an array; otherwise the first wins.
   * Detectors without a field only filter (see `isNoise`).
   */
  readonly field?: ProfessionField | undefined
  /**
   * Heading texts that start the section, compared case-insensitively with
   * whitespace collapsed and emphasis, `#` and a trailing colon removed.
   */
  readonly headings?: readonly string[] | undefined
  /**
   * Heading beginnings followed by an argument: `"tasks"` matches
   * "Tasks producer" with the argument `"producer"`.
   */
  readonly headingPrefixes?: readonly string[] | undefined
  /** Custom heading recognition, tried after `headings` and `headingPrefixes`. */
  readonly matchHeading?:
    | ((block: Block, context: DetectContext) => HeadingMatch | undefined)
    | undefined
  /**
   * How many of the blocks under the heading (`section.blocks`) belong to the
   * section; the rest are left for inference. Default: all blocks up to the
   * next heading.
   */
  readonly extent?: ((section: Section, context: DetectContext) => number) | undefined
  /**
   * For sections whose heading may be missing and that hold items: the
   * log-odds that a heading-less `item` belongs here. Detectors with this hook
   * share heading-less item groups, in registry order, by shape and by the
   * blank-line gaps between groups.
   */
  readonly scoreItem?: ((item: CollectedItem, context: DetectContext) => number) | undefined
  /** Whether the detector takes the heading-less lines that open the document (the description). */
  readonly takesLeadingLines?: boolean | undefined
  /** Blocks to drop wherever they appear (boilerplate); each is reported as info. */
  readonly isNoise?: ((block: Block, context: DetectContext) => boolean) | undefined
  /** The value from YAML front matter, used when the document has no such section. */
  readonly fromFrontMatter?:
    | ((frontMatter: FrontMatter, context: ExtractContext) => Value | undefined)
    | undefined
  /** Build the value from a section. */
  readonly extract?: ((section: Section, context: ExtractContext) => Value | undefined) | undefined
}
