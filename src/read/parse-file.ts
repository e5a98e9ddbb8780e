import {parse, type ParseOptions, type ParseResult} from '../parse.js'
import {formatFromPath} from './format.js'
import {readRegularFile} from './read-file.js'

/**
 * Read and parse a profession document from disk (Node.js only).
 *
 * The format comes from the extension (`.md`/`.markdown` → Markdown,
 * `.html`/`.htm` → HTML, anything else → text) unless `options.format`
 * says otherwise. Messages carry the path.
 *
 * @throws {NotAFileError}
 *   When the path is a folder, a FIFO, a socket or a device (refused
 *   before reading: a FIFO would wait for a writer).
 * @throws
 *   When the file cannot be read (the `fs` error, with its `code`).
 */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<ParseResult> {
  const bytes = await readRegularFile(path)
  return parse(bytes, {
    ...options,
    format: options.format ?? formatFromPath(path),
    file: options.file ?? path
  })
}
