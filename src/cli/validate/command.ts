import path from 'node:path'
import {VFileMessage} from 'vfile-message'
import {messageSource} from '../../messages/report.js'
import type {FormatOption} from '../../read/format.js'
import {applyBaseline, createBaseline, type Baseline} from '../../validate/baseline.js'
import {builtinRules} from '../../validate/registry.js'
import type {FileReport} from '../../validate/reporters/types.js'
import {isIgnored, resolveSettings} from '../../validate/settings.js'
import {CliError, describeError} from '../errors.js'
import {exitCodes, type ExitCode, type Io} from '../io.js'
import {loadLexicons} from '../lexicons.js'
import {checkLocaleOption, configDetectors} from '../setup.js'
import {defaultMaxFileSize} from '../size.js'
import {baselinePath, defaultBaseline, readBaseline, writeBaseline} from './baseline-file.js'
import {checkFile, type CheckedFile} from './check-file.js'
import {ConfigLoader} from './config-file.js'
import {expandInputs, toPosix} from './inputs.js'
import {report, type ReporterName} from './report.js'

/** Options of `validate`. */
export interface ValidateCommandOptions {
  config?: string | undefined
  reporter: ReporterName
  /** Warnings allowed before the run fails; `undefined`: any number. */
  maxWarnings?: number | undefined
  baseline?: string | undefined
  updateBaseline: boolean
  format?: FormatOption | undefined
  /** `--lexicon` files: parse documents as `convert` does with them. */
  lexicon?: readonly string[] | undefined
  /** `--locale`: the language of the documents; `undefined` detects each one's. */
  locale?: string | undefined
  /** `--max-file-size`: files larger than this many bytes are not read. Default: 10 MB. */
  maxFileSize?: number | undefined
  quiet: boolean
  verbose: boolean
  color: boolean
  /** Working folder. Default: `process.cwd()`. */
  cwd?: string | undefined
}

/**
 * `profession-parser validate <inputs…>`: find → configure → read → check →
 * baseline → report, one file at a time; one bad file never stops the batch.
 *
 * @returns
 *   0 without errors (and at most `--max-warnings` warnings), 1 otherwise,
 *   2 when checking a file failed inside the tool (the others are still
 *   checked and reported).
 * @throws {CliError}
 *   Exit 2 for a missing input, a bad configuration, plugin or baseline, or
 *   an unknown `--locale`.
 */
export async function runValidate(inputs: readonly string[], options: ValidateCommandOptions, io: Io): Promise<ExitCode> {
  const cwd = options.cwd ?? process.cwd()
  const baselineFile =
    options.baseline !== undefined || options.updateBaseline
      ? path.resolve(cwd, options.baseline ?? defaultBaseline)
      : undefined
  // The baseline and the configuration are the run's own files, never profiles to check.
  const own = new Set([baselineFile, options.config === undefined ? undefined : path.resolve(cwd, options.config)])
  const files = (await expandInputs(inputs, cwd)).filter((file) => !own.has(file.absolute))
  if (files.length === 0) {
    throw new CliError(`${inputs.join(' ')}: nothing to check besides the baseline and the configuration`, exitCodes.usage)
  }

  const lexicon = await loadLexicons(options.lexicon ?? [])
  const loader = new ConfigLoader(cwd, options.config)
  const baseline =
    baselineFile && !options.updateBaseline ? await readBaseline(baselineFile, options.baseline ?? defaultBaseline) : undefined

  // Plugins may register locales: check --locale once every configuration's plugins are loaded.
  const configs = []
  for (const file of files) {
    const loaded = await loader.forFile(file.absolute)
    configs.push({file, loaded, detectors: await configDetectors(loaded, cwd)})
  }

  await checkLocaleOption(options.locale)
  const checked: CheckedFile[] = []
  let failed = false
  for (const {file, loaded, detectors} of configs) {
    const relative = loaded ? toPosix(path.relative(loaded.folder, file.absolute)) : file.display
    if (isIgnored(loaded?.config, relative)) continue
    const settings = resolveSettings(loaded?.config, relative, builtinRules)
    try {
      checked.push(
        await checkFile(file, settings, {
          format: options.format,
          lexicon,
          detectors,
          locale: options.locale,
          maxFileSize: options.maxFileSize ?? defaultMaxFileSize
        })
      )
    } catch (error) {
      // A bug of ours, not a problem of the file: report it there, go on, exit 2.
      failed = true
      checked.push({file, messages: [internalError(file.display, error)], text: undefined})
    }
  }

  let reports: FileReport[] = checked.map(({file, messages}) => ({path: file.display, messages}))
  if (baselineFile && options.updateBaseline) {
    const recorded = createBaseline(checked.map((entry) => baselineEntry(baselineFile, entry)))
    await writeBaseline(baselineFile, toPosix(path.relative(cwd, baselineFile)), recorded)
    const count = Object.values(recorded.files).flatMap((rules) => Object.values(rules)).flatMap(Object.values)
    io.stderr.write(
      `profession-parser: wrote ${toPosix(path.relative(cwd, baselineFile))} (${count.reduce((sum, value) => sum + value, 0)} problems in ${Object.keys(recorded.files).length} files)\n`
    )
    reports = suppress(recorded, baselineFile, checked)
  } else if (baseline && baselineFile) {
    reports = suppress(baseline, baselineFile, checked)
  }

  io.stdout.write(await report(reports, options))
  return failed ? exitCodes.usage : exitCode(reports, options.maxWarnings)
}

function internalError(file: string, error: unknown): VFileMessage {
  const message = new VFileMessage(`Cannot check file: internal error: ${describeError(error)}`, {
    place: {line: 1, column: 1},
    source: messageSource
  })
  message.fatal = true
  message.file = file
  return message
}

function baselineEntry(baselineFile: string, {file, messages, text}: CheckedFile) {
  return {path: baselinePath(baselineFile, file.absolute), messages, text}
}

function suppress(baseline: Baseline, baselineFile: string, checked: readonly CheckedFile[]): FileReport[] {
  return checked.map((entry) => ({
    path: entry.file.display,
    messages: applyBaseline(baseline, baselineEntry(baselineFile, entry)).messages
  }))
}

function exitCode(reports: readonly FileReport[], maxWarnings: number | undefined): ExitCode {
  let warnings = 0
  for (const {messages} of reports) {
    for (const message of messages) {
      if (message.fatal === true) return exitCodes.failed
      if (message.fatal === false) warnings++
    }
  }

  return maxWarnings !== undefined && warnings > maxWarnings ? exitCodes.failed : exitCodes.ok
}
