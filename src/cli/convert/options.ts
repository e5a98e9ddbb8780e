import {InvalidArgumentError, Option} from 'commander'
import {documentOptions, type ConvertCommandOptions} from '../options.js'

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
export function convertCommandOptions(options: Record<string, unknown>): ConvertCommandOptions {
  return {
    ...documentOptions(options),
    outDir: options['outDir'] as string | undefined,
    jsonl: options['jsonl'] as string | undefined,
    ignore: (options['ignore'] as string[] | undefined) ?? [],
    learn: options['learn'] === true,
    concurrency: options['concurrency'] as number | undefined,
    progress: options['progress'] !== false,
    failFast: options['failFast'] === true
  }
}

function positiveInteger(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('Expected a whole number of at least 1.')
  return number
}
