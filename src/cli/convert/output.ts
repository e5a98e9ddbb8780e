import {mkdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {CliError, describeError} from '../errors.js'
import {exitCodes, type Io} from '../io.js'
import type {ConvertCommandOptions} from '../options.js'
import {supportedExtensions} from './find.js'
import {deviceSink, fileSink, streamSink, type LineSink} from './sink.js'

/** Where a run's output goes. */
export interface OutputPlan {
  /** Absolute output folder (`--out-dir`). */
  outDir: string | undefined
  /** Absolute JSON Lines file, or `-` for standard output (`--jsonl`). */
  jsonl: string | undefined
  /** Print the one document's JSON on standard output (neither option given). */
  stdout: boolean
}

/**
 * Decide where output goes: `--out-dir`, `--jsonl` (both may be given), or,
 * with neither, standard output — which only makes sense for one file.
 *
 * @param inputs
 *   The inputs as typed.
 * @param options
 *   Command options.
 * @param cwd
 *   The working folder.
 * @throws {CliError}
 *   Exit 2 when there is no output for several files, or the JSON Lines file
 *   has a document's extension (it could be, or become, an input).
 */
export async function planOutput(
  inputs: readonly string[],
  options: Pick<ConvertCommandOptions, 'outDir' | 'jsonl'>,
  cwd: string
): Promise<OutputPlan> {
  const outDir = options.outDir === undefined ? undefined : path.resolve(cwd, options.outDir)
  const jsonl = options.jsonl === undefined || options.jsonl === '-' ? options.jsonl : path.resolve(cwd, options.jsonl)

  if (jsonl !== undefined && jsonl !== '-' && supportedExtensions.includes(path.extname(jsonl).toLowerCase())) {
    throw new CliError(
      `${options.jsonl}: refusing to write JSON Lines to a file with a document extension (use .jsonl)`,
      exitCodes.usage
    )
  }

  if (outDir !== undefined || jsonl !== undefined) return {outDir, jsonl, stdout: false}
  if (inputs.length === 1 && (await isSingleFile(inputs[0]!, cwd))) return {outDir, jsonl, stdout: true}

  throw new CliError(
    // The first line is commander's own, from when --out-dir was the only output.
    "error: required option '-o, --out-dir <dir>' not specified\n" +
      '(or --jsonl <file|->; without either, the input must be one file, whose JSON goes to stdout)',
    exitCodes.usage
  )
}

/** Whether an input names one file: not a folder, not a glob (a missing file counts: reading it reports it). */
async function isSingleFile(input: string, cwd: string): Promise<boolean> {
  const stats = await stat(path.resolve(cwd, input)).catch(() => undefined)
  if (stats) return !stats.isDirectory()
  const {default: glob} = await import('fast-glob')
  return !glob.isDynamicPattern(input)
}

/**
 * Make the output folder (and its parents).
 *
 * @param outDir
 *   Absolute output folder.
 * @param options
 *   Command options, for the folder as typed.
 * @throws {CliError}
 *   Exit 2 when it cannot be made.
 */
export async function makeOutDir(outDir: string, options: ConvertCommandOptions): Promise<void> {
  try {
    await mkdir(outDir, {recursive: true})
  } catch (error) {
    throw new CliError(`${options.outDir}: cannot create output folder: ${describeError(error)}`, exitCodes.usage, {
      cause: error
    })
  }
}

/**
 * Open where JSON Lines records go, if anywhere: standard output, a device
 * or FIFO that exists (written straight into), or a file (written beside it
 * and renamed into place when the batch is done).
 *
 * @param output
 *   Where output goes.
 * @param io
 *   Streams (standard output for `--jsonl -`).
 * @throws {CliError}
 *   Exit 2 when the file cannot be created.
 */
export async function openSink(output: OutputPlan, io: Io): Promise<LineSink | undefined> {
  if (output.jsonl === undefined) return undefined
  if (output.jsonl === '-') return streamSink(io.stdout)
  try {
    const stats = await stat(output.jsonl).catch(() => undefined)
    const device = stats !== undefined && !stats.isFile() && !stats.isDirectory()
    return await (device ? deviceSink(output.jsonl) : fileSink(output.jsonl))
  } catch (error) {
    const name = path.relative(process.cwd(), output.jsonl)
    throw new CliError(`${name}: cannot write: ${describeError(error)}`, exitCodes.usage, {cause: error})
  }
}
