import path from 'node:path'
import {CliError, describeError} from '../errors.js'
import {exitCodes, type ExitCode, type Io} from '../io.js'
import {loadLexicons} from '../lexicons.js'
import type {ConvertCommandOptions} from '../options.js'
import type {ConvertOptions} from './options.js'
import type {Lexicon} from '../../segment/lexicon.js'
import {createProgress, showProgress} from '../progress.js'
import {checkLocaleOption, configDetectors} from '../setup.js'
import {ConfigLoader} from '../validate/config-file.js'
import {convertPass, learnPass, type Batch} from './batch.js'
import {find} from './find.js'
import {makeOutDir, openSink, planOutput} from './output.js'
import {createTally, learnedLine, stoppedLine, summaryLine} from './report.js'
import {chooseRunner} from './choose.js'
import {avoidPretenuring} from './heap.js'
import {onInterrupt} from './signals.js'
import type {LineSink} from './sink.js'
import type {RunConfig} from './settings.js'
import {planTargets} from './target.js'
import type {Job} from './job.js'

/**
 * `profession-parser convert <inputs…>`: find → read → parse → write →
 * report, on worker threads, reported in input order; one bad document
 * never stops the batch (unless `--fail-fast`). With `--learn`, a first pass
 * (read → parse → learn) over the whole batch learns its vocabulary, and the
 * second pass parses with it.
 *
 * @param inputs
 *   Files, folders and globs as typed.
 * @param options
 *   Command options.
 * @param io
 *   Streams.
 * @returns
 *   2 when a document hit a bug, 1 when one failed (or `--frail` and one
 *   had warnings), else 0.
 * @throws {CliError}
 *   When there is no output, a lexicon, configuration or plugin cannot be
 *   loaded, `--locale` is unknown, no input matched, or an output cannot be
 *   made (exit 2).
 */
export async function runConvert(
  inputs: readonly string[],
  options: ConvertOptions,
  io: Io
): Promise<ExitCode> {
  const started = performance.now()
  const cwd = process.cwd()
  const output = await planOutput(inputs, options, cwd)
  // Before anything is created, so a bad lexicon fails the run cleanly.
  let lexicon: Lexicon[] | undefined = await loadLexicons(options.lexicon)

  const outFiles = output.jsonl === undefined || output.jsonl === '-' ? [] : [output.jsonl]
  const found = await find(inputs, {cwd, ignore: options.ignore, outDir: output.outDir, outFiles})
  if (found.jobs.length === 0) {
    const hint = found.inOutDir > 0 ? ` (${outputName(options)} ${options.outDir ? 'are' : 'is'} never read)` : ''
    throw new CliError(`error: no input files matched ${inputs.map(quote).join(', ')}${hint}`, exitCodes.usage)
  }

  // Every configuration and plugin is checked, and every locale registered, before anything is written.
  const pluginSets = await assignPlugins(found.jobs, cwd, options.config)
  await checkLocaleOption(options.locale)
  for (const input of found.unmatched) io.stderr.write(`${input}: no files matched\n`)
  for (const line of found.notRead) io.stderr.write(line + '\n')
  if (output.outDir !== undefined) {
    await makeOutDir(output.outDir, options)
    planTargets(found.jobs, output.outDir)
  }

  const documents = found.jobs.filter((job) => !job.failure).length
  const config: RunConfig = {
    format: options.format,
    lexiconFiles: options.lexicon,
    pluginSets,
    locale: options.locale,
    maxFileSize: options.maxFileSize,
    outDir: output.outDir,
    jsonl: output.jsonl !== undefined,
    stdout: output.stdout,
    quiet: options.quiet,
    debug: options.debug,
    workerHeap: options.workerHeap
  }
  // Before any worker starts: V8's flags are the process's.
  avoidPretenuring()
  const runner = await chooseRunner(config, lexicon, documents, options.concurrency, options.failFast)
  // Workers load their own copies: the main thread keeps one only to run documents itself.
  lexicon = undefined
  const progress = await createProgress(io.stderr, showProgress(io.stderr, options.progress))
  const batch: Batch = {jobs: found.jobs, runner, progress, report: options, window: runner.window}
  const tally = createTally()
  let sink: LineSink | undefined
  const release = onInterrupt(() => {
    progress.stop()
    sink?.abort()
  })

  let skipped = 0
  try {
    sink = await openSink(output, io)
    if (options.learn) {
      const vocabulary = await learnPass(batch)
      runner.learned(vocabulary)
      progress.log(learnedLine(vocabulary.lexicon.size, vocabulary.documents) + '\n')
    }

    skipped = await convertPass(batch, async (finished) => {
      tally[finished.outcome]++
      if (finished.line !== undefined) await jsonl(options, sink!.write(finished.line))
      if (finished.json !== undefined && output.stdout) io.stdout.write(finished.json)
      return !(options.failFast && (finished.outcome === 'failed' || finished.outcome === 'crashed'))
    })
    if (sink) await jsonl(options, sink.commit())
  } catch (error) {
    sink?.abort()
    throw error
  } finally {
    release()
    progress.stop()
    await runner.close()
  }

  if (skipped > 0) io.stderr.write(stoppedLine(skipped) + '\n')
  io.stderr.write(summaryLine(tally, (performance.now() - started) / 1000) + '\n')

  if (tally.crashed > 0) return exitCodes.usage
  if (tally.failed > 0 || (options.frail && tally.warned > 0)) return exitCodes.failed
  return exitCodes.ok
}

/**
 * Find each document's configuration and give it the index of its plugin
 * set (documents whose configurations name the same plugins share one);
 * load every set once, so a bad plugin fails the run before it starts.
 *
 * @returns
 *   The plugin sets, as absolute module paths.
 */
async function assignPlugins(jobs: readonly Job[], cwd: string, config: string | undefined): Promise<string[][]> {
  const loader = new ConfigLoader(cwd, config)
  const sets: string[][] = []
  const indexes = new Map<string, number>()
  for (const job of jobs) {
    if (job.failure) continue
    const loaded = await loader.forFile(path.resolve(cwd, job.source.path))
    if (!loaded || loaded.plugins.length === 0) continue
    const key = loaded.plugins.join('\n')
    let index = indexes.get(key)
    if (index === undefined) {
      index = sets.length
      indexes.set(key, index)
      sets.push(loaded.plugins)
      await configDetectors(loaded, cwd)
    }

    job.source.plugins = index
  }

  return sets
}

/** A JSON Lines file that cannot be written fails the whole run, not one document. */
async function jsonl(options: ConvertCommandOptions, writing: Promise<void>): Promise<void> {
  try {
    await writing
  } catch (error) {
    throw new CliError(`${options.jsonl}: cannot write: ${describeError(error)}`, exitCodes.usage, {cause: error})
  }
}

function outputName(options: ConvertCommandOptions): string {
  return options.outDir ? `files inside the output folder ${options.outDir}` : `the output file ${options.jsonl}`
}

function quote(value: string): string {
  return `'${value}'`
}
