import type {FrontEnds} from '../../pipeline.js'
import type {FormatOption} from '../../read/format.js'
import type {Lexicon} from '../../segment/lexicon.js'
import type {Settings} from './job.js'
import {createWriter} from './write.js'

/**
 * What every document of a run is converted with, as plain data: the main
 * thread hands it to each worker once, and both build their `Settings` from it.
 */
export interface RunConfig {
  /** Format for every document; `undefined` means from each extension. */
  format: FormatOption | undefined
  /** `--lexicon` files, already checked by the main thread; workers load them once. */
  lexiconFiles: string[]
  /** Absolute output folder (`--out-dir`); the main thread has made it. */
  outDir: string | undefined
  /** Make JSON Lines records. */
  jsonl: boolean
  /** Keep the JSON of the one document for standard output. */
  stdout: boolean
  /** Leave out info messages. */
  quiet: boolean
  /** Add stacks to failures. */
  debug: boolean
}

/**
 * The settings of a run, built once per thread.
 *
 * @param config
 *   The run's configuration.
 * @param lexicon
 *   Its lexicons, loaded.
 */
export async function createSettings(config: RunConfig, lexicon: readonly Lexicon[]): Promise<Settings> {
  return {
    parse: createParser(),
    format: config.format,
    lexicon,
    write: config.outDir === undefined ? undefined : await createWriter(config.outDir),
    jsonl: config.jsonl,
    stdout: config.stdout
  }
}

/**
 * A parser that loads the pipeline on first use, and the Markdown front end
 * (remark) only when a document is not known to be text: a batch of
 * copy-pasted pages never loads it.
 */
export function createParser(): Settings['parse'] {
  let pipeline: Promise<typeof import('../../pipeline.js')> | undefined
  let markdown: Promise<FrontEnds> | undefined
  return async (input, options) => {
    const {runPipeline} = await (pipeline ??= import('../../pipeline.js'))
    const frontEnds =
      options.format === 'text'
        ? {}
        : await (markdown ??= import('../../markdown/parse-markdown.js').then((module) => ({
            markdown: module.parseMarkdown
          })))
    return runPipeline(input, options, frontEnds)
  }
}
