import {Command} from 'commander'
import {stdinName, type ExitCode, type Io} from './io.js'
import {
  collect,
  configOption,
  documentOptions,
  formatOption,
  lexiconOption,
  localeOption,
  maxFileSizeOption,
  readHelp,
  reportOptions
} from './options.js'
import {convertOptions, convertCommandOptions} from './convert/options.js'
import {addFormatCommand} from './format/define.js'
import {addSchemaCommand} from './schema.js'
import {addValidateCommand} from './validate/define.js'
import {packageVersion} from './version.js'

const exitHelp = `
Exit codes:
  0  no document had an error
  1  a document had an error message, could not be read or written, or was
     larger than --max-file-size
  2  usage error (unknown option, missing argument, bad value), a lexicon,
     configuration or plugin that cannot be loaded, or the tool failed`

const lexiconHelp = `
Lexicons (--lexicon, repeatable; each file is read once, before any document):
  - ESCO's skills CSV as downloaded, columns found by name in any order:
    preferredLabel, altLabels (one label per line inside the quoted field,
    or separated by " | "), conceptUri, skillType (knowledge or
    skill/competence)
  - a CSV (comma- or tab-separated) with a label column such as
    preferredLabel, label, skill_label or name
  - a plain list, one label per line (lines starting with # are skipped)
A file ending in .csv, or whose first line is a CSV header, is read as CSV.
Known labels guide the splitting of run-on optional lists. An item whose
name matches a label (case and spacing aside) that has a conceptUri gets
its uri and skillType, and an optional item its kind from the skillType.
A file that cannot be read, a malformed CSV, or a CSV without a label
column exits 2 with one line naming file:line (and the columns it saw).`

const pluginHelp = `
Locales and plugins:
  --locale sets the language of headings and Holland type names (en, nl);
  without it, each document's is detected from its headings. The nearest
  .profession-parser.json (or --config FILE) may list "plugins": ES modules,
  by path (./ or ../, relative to it, or absolute; URLs and package names
  are refused), whose default or \`detectors\` export adds section
  detectors (or replaces built-ins by id) and whose \`locales\` export adds
  locale packs. A plugin that cannot be loaded, or an unknown --locale,
  exits 2. Plugins are code: for documents from elsewhere, pass --config
  with a file of your own, so no configuration beside them is read. See
  docs/detectors.md and docs/locales.md.`

const messageHelp = `
Messages go to stderr, one per line:
  file:line:column severity reason ruleId
where severity is error, warning or info.`

/**
 * Build the command-line program. Commands load their implementation only
 * when run, so `--help` and `--version` stay fast and `parse` never loads
 * the glob libraries `convert` needs.
 *
 * @param io
 *   Streams to write help, errors and results to.
 * @param done
 *   Receives the exit code of the command that ran.
 */
export function createProgram(io: Io, done: (code: ExitCode) => void): Command {
  const program = new Command('profession-parser')
    .description('Parse ESCO-based profession profiles (copy-pasted pages, Markdown, saved HTML pages) into JSON.')
    .version(packageVersion(), '-v, --version', 'print the version')
    .option('--debug', 'print stack traces of failures')
    .helpOption('-h, --help', 'print help')
    .helpCommand('help [command]', 'print help for a command')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text)
    })
    .showHelpAfterError('(run with --help for usage)')
    // Throw instead of exiting, so `main` maps usage errors to exit code 2.
    .exitOverride()
    .addHelpText('after', exitHelp)

  const parse = program
    .command('parse')
    .description('parse one document and print its profession as JSON on stdout')
    .argument('<file>', `document to parse, or - to read standard input (named ${stdinName} in messages)`)
    .addOption(formatOption('from the extension: .md/.markdown → markdown, .html/.htm → html, else text; auto for -'))
    .addOption(lexiconOption())
    .addHelpText(
      'after',
      `${messageHelp}
The JSON is printed even when the document has errors: it holds what could be found.
${readHelp}
${lexiconHelp}
${pluginHelp}
${exitHelp}

Examples:
  $ profession-parser parse seeds/producer.txt
  $ profession-parser parse - --format markdown < profile.md
  $ profession-parser parse seeds/producer.txt --lexicon skills_en.csv
  $ profession-parser parse beroep.txt --locale nl`
    )
    .action(async (file: string, _options: unknown, command: Command) => {
      const {runParse} = await import('./parse-command.js')
      done(await runParse(file, documentOptions(command.optsWithGlobals()), io))
    })

  const convert = program
    .command('convert')
    .description('convert documents to one JSON file each, mirroring their folders, or to JSON Lines')
    .argument('<inputs...>', 'files, folders (their .txt, .text, .md, .markdown, .html, .htm files) or globs')
    .option('-o, --out-dir <dir>', 'folder to write <stem>.json files to (never read as input)')
    .option(
      '-i, --ignore <glob>',
      'leave out files matching a glob, relative to the working folder; repeatable',
      collect
    )
    .addOption(formatOption('from each file extension: .md/.markdown → markdown, .html/.htm → html, else text'))
    .addOption(lexiconOption())
    .option(
      '--learn',
      'read every document twice: first to learn the batch\'s vocabulary (essential knowledge and ' +
        'skill names, optional items that needed no splitting, then the labels of run-on lines it is ' +
        'nearly sure of), then to convert with it'
    )
    .addHelpText(
      'after',
      `${messageHelp}
A file with an error message is counted as failed and not written; one bad
file never stops the batch. Without --out-dir or --jsonl, one file's JSON
goes to stdout. Documents are parsed on worker threads, --concurrency at a
time, and reported in input order. A summary line ends the run; with --learn, a
line before the first file's messages says what was learned
(learned 5,123 labels from 400 documents). Learned labels come before
the --lexicon files; those still link items to the taxonomy.
${readHelp}
${lexiconHelp}
${pluginHelp}
${exitHelp}

Examples:
  $ profession-parser convert corpus --out-dir out      # corpus/a/b.txt → out/a/b.json
  $ profession-parser convert 'pages/**/*.md' -o out --ignore '**/drafts/**'
  $ profession-parser convert corpus -o out --learn --lexicon skills_en.csv
  $ profession-parser convert corpus --jsonl corpus.jsonl --concurrency 4
  $ profession-parser convert page.txt > page.json`
    )
    .action(async (inputs: string[], _options: unknown, command: Command) => {
      const {runConvert} = await import('./convert/command.js')
      done(await runConvert(inputs, convertCommandOptions(command.optsWithGlobals()), io))
    })

  for (const option of convertOptions()) convert.addOption(option)

  for (const command of [parse, convert]) {
    command.addOption(localeOption()).addOption(configOption()).addOption(maxFileSizeOption())
    for (const option of reportOptions()) command.addOption(option)
  }

  addValidateCommand(program, io, done)
  addFormatCommand(program, io, done)
  addSchemaCommand(program, io, done)

  return program
}
