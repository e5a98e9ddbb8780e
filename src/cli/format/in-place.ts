import {chmod, realpath, rename, rm, stat, writeFile} from 'node:fs/promises'
import {temporaryPath} from '../convert/write.js'

/**
 * Replace a file's content atomically: write a temporary file beside it,
 * give it the file's permissions, and rename it over the file, so a reader
 * (or a crash) never sees half a file. A symlink stays a link: the file it
 * points to is the one replaced (beside which the temporary file goes).
 *
 * @param file
 *   The file to replace.
 * @param data
 *   Its new content.
 */
export async function writeInPlace(file: string, data: string): Promise<void> {
  const target = await realpath(file)
  const {mode} = await stat(target)
  const temporary = temporaryPath(target)
  try {
    await writeFile(temporary, data, {flag: 'wx'})
    await chmod(temporary, mode & 0o7777)
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
