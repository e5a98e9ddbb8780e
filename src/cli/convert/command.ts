import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import {CliError, describeError} from '../errors.js'
import {exitCodes, type ExitCode, type Io} from '../io.js'
import {loadLexicons} from '../lexicons.js'
import type {ConvertCommandOptions} from '../options.js'
import {find} from './find.js'
import type {Settings} from './job.js'
import {runJobs} from './pipeline.js'
import {createTally, jobText, learnedLine, outcomeOf, summaryLine} from './report.js'
import {planTargets} from './target.js'
import {learnVocabulary} from './vocabulary.js'
import {createWriter} from './write.js'

/**
 * `profession-parser convert <inputs…> --out-dir DIR`: find → read → parse →
 * write → report, one document at a time; one bad document never stops the
 * batch. With `--learn`, a first pass (read → parse → learn) over the whole
 * batch learns its vocabulary, and the second pass parses with it.
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
 *   When a lexicon cannot be loaded, no input matched, or the output folder
 *   cannot be made (exit 2).
 */
export async function runConvert(
  inputs: readonly string[],
  options: ConvertCommandOptions,
  io: Io
): Promise<ExitCode> {
  const started = performance.now()
  const cwd = process.cwd()
  const outDir = path.resolve(cwd, options.outDir)
  const parser = import('../../parse.js')
  // Handled where awaited; this only keeps a failed import from being unhandled if a usage error comes first.
  parser.catch(() => undefined)
  // First, so a bad lexicon fails the run before anything is created.
  const lexicon = await loadLexicons(options.lexicon)

  const found = await find(inputs, {cwd, ignore: options.ignore, outDir})
  if (found.jobs.length === 0) {
    const hint = found.inOutDir > 0 ? ` (files inside the output folder ${options.outDir} are never read)` : ''
    throw new CliError(`error: no input files matched ${inputs.map(quote).join(', ')}${hint}`, exitCodes.usage)
  }

  for (const input of found.unmatched) io.stderr.write(`${input}: no files matched\n`)

  try {
    await mkdir(outDir, {recursive: true})
  } catch (error) {
    throw new CliError(`${options.outDir}: cannot create output folder: ${describeError(error)}`, exitCodes.usage, {
      cause: error
    })
  }

  planTargets(found.jobs, outDir)
  let settings: Settings = {
    parse: (await parser).parse,
    format: options.format,
    lexicon,
    write: await createWriter(outDir)
  }

  if (options.learn) {
    const vocabulary = await learnVocabulary(found.jobs, settings)
    io.stderr.write(learnedLine(vocabulary.lexicon.size, vocabulary.documents) + '\n')
    // Learned labels first: the batch's own names for things guide its lists; the user's lexicons still link.
    settings = {...settings, lexicon: [vocabulary.lexicon, ...lexicon]}
  }

  const tally = createTally()

  await runJobs(found.jobs, settings, (job) => {
    tally[outcomeOf(job)]++
    io.stderr.write(jobText(job, options))
  })

  io.stderr.write(summaryLine(tally, (performance.now() - started) / 1000) + '\n')

  if (tally.crashed > 0) return exitCodes.usage
  if (tally.failed > 0 || (options.frail && tally.warned > 0)) return exitCodes.failed
  return exitCodes.ok
}

function quote(value: string): string {
  return `'${value}'`
}
