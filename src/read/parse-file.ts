import {readFile} from 'node:fs/promises'
import {parse, type ParseOptions, type ParseResult} from '../parse.js'
import {formatFromPath} from './format.js'

/**
 * Read and parse a profession document from disk (Node.js only).
 *
 * The format comes from the extension (`.md`/`.markdown` → Markdown,
 * anything else → text) unless `options.format` says otherwise. Messages
 * carry the path.
 *
 * @throws
 *   When the file cannot be read (the `fs` error, with its `code`).
 */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<ParseResult> {
  const bytes = await readFile(path)
  return parse(bytes, {
    ...options,
    format: options.format ?? formatFromPath(path),
    file: options.file ?? path
  })
}
