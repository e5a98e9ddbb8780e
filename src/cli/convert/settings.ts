import type {FrontEnds} from '../../pipeline.js'
import type {FormatOption} from '../../read/format.js'
import type {Lexicon} from '../../segment/lexicon.js'
import type {Detector} from '../../sections/detector.js'
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
  /**
   * The plugin sets of the documents' configurations (absolute module
   * paths), already checked by the main thread; each thread loads them all
   * once, so every thread knows the same locales.
   */
  pluginSets?: string[][] | undefined
  /** `--locale`, already checked. */
  locale?: string | undefined
  /** `--max-file-size`, in bytes. */
  maxFileSize: number
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
  /** Old-generation limit of each worker thread in MiB (`--worker-heap`); 0 or none leaves V8's own. */
  workerHeap?: number | undefined
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
  let detectors: Array<readonly Detector[]> = []
  const sets = config.pluginSets ?? []
  if (sets.length > 0) {
    const {loadPlugins} = await import('../plugins.js')
    detectors = await Promise.all(sets.map((files) => loadPlugins(files, process.cwd())))
  }

  return {
    parse: createParser(),
    format: config.format,
    lexicon,
    detectors,
    locale: config.locale,
    maxFileSize: config.maxFileSize,
    write: config.outDir === undefined ? undefined : await createWriter(config.outDir),
    jsonl: config.jsonl,
    stdout: config.stdout
  }
}

/**
 * A parser that loads the pipeline on first use, the Markdown front end
 * (remark) only when a document may be Markdown, and the HTML front end
 * (rehype-parse) only when it may be HTML: a batch of copy-pasted pages
 * loads neither.
 */
export function createParser(): Settings['parse'] {
  let pipeline: Promise<typeof import('../../pipeline.js')> | undefined
  let markdown: Promise<FrontEnds['markdown']> | undefined
  let html: Promise<FrontEnds['html']> | undefined
  return async (input, options) => {
    const {runPipeline} = await (pipeline ??= import('../../pipeline.js'))
    const format = options.format ?? 'auto'
    const frontEnds: FrontEnds = {}
    if (format === 'markdown' || format === 'auto') {
      frontEnds.markdown = await (markdown ??= import('../../markdown/parse-markdown.js').then((module) => module.parseMarkdown))
    }

    if (format === 'html' || format === 'auto') {
      frontEnds.html = await (html ??= import('../../html/read-html.js').then((module) => module.readHtml))
    }

    return runPipeline(input, options, frontEnds)
  }
}
