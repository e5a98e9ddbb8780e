import {readRegularFile} from '../read/read-file.js'
import type {Lexicon} from './lexicon.js'
import {LexiconError, parseLexicon} from './lexicon-file.js'

/**
 * Read a lexicon file (Node.js only): ESCO's skills CSV, a CSV with a label
 * column, or a plain list of labels. See `parseLexicon`.
 *
 * @throws {LexiconError}
 *   When the file cannot be read or parsed, or is not a regular file (a
 *   FIFO is refused, not waited on); the message names the path and line.
 */
export async function loadLexicon(path: string): Promise<Lexicon> {
  let text: string
  try {
    text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(await readRegularFile(path))
  } catch (error) {
    throw new LexiconError('Cannot read lexicon: ' + (error instanceof Error ? error.message : String(error)), path, 1)
  }

  return parseLexicon(text, {file: path})
}
