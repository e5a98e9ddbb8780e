import {InvalidArgumentError, Option} from 'commander'
import type {FormatOption} from '../read/format.js'
import {defaultMaxFileSize, formatBytes, largestMaxFileSize, parseSize} from './size.js'

/** Options every document command takes. */
export interface DocumentOptions {
  /** Input format; `undefined` means from the file extension. */
  format?: FormatOption | undefined
  /** Lexicon files (`--lexicon`, repeatable), in the order given. */
  lexicon: string[]
  /** `--locale`: a locale id or `auto`; `undefined` means auto-detection. */
  locale?: string | undefined
  /** `--config`: the configuration file for every document; `undefined` means the nearest one. */
  config?: string | undefined
  /** Leave out info messages. */
  quiet: boolean
  /** Treat warnings as failures when choosing the exit code. */
  frail: boolean
  /** Documents larger than this many bytes are skipped unread (`--max-file-size`). */
  maxFileSize: number
  /** Print stacks of failures (global `--debug`). */
  debug: boolean
}

/** Options of `parse`. */
export type ParseCommandOptions = DocumentOptions

/** Options of `convert`. */
export interface ConvertCommandOptions extends DocumentOptions {
  /** Folder the JSON files go to (`--out-dir`). */
  outDir: string | undefined
  /** JSON Lines file, or `-` for standard output (`--jsonl`). */
  jsonl: string | undefined
  /** Globs of files to leave out. */
  ignore: string[]
  /** Learn the batch's vocabulary in a first pass (`--learn`). */
  learn: boolean
  /** Documents parsed at once (`--concurrency`); `undefined` means one per core. */
  concurrency: number | undefined
  /** Show a progress bar when stderr is a terminal (`--no-progress` turns it off). */
  progress: boolean
  /** Stop at the first file that fails (`--fail-fast`). */
  failFast: boolean
}

/** `--format`, with its values checked by commander (a bad one exits 2). */
export function formatOption(fallback: string): Option {
  return new Option('--format <format>', `input format (default: ${fallback})`).choices([
    'text',
    'markdown',
    'html',
    'auto'
  ])
}

/** `--lexicon`, repeatable; the formats are spelled out in `lexiconHelp`. */
export function lexiconOption(): Option {
  return new Option(
    '--lexicon <file>',
    'known labels that guide the splitting of optional lists and link items to the taxonomy: ' +
      'an ESCO skills CSV, a CSV with a label column, or a plain list with one label per line; repeatable'
  ).argParser(collect)
}

/** `--locale`; checked by the command, once plugins have registered their locales. */
export function localeOption(): Option {
  return new Option(
    '--locale <id>',
    'language of the headings and Holland type names: en, nl, a locale a plugin registers, or auto ' +
      '(default: auto, detected per document from its headings)'
  )
}

/** `--config`, for the commands that read plugins from the configuration. */
export function configOption(): Option {
  return new Option(
    '-c, --config <file>',
    'configuration file whose plugins to load (default: nearest .profession-parser.json or package.json key)'
  )
}

/** What reading a document refuses, for the help of every command that reads them. */
export const readHelp = `
Documents are read only from regular files (a FIFO, socket or device
fails; it is never waited on) and only up to --max-file-size: a larger one
is skipped, unread, with one line naming it, its size and the limit, and
counts as failed.`

/**
 * `--max-file-size`, for every command that reads documents: larger ones
 * are skipped (and count as failed) without being read into memory.
 */
export function maxFileSizeOption(): Option {
  return new Option(
    '--max-file-size <size>',
    'skip documents larger than this, without reading them: bytes, or a number with B, KB, MB, GB ' +
      '(powers of 1000) or KiB, MiB, GiB (powers of 1024), such as 512KB or 1MiB; at most 512MB'
  )
    .argParser(size)
    .default(defaultMaxFileSize, '10MB')
}

/** `--quiet` and `--frail`, shared by `parse` and `convert`. */
export function reportOptions(): Option[] {
  return [
    new Option('-q, --quiet', 'do not print info messages'),
    new Option('--frail', 'exit 1 on warnings too, not only on errors')
  ]
}

/**
 * Commander leaves a flag that was not given `undefined`; give every flag a
 * boolean and every list an array, so the commands need not care (and
 * `--help` shows no `(default: false)` noise).
 *
 * @param options
 *   Options as commander parsed them, with globals.
 */
export function documentOptions(options: Record<string, unknown>): DocumentOptions {
  return {
    format: options['format'] as FormatOption | undefined,
    lexicon: (options['lexicon'] as string[] | undefined) ?? [],
    locale: options['locale'] as string | undefined,
    config: options['config'] as string | undefined,
    quiet: options['quiet'] === true,
    frail: options['frail'] === true,
    maxFileSize: (options['maxFileSize'] as number | undefined) ?? defaultMaxFileSize,
    debug: options['debug'] === true
  }
}

/** Collect a repeatable option into a list. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

/** Read `--max-file-size`; commander turns the error into exit 2. */
function size(value: string): number {
  const bytes = parseSize(value)
  if (bytes === undefined) {
    throw new InvalidArgumentError('Expected a size such as 10MB, 512KB, 1MiB or a number of bytes.')
  }

  if (bytes < 1 || bytes > largestMaxFileSize) {
    throw new InvalidArgumentError(`Expected a size from 1 byte to 512MB, got ${formatBytes(bytes)}.`)
  }

  return bytes
}
