import path from 'node:path'
import type {Lexicon} from '../segment/lexicon.js'
import {CliError, oneLine} from './errors.js'
import {exitCodes} from './io.js'

/**
 * Load the `--lexicon` files, each once and before any document is parsed,
 * in the order given; a file named twice is loaded once. Loads nothing (and
 * imports no CSV parser) when there are none.
 *
 * @param files
 *   Paths as typed, relative to the working folder.
 * @returns
 *   The lexicons, to pass to every parse as `lexicon`.
 * @throws {CliError}
 *   Exit 2 with the lexicon error's one line, `path:line: reason`, when a
 *   file cannot be read (or is not a regular file), is malformed, or has no
 *   label column.
 */
export async function loadLexicons(files: readonly string[]): Promise<Lexicon[]> {
  if (files.length === 0) return []
  const [{loadLexicon}, {LexiconError}] = await Promise.all([
    import('../segment/load-lexicon.js'),
    import('../segment/lexicon-file.js')
  ])
  const seen = new Set<string>()
  const lexicons: Lexicon[] = []

  for (const file of files) {
    const absolute = path.resolve(file)
    if (seen.has(absolute)) continue
    seen.add(absolute)
    // loadLexicon refuses a FIFO or a device (never waits on it) with the path.
    try {
      lexicons.push(await loadLexicon(file))
    } catch (error) {
      // Anything else is a bug in the loader: `main` reports it as one.
      if (!(error instanceof LexiconError)) throw error
      throw new CliError(oneLine(error.message), exitCodes.usage, {cause: error})
    }
  }

  return lexicons
}
