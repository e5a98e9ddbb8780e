import {InvalidArgumentError, Option, type Command} from 'commander'
import type {ExitCode, Io} from '../io.js'
import {defaultMaxFileSize} from '../size.js'
import {formatOption, lexiconOption, localeOption, maxFileSizeOption} from '../options.js'
import {reporterNames, type ReporterName} from './report.js'

const help = `
Inputs: files (any extension; .json is read as a converted profile), folders
(their .txt, .text, .md, .markdown, .html, .htm and .json files, without
dot files, node_modules, package.json and tsconfig*.json) or globs.

Configuration: --config FILE, or else the nearest .profession-parser.json
(or a "profession-parser" key in package.json) from each document's folder
upward; without one, the recommended preset. Rules: docs/rules/<id>.md.
Its "plugins" (ES modules, by path: ./ or ../, relative to it, or
absolute; URLs and package names are refused) add section detectors and
locale packs to the parsing of documents; --locale sets their language
(default: detected per document). Plugins are code: for files from
elsewhere, pass --config with a file of your own.

A file that cannot be read gets an error message at 1:1 (rule
unreadable-file), and the others are still checked. So does one that is
not a regular file (a FIFO, socket or device: never waited on), and one
larger than --max-file-size, which is not read at all (File skipped:
12,000,000 bytes is over the --max-file-size limit of 10,000,000 bytes).

Exit codes:
  0  no errors, and at most --max-warnings warnings
  1  an error (a file that cannot be read, or is larger than
     --max-file-size, included), or more warnings than --max-warnings
  2  usage error, missing input, invalid configuration or baseline, or the
     tool failed

Examples:
  $ profession-parser validate profiles
  $ profession-parser validate 'profiles/**/*.md' out --reporter github --quiet
  $ profession-parser validate profiles --reporter sarif > validate.sarif
  $ profession-parser validate profiles --update-baseline   # accept what is there now
  $ profession-parser validate profiles --baseline .profession-parser-baseline.json`

/**
 * Add `validate` to the program. Only its options live here: the command
 * is loaded when it runs.
 *
 * @param program
 *   The program.
 * @param io
 *   Streams.
 * @param done
 *   Receives the exit code.
 */
export function addValidateCommand(program: Command, io: Io, done: (code: ExitCode) => void): Command {
  return program
    .command('validate')
    .description('check documents and converted profiles against rules, for CI')
    .argument('<inputs...>', 'files, folders or globs')
    .option('-c, --config <file>', 'configuration file (default: nearest .profession-parser.json or package.json key)')
    .addOption(
      new Option('-r, --reporter <name>', 'output format').choices(reporterNames).default('stylish')
    )
    .option('--max-warnings <n>', 'fail when there are more than n warnings (default: no limit)', count)
    .option('--baseline <file>', 'ignore the problems recorded in this file')
    .option('--update-baseline', `record the current problems in the --baseline file (default: .profession-parser-baseline.json)`)
    .addOption(formatOption('from the extension: .md/.markdown → markdown, .html/.htm → html, .json → profile, else text'))
    .addOption(lexiconOption())
    .addOption(localeOption())
    .addOption(maxFileSizeOption())
    .option('-q, --quiet', 'do not report info messages (stylish: nor files without messages)')
    .option('--verbose', 'stylish: show notes, related places and rule URLs')
    .option('--no-color', 'stylish: no colours (default: colours on a terminal)')
    .addHelpText('after', help)
    .action(async (inputs: string[], options: Record<string, unknown>) => {
      const {runValidate} = await import('./command.js')
      const colorable = (io.stdout as {isTTY?: boolean}).isTTY === true && !process.env['NO_COLOR']
      done(
        await runValidate(
          inputs,
          {
            config: options['config'] as string | undefined,
            reporter: options['reporter'] as ReporterName,
            maxWarnings: options['maxWarnings'] as number | undefined,
            baseline: options['baseline'] as string | undefined,
            updateBaseline: options['updateBaseline'] === true,
            format: options['format'] as 'text' | 'markdown' | 'auto' | undefined,
            lexicon: (options['lexicon'] as string[] | undefined) ?? [],
            locale: options['locale'] as string | undefined,
            maxFileSize: (options['maxFileSize'] as number | undefined) ?? defaultMaxFileSize,
            quiet: options['quiet'] === true,
            verbose: options['verbose'] === true,
            color: options['color'] !== false && colorable
          },
          io
        )
      )
    })
}

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more')
  return Number(value)
}
