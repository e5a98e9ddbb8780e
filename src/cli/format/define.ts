import type {Command} from 'commander'
import type {ExitCode, Io} from '../io.js'
import {
  documentOptions,
  formatOption,
  lexiconOption,
  localeOption,
  maxFileSizeOption,
  readHelp,
  reportOptions
} from '../options.js'
import type {FormatCommandOptions} from './options.js'

const help = `
Inputs: files (any extension; read by --format, else by extension:
.md/.markdown → markdown, .html/.htm → html, else text), folders (their
.txt, .text, .md, .markdown, .html and .htm files), globs, or - for standard
input (alone; to stdout or with --check).

Canonical Markdown: # Title, the description, then ## Personality type,
## Knowledge and ## Skills (- **Name**: description), ## Optional knowledge
and skills, ## Common job titles, and ## Tasks / ## Related professions when
present. Parsing it gives the same profession; formatting it changes nothing.

Outputs:
  (none)        one document's Markdown on stdout
  --out-dir DIR <stem>.md for each document (below DIR as below its folder)
  --check       list the files whose content is not their canonical Markdown
  --write       rewrite Markdown files in place (atomically; a symlink stays a
                link, the file it points to is rewritten); other documents
                are never touched: they fail with a message (use --out-dir)
A document with an error message (or a warning, with --frail) is not written.
Messages go to stderr as file:line:column severity reason ruleId; a summary
line ends --out-dir, --check and --write runs.
${readHelp}

Exit codes:
  0  every document was formatted (with --check: every file is canonical)
  1  a file is not canonical (--check), a document had an error, a file
     could not be read or written or was larger than --max-file-size, or
     --write met a file that is not Markdown
  2  usage error, a missing input, a lexicon that cannot be read, or the tool
     failed

Examples:
  $ profession-parser format seeds/producer.txt
  $ profession-parser format pages --out-dir profiles
  $ profession-parser format 'profiles/**/*.md' --check
  $ profession-parser format profiles --write
  $ profession-parser format saved-page.html > profile.md`

/**
 * Add `format` to the program. Only its options live here: the command is
 * loaded when it runs.
 *
 * @param program
 *   The program.
 * @param io
 *   Streams.
 * @param done
 *   Receives the exit code.
 */
export function addFormatCommand(program: Command, io: Io, done: (code: ExitCode) => void): Command {
  const command = program
    .command('format')
    .description('write documents as canonical Markdown, or check that they are')
    .argument('<paths...>', 'files, folders or globs, or - for standard input')
    .option('-o, --out-dir <dir>', 'folder to write <stem>.md files to')
    .option('--check', 'list files that are not canonical Markdown; exit 1 if any')
    .option('--write', 'rewrite Markdown files in place')
    .addOption(formatOption('from the extension: .md/.markdown → markdown, .html/.htm → html, else text; auto for -'))
    .addOption(lexiconOption())
    .addOption(localeOption())
    .addOption(maxFileSizeOption())
    .addHelpText('after', help)
    .action(async (paths: string[], _options: unknown, command: Command) => {
      const {runFormat} = await import('./command.js')
      const options = command.optsWithGlobals()
      const formatOptions: FormatCommandOptions = {
        ...documentOptions(options),
        outDir: options['outDir'] as string | undefined,
        check: options['check'] === true,
        write: options['write'] === true
      }
      done(await runFormat(paths, formatOptions, io))
    })

  for (const option of reportOptions()) command.addOption(option)
  return command
}
