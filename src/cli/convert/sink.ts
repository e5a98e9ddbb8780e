import {createWriteStream, rmSync, type WriteStream} from 'node:fs'
import {mkdir, rename} from 'node:fs/promises'
import {once} from 'node:events'
import path from 'node:path'
import {finished} from 'node:stream/promises'
import {release} from './release.js'
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
      // Not `release`d: any stream may keep what it was given (one that collects its chunks, say).
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
  return guardedSink(stream, {
    async commit() {
      await rename(temporary, file)
    },
    abort() {
      rmSync(temporary, {force: true})
    }
  })
}

/**
 * Records straight into something that is not a regular file — a device
 * (`/dev/stderr`), a FIFO, a pipe (`>(gzip > all.gz)`) — which has no
 * folder to hold a temporary file, and which renaming over would replace
 * (as root, even `/dev/full` itself).
 *
 * @param file
 *   Absolute path of the device or FIFO.
 */
export async function deviceSink(file: string): Promise<LineSink> {
  const stream = createWriteStream(file, {flags: 'w'})
  await once(stream, 'open')
  return guardedSink(stream, {async commit() {}, abort() {}})
}

/**
 * A sink on a file stream that fails cleanly: the first write error (a
 * full disk) rejects the write or commit that comes next, and a stream
 * that has died never leaves a write waiting for a `drain` that cannot come.
 */
function guardedSink(
  stream: WriteStream,
  after: {commit(): Promise<void>; abort(): void}
): LineSink {
  let failure: Error | undefined
  stream.on('error', (error) => {
    failure ??= error
  })

  return {
    async write(line) {
      if (failure || stream.destroyed) throw failure ?? new Error('the output was closed')
      // Written (or failed), the record is not needed: a file stream keeps no chunk past its callback.
      if (!stream.write(line, () => release(line))) await drained(stream)
    },
    async commit() {
      stream.end()
      await finished(stream)
      if (failure) throw failure
      await after.commit()
    },
    abort() {
      stream.destroy()
      after.abort()
    }
  }
}

/** Resolves once the stream takes more; rejects if it fails or closes first. */
function drained(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      stream.off('drain', onDrain)
      stream.off('error', onError)
      stream.off('close', onClose)
      if (error) reject(error)
      else resolve()
    }

    const onDrain = () => settle()
    const onError = (error: Error) => settle(error)
    const onClose = () => settle(new Error('the output was closed'))
    stream.on('drain', onDrain)
    stream.on('error', onError)
    stream.on('close', onClose)
  })
}
