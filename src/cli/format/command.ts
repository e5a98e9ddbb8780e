import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import {formatFromPath} from '../../read/format.js'
import {createParser} from '../convert/settings.js'
import {createWriter} from '../convert/write.js'
import {CliError, describeError, failureText} from '../errors.js'
import {exitCodes, stdinName, type ExitCode, type Io} from '../io.js'
import {loadLexicons} from '../lexicons.js'
import {readDocument, readFailure, readStream} from '../read-document.js'
import {checkLocaleOption} from '../setup.js'
import {messageLines, worstSeverity} from '../message-line.js'
import {expandInputs, type FormatInput} from './inputs.js'
import {writeInPlace} from './in-place.js'
import type {FormatCommandOptions, FormatMode} from './options.js'
import {summary, type Counts} from './summary.js'
import {outputTargets} from './targets.js'

/**
 * `profession-parser format <paths…>`: parse each document and write its
 * canonical Markdown to stdout (one file), to `--out-dir`, back in place
 * (`--write`, Markdown files only), or compare it with the file (`--check`).
 * One bad file never stops the batch.
 *
 * @returns
 *   0 when every file was formatted (and, with `--check`, was canonical);
 *   1 when a file was not canonical, had an error (or `--frail` and a
 *   warning), could not be read or written, was larger than
 *   `--max-file-size`, or was not Markdown under `--write`.
 * @throws {CliError}
 *   Exit 2 on bad usage, a missing input, or a lexicon that cannot be read.
 */
export async function runFormat(inputs: readonly string[], options: FormatCommandOptions, io: Io): Promise<ExitCode> {
  const mode = modeOf(options, inputs)
  await checkLocaleOption(options.locale)
  const lexicon = await loadLexicons(options.lexicon)
  const files: FormatInput[] = inputs[0] === '-' ? [] : await expandInputs(inputs, process.cwd())
  if (mode === 'stdout' && files.length > 1) {
    throw new CliError(`${files.length} documents: without --out-dir, --check or --write, format takes one file (its Markdown goes to stdout)`, exitCodes.usage)
  }

  const outDir = options.outDir === undefined ? undefined : path.resolve(options.outDir)
  const targets = outDir === undefined ? undefined : outputTargets(files, outDir)
  let write: ((target: string, data: string) => Promise<void>) | undefined
  if (outDir !== undefined) {
    await mkdir(outDir, {recursive: true}).catch((error: unknown) => {
      throw new CliError(`${options.outDir}: cannot make the output folder: ${describeError(error)}`, exitCodes.usage, {cause: error})
    })
    write = await createWriter(outDir)
  }

  const parse = createParser()
  const {formatProfession} = await import('../../format/format-profession.js')
  const counts: Counts = {files: 0, changed: 0, written: 0, failed: 0}
  const fail = (line: string, error?: unknown) => {
    counts.failed++
    io.stderr.write(failureText(line, error, options.debug))
  }

  const documents = inputs[0] === '-' ? [undefined] : files
  for (const file of documents) {
    counts.files++
    const name = file?.display ?? stdinName
    if (mode === 'write' && file && formatFromPath(file.absolute) !== 'markdown') {
      fail(`${name}: not rewritten: --write only rewrites Markdown files (.md, .markdown); use --out-dir for other documents`)
      continue
    }

    let bytes: Uint8Array
    try {
      bytes = file
        ? await readDocument(file.absolute, options.maxFileSize)
        : await readStream(io.stdin, options.maxFileSize)
    } catch (error) {
      fail(readFailure(name, error), error)
      continue
    }

    const format = options.format ?? (file ? formatFromPath(file.absolute) : 'auto')
    const result = await parse(bytes, {format, file: name, lexicon, locale: options.locale})
    io.stderr.write(messageLines(result.messages, name, options))
    const worst = worstSeverity(result.messages)
    const failed = worst === 'error' || (options.frail && worst === 'warning')
    const markdown = formatProfession(result.profession)
    const canonical = Buffer.from(markdown).equals(bytes)
    if (!canonical) counts.changed++

    if (mode === 'stdout' || mode === 'check') {
      if (mode === 'stdout') io.stdout.write(markdown)
      else if (!canonical) io.stdout.write(name + '\n')
      if (failed) counts.failed++
      continue
    }

    if (failed) {
      fail(`${name}: not written: the document has ${worst === 'error' ? 'errors' : 'warnings'}`)
      continue
    }

    const target = targets?.get(file!) ?? file!.absolute
    if (mode === 'write' && canonical) continue
    try {
      await (mode === 'write' ? writeInPlace(target, markdown) : write!(target, markdown))
      counts.written++
    } catch (error) {
      fail(`${name}: cannot write ${path.relative(process.cwd(), target)}: ${describeError(error)}`, error)
    }
  }

  if (mode !== 'stdout') io.stderr.write(summary(mode, counts) + '\n')
  const notCanonical = mode === 'check' && counts.changed > 0
  return counts.failed > 0 || notCanonical ? exitCodes.failed : exitCodes.ok
}

/** The run's mode, checking the options that cannot be combined. */
function modeOf(options: FormatCommandOptions, inputs: readonly string[]): FormatMode {
  const modes: FormatMode[] = []
  if (options.check) modes.push('check')
  if (options.write) modes.push('write')
  if (options.outDir !== undefined) modes.push('out-dir')
  if (modes.length > 1) throw new CliError('--check, --write and --out-dir cannot be combined', exitCodes.usage)
  const mode = modes[0] ?? 'stdout'
  if (inputs.includes('-') && (inputs.length > 1 || mode === 'write' || mode === 'out-dir')) {
    throw new CliError('- (standard input) can only be formatted alone, to stdout or with --check', exitCodes.usage)
  }

  return mode
}
