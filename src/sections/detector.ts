import type {Position} from 'unist'
import type {z} from 'zod'
import type {CollectedItem} from '../extract/items.js'
import type {LocalePack} from '../locales/locale.js'
import type {Report} from '../messages/report.js'
import type {ProfessionField} from '../model/fields.js'
import type {Profession} from '../model/profession.js'
import type {Lexicon} from '../segment/lexicon.js'
import type {Block} from './block.js'

export type {ProfessionField} from '../model/fields.js'

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

/** What a detector's heading recognition found. */
export interface HeadingMatch {
  /** Text after a heading prefix: `"producer"` in "Tasks producer". */
  argument?: string | undefined
  /** How sure the match is, 0–1 (default 1). */
  confidence?: number | undefined
}

/** What detectors may look at while sections are being found. */
export interface DetectContext {
  /** The format the document is read as. */
  format: Format
  /** Index of the block among the document's top-level blocks (boilerplate excluded); `-1` where no single block is meant. */
  index: number
  /**
   * The document's locale pack (the `locale` option, or the one detected).
   * `parse` always sets it; a hook called by other code may get none, and
   * should then read English.
   */
  locale?: LocalePack | undefined
  /**
   * The mapping of the document's YAML front matter, when it has one (as
   * `result.frontMatter`): a detector may leave to it what it holds.
   */
  frontMatter?: Readonly<Record<string, unknown>> | undefined
}

/** What detectors may use while extracting a value. */
export interface ExtractContext {
  /** The format the document is read as. */
  format: Format
  /** The document's locale pack (the `locale` option, or the one detected). */
  locale: LocalePack
  /** Add messages about the section (file and source are filled in). */
  report: Report
  /**
   * The text the positions' offsets count in: the decoded document (for HTML,
   * the page). With it, `partOf` places a part of a block's text exactly.
   */
  readonly source: string
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
 * Every property is optional except `id` and `description`. Write them with
 * `defineDetector`, which checks them and infers `Value` from `schema`.
 *
 * A detector recognises its section in one or more ways: by heading aliases
 * (`headings`, and the locale packs' words for its id), by a heading prefix
 * with an argument (`headingPrefixes`), by its own test (`matchHeading`), by
 * the shape of heading-less items (`scoreItem`) or by position
 * (`takesLeadingLines`). Its value goes to `field`; a detector without one
 * writes to `profession.extensions[id]`.
 *
 * @typeParam Value
 *   Type of the extracted value.
 */
export interface Detector<Value = unknown> {
  /**
   * Stable id, kebab-case (`salary`, `job-titles`); used in results,
   * messages, configuration, locale packs (`headings[id]`) and as the key of
   * the value under `profession.extensions`. A detector with a built-in's id
   * replaces it (see `combineDetectors`).
   */
  readonly id: string
  /** One line saying what the section holds ("Salary range"); used in messages. */
  readonly description: string
  /**
   * The profession field the value is written to. Several sections of one
   * detector concatenate when the value is an array; otherwise the first wins.
   * Without a field, the value goes to `profession.extensions[id]` (same
   * rules); a detector with neither a field nor `extract`/`fromFrontMatter`
   * only filters (see `isNoise`).
   */
  readonly field?: ProfessionField | undefined
  /**
   * Heading texts that start the section, compared case-insensitively with
   * whitespace collapsed and emphasis, `#` and a trailing colon removed. They
   * hold in every locale; the locale packs add their own words by detector id.
   */
  readonly headings?: readonly string[] | undefined
  /**
   * Heading beginnings followed by an argument: `"tasks"` matches
   * "Tasks producer" with the argument `"producer"` (`section.argument`).
   * They hold in every locale; the locale packs add their own by detector id.
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
  /**
   * Whether the section exists only under its own heading: a detector with
   * `scoreItem` and this flag shares the items of a stretch its heading
   * opened, and never takes heading-less items elsewhere (a page without a
   * "Related professions" heading has no related professions).
   */
  readonly needsHeading?: boolean | undefined
  /** Whether the detector takes the heading-less lines that open the document (the description). */
  readonly takesLeadingLines?: boolean | undefined
  /** Blocks to drop wherever they appear (boilerplate); each is reported as info. */
  readonly isNoise?: ((block: Block, context: DetectContext) => boolean) | undefined
  /** The value from YAML front matter, used when the document has no such section. */
  readonly fromFrontMatter?:
    | ((frontMatter: FrontMatter, context: ExtractContext) => Value | undefined)
    | undefined
  /** Build the value from a section. Return `undefined` to write nothing. */
  readonly extract?: ((section: Section, context: ExtractContext) => Value | undefined) | undefined
  /**
   * A zod schema of the value (zod 4, classic or mini; it must validate
   * synchronously). Each value `extract` or
   * `fromFrontMatter` returns is checked against it: a value that does not
   * fit is left out and reported as a `detector-error` naming the detector;
   * one that fits is written as the schema outputs it. `defineDetector`
   * infers `Value` from it.
   */
  readonly schema?: z.core.$ZodType<Value> | undefined
}
