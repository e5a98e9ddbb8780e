import {readFile} from 'node:fs/promises'
import type {Lexicon} from './lexicon.js'
import {LexiconError, parseLexicon} from './lexicon-file.js'

/**
 * Read a lexicon file (Node.js only): ESCO's skills CSV, a CSV with a label
 * column, or a plain list of labels. See `parseLexicon`.
 *
 * @throws {LexiconError}
 *   When the file cannot be read or parsed; the message names the path and line.
 */
export async function loadLexicon(path: string): Promise<Lexicon> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as {code?: string}).code
    throw new LexiconError('Cannot read lexicon' + (code ? ` (${code})` : ''), path, 1)
  }

  return parseLexicon(text, {file: path})
}
