import {open, type FileHandle} from 'node:fs/promises'
import {fileKind, NotAFileError, openFlags} from '../read/read-file.js'
import {describeError} from './errors.js'
import {formatBytes} from './size.js'

export {fileKind, NotAFileError} from '../read/read-file.js'

/** A document larger than `--max-file-size`: skipped, never read into memory. */
export class TooLargeError extends Error {
  constructor(
    /** The limit, in bytes. */
    readonly limit: number,
    /** The size, in bytes, when known (standard input stops being read at the limit). */
    readonly size?: number | undefined
  ) {
    super(
      (size === undefined ? 'over' : `${formatBytes(size)} is over`) +
        ` the --max-file-size limit of ${formatBytes(limit)}`
    )
    this.name = 'TooLargeError'
  }
}


/*
 * Opened without blocking: opening a FIFO for reading otherwise waits, with
 * no end, for a writer. A regular file reads the same either way. (Windows
 * has no such flag, and no FIFOs to open by path.)
 */

/**
 * Read a document's bytes, at most `limit` of them. What is checked is the
 * file that was opened, not the path (which may change in between): it must
 * be a regular file — a FIFO would block, a device such as `/dev/zero` never
 * ends — and no larger than the limit, which is checked before anything is
 * read and again while reading (the file may grow).
 *
 * @param file
 *   Path to read.
 * @param limit
 *   `--max-file-size`, in bytes.
 * @throws {TooLargeError}
 *   When the file is larger than `limit`.
 * @throws {NotAFileError}
 *   When it is not a regular file.
 */
export async function readDocument(file: string, limit: number): Promise<Uint8Array> {
  const handle = await open(file, openFlags)
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new NotAFileError(fileKind(stats))
    if (stats.size > limit) throw new TooLargeError(limit, stats.size)
    return await readBounded(handle, stats.size, limit)
  } finally {
    await handle.close()
  }
}

/**
 * Read a whole stream into bytes (standard input, for `parse -` and
 * `format -`), counting them as they come: past `limit`, reading stops.
 *
 * @param stream
 *   Stream to drain.
 * @param limit
 *   `--max-file-size`, in bytes.
 * @throws {TooLargeError}
 *   When the stream holds more than `limit` bytes.
 */
export async function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let length = 0
  // Leaving the loop early destroys the stream: nothing more is read.
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    length += bytes.byteLength
    if (length > limit) throw new TooLargeError(limit)
    chunks.push(bytes)
  }

  return Buffer.concat(chunks)
}

/**
 * The one line that says why a document was not read, naming it:
 * `a.txt: skipped: 12,000,000 bytes is over the --max-file-size limit of
 * 10,000,000 bytes`, or `a.txt: cannot read file: ENOENT: no such file or
 * directory`.
 *
 * @param name
 *   The document as shown (path as found, or `<stdin>`).
 * @param error
 *   What reading threw.
 */
export function readFailure(name: string, error: unknown): string {
  return error instanceof TooLargeError
    ? `${name}: skipped: ${error.message}`
    : `${name}: cannot read file: ${describeError(error)}`
}

/**
 * Read what the handle holds, into one buffer sized by what `stat` said; a
 * file that grows past `limit` meanwhile is refused as soon as it does.
 */
async function readBounded(handle: FileHandle, expected: number, limit: number): Promise<Uint8Array> {
  // One byte more than expected, so a read that fills it shows the file grew.
  // Never from the shared pool: the bytes may be handed to another thread.
  let buffer = Buffer.allocUnsafeSlow(Math.min(expected, limit) + 1)
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) throw new TooLargeError(limit)
      const larger = Buffer.allocUnsafeSlow(Math.min(length * 2, limit + 1))
      buffer.copy(larger, 0, 0, length)
      buffer = larger
    }

    const {bytesRead} = await handle.read(buffer, length, buffer.length - length, null)
    if (bytesRead === 0) return buffer.subarray(0, length)
    length += bytesRead
  }
}
