import {InvalidArgumentError, Option} from 'commander'
import {documentOptions, type ConvertCommandOptions} from '../options.js'
import {defaultWorkerHeap, minimumWorkerHeap} from './heap.js'

/** The options of `convert`, with those only its worker pool reads. */
export interface ConvertOptions extends ConvertCommandOptions {
  /** Old-generation limit of each worker thread, in MiB (`--worker-heap`); 0 leaves V8's own. */
  workerHeap: number
}

/** The options only `convert` has, besides `--out-dir`, `--ignore` and `--learn`. */
export function convertOptions(): Option[] {
  return [
    new Option(
      '--jsonl <file>',
      'write one JSON line per document, {"path","profession","messages"}, in input order, ' +
        'to a file (replaced only when the batch is done) or to standard output with -'
    ),
    new Option(
      '-j, --concurrency <n>',
      'documents to parse at once, each on a worker thread; 1 parses on the main thread ' +
        '(default: one worker per core, or the main thread for a batch too small to pay for starting workers)'
    ).argParser(positiveInteger),
    new Option(
      '--worker-heap <mib>',
      'old-generation limit of each worker thread, in MiB: under a lower one V8 collects garbage sooner, ' +
        `for less memory and more CPU time; 0 leaves it to V8, the fastest; else at least ${minimumWorkerHeap} ` +
        `(default: ${defaultWorkerHeap})`
    ).argParser(heapSize),
    new Option('--no-progress', 'never draw the progress bar (drawn only when stderr is a terminal and not under CI)'),
    new Option('--fail-fast', 'stop at the first file that fails (files already being converted still finish)')
  ]
}

/**
 * The options of `convert` as commander parsed them, each with its type.
 *
 * @param options
 *   Options with globals.
 */
export function convertCommandOptions(options: Record<string, unknown>): ConvertOptions {
  return {
    ...documentOptions(options),
    outDir: options['outDir'] as string | undefined,
    jsonl: options['jsonl'] as string | undefined,
    ignore: (options['ignore'] as string[] | undefined) ?? [],
    learn: options['learn'] === true,
    concurrency: options['concurrency'] as number | undefined,
    progress: options['progress'] !== false,
    failFast: options['failFast'] === true,
    workerHeap: (options['workerHeap'] as number | undefined) ?? defaultWorkerHeap
  }
}

function heapSize(value: string): number {
  const number = Number(value)
  // Below 64 MiB a worker can run out of memory loading the parser, outside any document.
  if (!Number.isInteger(number) || (number !== 0 && number < minimumWorkerHeap)) {
    throw new InvalidArgumentError(`Expected 0 or a whole number of at least ${minimumWorkerHeap}.`)
  }

  return number
}

function positiveInteger(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('Expected a whole number of at least 1.')
  return number
}
