import type {Stats} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {CliError, describeError} from '../errors.js'
import {exitCodes} from '../io.js'
import {ignoreMatcher} from './ignore.js'
import {createJob, type Job, type Source} from './job.js'
import {isInside} from './paths.js'
import {walk} from './walk.js'

/** Extensions a folder expands to. */
export const supportedExtensions = ['.txt', '.text', '.md', '.markdown', '.html', '.htm']

/** Extensions of a `--jsonl` file that a run may find among its inputs and leave out (see `find`). */
const jsonLinesExtensions = ['.jsonl', '.ndjson', '.json']

/** Where to look and what to leave out. */
export interface FindOptions {
  cwd: string
  /** `--ignore` globs. */
  ignore: readonly string[]
  /** Absolute output folder (`--out-dir`): nothing inside it is read. */
  outDir?: string | undefined
  /** Absolute output files (`--jsonl`): never read either. */
  outFiles?: readonly string[] | undefined
}

/** What the inputs expanded to. */
export interface Found {
  /** One job per document, in input order (a folder's or glob's files sorted by path); unreadable inputs come pre-failed. */
  jobs: Job[]
  /** Folders and globs that matched no document. */
  unmatched: string[]
  /** Documents left out because they are inside the output folder or are an output file. */
  inOutDir: number
  /** Files named as inputs that were left out for that reason, with it (`not read: …`). */
  notRead: string[]
}

/**
 * Expand the command-line inputs, in the order given: a file is itself,
 * a folder is every supported file below it, anything else that looks like
 * a glob goes through fast-glob (a folder's or a glob's files sorted by
 * path). Each document is found once, where an input first names it. Below a folder or glob base, symlinks to files are documents
 * like any other, but symlinks to folders are not followed: a link back
 * up the tree would otherwise be walked forever.
 *
 * @param inputs
 *   Files, folders and globs as typed.
 * @param options
 *   Working folder, ignores and output folder.
 * @throws {CliError}
 *   Exit 2 when a file named as an input is the `--jsonl` file and does not
 *   look like JSON Lines (`.jsonl`, `.ndjson` or `.json`): converting would
 *   overwrite an input. One that does (a previous run's output, which a
 *   shell's `*` names too), and one inside the output folder, are left out
 *   with a line in `notRead`.
 */
export async function find(inputs: readonly string[], options: FindOptions): Promise<Found> {
  const {default: glob} = await import('fast-glob')
  const ignored = ignoreMatcher(options.ignore, options.cwd)
  const jobs: Job[] = []
  // One input names each document once (a walk lists a file once): only
  // several need to remember what was found, and 15,000 absolute paths held
  // for nothing weigh on the main thread for the whole run.
  const seen = inputs.length > 1 ? new Set<string>() : undefined
  const unmatched: string[] = []
  const outFiles = new Set(options.outFiles)
  const isOutput = (absolute: string) =>
    options.outDir !== undefined && (absolute === options.outDir || isInside(absolute, options.outDir))
  let inOutDir = 0
  const notRead: string[] = []

  const add = (source: Source) => {
    const absolute = path.resolve(options.cwd, source.path)
    if (seen?.has(absolute) || ignored(absolute)) return
    if (isOutput(absolute) || outFiles.has(absolute)) {
      inOutDir++
      return
    }

    seen?.add(absolute)
    jobs.push(createJob(source))
  }

  for (const input of inputs) {
    const absolute = path.resolve(options.cwd, input)
    let stats: Stats | undefined
    let statError: unknown
    try {
      stats = await stat(absolute)
    } catch (error) {
      statError = error
    }

    let base: string
    let pattern: string
    let folder = false

    if (!stats) {
      if (!glob.isDynamicPattern(input)) {
        failed(jobs, seen, input, `${input}: cannot read file: ${describeError(statError)}`, statError)
        continue
      }

      const {default: picomatch} = await import('picomatch')
      const scan = picomatch.scan(input)
      base = scan.base === '' ? '.' : scan.base
      pattern = scan.glob
    } else if (stats.isDirectory()) {
      base = input
      pattern = '**/*'
      folder = true
    } else {
      if (outFiles.has(absolute) && !jsonLinesExtensions.includes(path.extname(absolute).toLowerCase())) {
        throw new CliError(`${input}: refusing to write JSON Lines over a file named as an input`, exitCodes.usage)
      }

      if (isOutput(absolute) || outFiles.has(absolute)) {
        inOutDir++
        notRead.push(`${input}: not read: ${outFiles.has(absolute) ? 'it is the --jsonl output' : 'it is inside the output folder'}`)
        continue
      }

      add({path: input, relative: path.basename(input)})
      continue
    }

    const root = path.resolve(options.cwd, base)
    // `convert out --out-dir out`: the output folder is never input.
    if (isOutput(root)) {
      inOutDir++
      continue
    }

    let entries: string[]
    try {
      entries = await walk(pattern, root, options.outDir)
    } catch (error) {
      failed(jobs, seen, input, `${input}: cannot read folder: ${describeError(error)}`, error)
      continue
    }

    // A glob says which files it wants; a folder means the documents in it.
    if (folder) {
      entries = entries.filter((entry) => supportedExtensions.includes(path.extname(entry).toLowerCase()))
    }

    if (entries.length === 0) unmatched.push(input)
    entries.sort(compare)
    for (const entry of entries) add({path: path.join(base, entry), relative: entry})
  }

  return {jobs, unmatched, inOutDir, notRead}
}

function failed(jobs: Job[], seen: Set<string> | undefined, input: string, reason: string, error: unknown): void {
  // An input typed twice fails once.
  if (seen?.has('\0' + input)) return
  seen?.add('\0' + input)
  jobs.push(createJob({path: input, relative: input}, {reason, error, internal: false}))
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
