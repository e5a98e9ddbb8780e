import {createWriteStream, rmSync} from 'node:fs'
import {mkdir, rename} from 'node:fs/promises'
import {once} from 'node:events'
import path from 'node:path'
import {finished} from 'node:stream/promises'
import {temporaryPath} from './write.js'

/** Where JSON Lines records go, one `write` per record, in order. */
export interface LineSink {
  /** Write one record; resolves when the destination can take more. */
  write(line: string | Uint8Array): Promise<void>
  /** Finish: for a file, move it into place. */
  commit(): Promise<void>
  /**
   * Give up: for a file, remove what was written, leaving any old file as
   * it was. Synchronous, so it can run on a signal.
   */
  abort(): void
}

/**
 * Records to a stream (standard output for `--jsonl -`), waiting for it to
 * drain when its buffer is full so a slow reader slows the batch instead of
 * filling memory.
 *
 * @param stream
 *   Where to write.
 */
export function streamSink(stream: NodeJS.WritableStream): LineSink {
  return {
    async write(line) {
      if (!stream.write(line)) await once(stream as NodeJS.EventEmitter, 'drain')
    },
    async commit() {},
    abort() {}
  }
}

/**
 * Records to a file, written as a hidden temporary file beside it and
 * renamed when the batch is done: a reader (or a crash) never sees half a
 * batch under the file's name. The folder is made if needed.
 *
 * @param file
 *   Absolute path of the JSON Lines file.
 */
export async function fileSink(file: string): Promise<LineSink> {
  await mkdir(path.dirname(file), {recursive: true})
  const temporary = temporaryPath(file)
  const stream = createWriteStream(temporary, {flags: 'wx'})
  await once(stream, 'open')
  let failure: Error | undefined
  stream.on('error', (error) => {
    failure = error
  })

  return {
    async write(line) {
      if (failure) throw failure
      if (!stream.write(line)) await once(stream, 'drain')
    },
    async commit() {
      stream.end()
      await finished(stream)
      await rename(temporary, file)
    },
    abort() {
      stream.destroy()
      rmSync(temporary, {force: true})
    }
  }
}
