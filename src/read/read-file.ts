import {constants, type Stats} from 'node:fs'
import {open} from 'node:fs/promises'

/*
 * Reading files for the Node.js entry points (`parseFile`, `loadLexicon`, the
 * CLI): a path that is not a regular file is refused before any read, since
 * a FIFO would wait for a writer and a device may never end.
 */

/** Opening never waits (on a FIFO with no writer); what was opened is then checked. */
export const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** A path that is not a regular file: a folder, a FIFO, a socket, a device. */
export class NotAFileError extends Error {
  constructor(
    /** What it is instead: `a folder`, `a FIFO`, … */
    readonly kind: string
  ) {
    super(`not a regular file (${kind})`)
    this.name = 'NotAFileError'
  }
}

/** What a path that is not a regular file is: `a folder`, `a FIFO`, `a character device`, … */
export function fileKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  return 'of an unknown kind'
}

/**
 * Read a whole regular file. What is checked is the file that was opened,
 * not the path (which may change in between).
 *
 * @throws {NotAFileError}
 *   When it is a folder, a FIFO, a socket or a device.
 * @throws
 *   When it cannot be opened or read (the `fs` error, with its `code`).
 */
export async function readRegularFile(path: string): Promise<Uint8Array> {
  const handle = await open(path, openFlags)
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new NotAFileError(fileKind(stats))
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}
