import type {ParseOptions, ParseResult} from '../../parse.js'
import type {FormatOption} from '../../read/format.js'
import type {Detector} from '../../sections/detector.js'
import type {Lexicon} from '../../segment/lexicon.js'
import type {Lesson} from './lesson.js'

/** A document found for conversion. */
export interface Source {
  /** Path to read and to name in messages, in the form the input was given. */
  path: string
  /**
   * Path below the folder or glob base it was found under, mirrored into the
   * output folder (`corpus/a/b.txt` found under `corpus` → `a/b.txt`).
   */
  relative: string
  /**
   * Which of the run's plugin sets (`RunConfig.pluginSets`) its
   * configuration names; `undefined` for the built-in detectors.
   */
  plugins?: number | undefined
}

/** Why a document could not be converted, as one line naming the file. */
export interface Failure {
  reason: string
  /** What was thrown, for `--debug`. */
  error?: unknown
  /** A bug in this tool rather than a problem with the document (exit 2). */
  internal: boolean
}

/**
 * One document on its way through the pipeline. Each step fills in a field
 * or sets `failure`, which stops the later steps.
 */
export interface Job {
  source: Source
  /** Absolute path of the JSON file to write (`--out-dir`). */
  target: string | undefined
  bytes: Uint8Array | undefined
  result: ParseResult | undefined
  /** The profession as 2-space JSON, once the document parsed without errors. */
  json: string | undefined
  /** The document's JSON Lines record, newline-terminated (`--jsonl`). */
  line: string | undefined
  /** What the document teaches (the first pass of `--learn`). */
  lesson: Lesson | undefined
  /** Whether the JSON was written. */
  written: boolean
  failure: Failure | undefined
}

/**
 * What a document needs besides itself, sent to a worker with it: plain
 * data, as it crosses a thread boundary.
 */
export interface Task {
  source: Source
  /** Absolute path of the JSON file to write; none without `--out-dir`. */
  target?: string | undefined
  /** `learn` for the first pass of `--learn`: parse, keep what it teaches, write nothing. */
  pass: 'convert' | 'learn'
}

/** What every step of one run shares. */
export interface Settings {
  /** Parse a document, loading the front end its format needs on first use. */
  parse: (input: Uint8Array, options: ParseOptions) => Promise<ParseResult>
  /** Format for every document; `undefined` means from each extension. */
  format: FormatOption | undefined
  /** Lexicons for every document, loaded once per run (may be empty). */
  lexicon: readonly Lexicon[]
  /** The detector lists of the run's plugin sets, by index (`Source.plugins`). */
  detectors: ReadonlyArray<readonly Detector[]>
  /** `--locale`; `undefined` detects each document's. */
  locale: string | undefined
  /** Documents larger than this many bytes are skipped unread (`--max-file-size`). */
  maxFileSize: number
  /** Writes a file inside the output folder, atomically; none without `--out-dir`. */
  write: ((target: string, data: string) => Promise<void>) | undefined
  /** Make JSON Lines records (`--jsonl`). */
  jsonl: boolean
  /** Keep the profession JSON for standard output (one file, no `--out-dir` or `--jsonl`). */
  stdout: boolean
}

/** One step of the pipeline. */
export type Step = (job: Job, settings: Settings) => Promise<void> | void

/** A fresh job for a source. */
export function createJob(source: Source, failure?: Failure): Job {
  return {
    source,
    target: undefined,
    bytes: undefined,
    result: undefined,
    json: undefined,
    line: undefined,
    lesson: undefined,
    written: false,
    failure
  }
}
