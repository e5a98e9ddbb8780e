import path from 'node:path'
import {formatFromPath} from '../read/format.js'
import {failureText} from './errors.js'
import {exitCodes, stdinName, type ExitCode, type Io} from './io.js'
import {messageLines, worstSeverity} from './message-line.js'
import type {ParseCommandOptions} from './options.js'
import {professionJson} from './json.js'
import {loadLexicons} from './lexicons.js'
import {readDocument, readFailure, readStream} from './read-document.js'
import {checkLocaleOption, configDetectors, stdinPlace} from './setup.js'
import {ConfigLoader} from './validate/config-file.js'

/**
 * `profession-parser parse <file|->`: print the profession as JSON on
 * stdout and the messages on stderr.
 *
 * @param file
 *   Path, or `-` for standard input.
 * @param options
 *   Command options.
 * @param io
 *   Streams.
 * @returns
 *   1 when the document had an error (or `--frail` and a warning), could
 *   not be read, or was larger than `--max-file-size`, else 0.
 * @throws {CliError}
 *   When a lexicon, the configuration or a plugin cannot be loaded, or
 *   `--locale` is unknown (exit 2).
 */
export async function runParse(file: string, options: ParseCommandOptions, io: Io): Promise<ExitCode> {
  const fromStdin = file === '-'
  const name = fromStdin ? stdinName : file
  // Load the parser while the lexicons and the file are read: it is most of the start-up time.
  const parser = import('../parse.js')
  // Handled where awaited; this only keeps a failed import from being unhandled if a lexicon throws first.
  parser.catch(() => undefined)
  // A bad lexicon, configuration, plugin or locale is a usage error: found before standard input is consumed.
  const lexicon = await loadLexicons(options.lexicon)
  const cwd = process.cwd()
  const loaded = await new ConfigLoader(cwd, options.config).forFile(fromStdin ? stdinPlace(cwd) : path.resolve(cwd, file))
  const detectors = await configDetectors(loaded, cwd)
  await checkLocaleOption(options.locale)

  let bytes: Uint8Array
  try {
    bytes = fromStdin ? await readStream(io.stdin, options.maxFileSize) : await readDocument(file, options.maxFileSize)
  } catch (error) {
    io.stderr.write(failureText(readFailure(name, error), error, options.debug))
    return exitCodes.failed
  }

  const {parse} = await parser
  const format = options.format ?? (fromStdin ? 'auto' : formatFromPath(file))
  const result = parse(bytes, {format, file: name, lexicon, detectors, locale: options.locale})

  io.stdout.write(professionJson(result.profession))
  io.stderr.write(messageLines(result.messages, name, options))

  const worst = worstSeverity(result.messages)
  return worst === 'error' || (options.frail && worst === 'warning') ? exitCodes.failed : exitCodes.ok
}
