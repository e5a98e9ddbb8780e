import type {ParseOptions, ParseResult} from '../../parse.js'
import type {FormatOption} from '../../read/format.js'
import type {Lexicon} from '../../segment/lexicon.js'

/** A document found for conversion. */
export interface Source {
  /** Path to read and to name in messages, in the form the input was given. */
  path: string
  /**
   * Path below the folder or glob base it was found under, mirrored into the
   * output folder (`corpus/a/b.txt` found under `corpus` → `a/b.txt`).
   */
  relative: string
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
  /** Absolute path of the JSON file to write. */
  target: string | undefined
  bytes: Uint8Array | undefined
  result: ParseResult | undefined
  /** Whether the JSON was written. */
  written: boolean
  failure: Failure | undefined
}

/** What every step of one run shares. */
export interface Settings {
  /** The parser, loaded once per run. */
  parse: (input: Uint8Array, options: ParseOptions) => ParseResult
  /** Format for every document; `undefined` means from each extension. */
  format: FormatOption | undefined
  /** Lexicons for every document, loaded once per run (may be empty). */
  lexicon: readonly Lexicon[]
  /** Writes a file inside the output folder, atomically. */
  write: (target: string, data: string) => Promise<void>
  /** Takes in what a parsed document teaches (the first pass of `--learn`). */
  learn?: ((result: ParseResult) => void) | undefined
}

/** One step of the pipeline. */
export type Step = (job: Job, settings: Settings) => Promise<void> | void

/** A fresh job for a source. */
export function createJob(source: Source, failure?: Failure): Job {
  return {source, target: undefined, bytes: undefined, result: undefined, written: false, failure}
}
