import {randomBytes} from 'node:crypto'
import {mkdir, realpath, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describeError} from '../errors.js'
import type {Step} from './job.js'
import {isInside} from './paths.js'

/**
 * Write the profession JSON of a document to its target. `serialise` only
 * makes JSON for documents without errors, so the output folder only holds
 * models that parsed.
 */
export const write: Step = async (job, settings) => {
  if (job.json === undefined || job.target === undefined || !settings.write) return

  try {
    await settings.write(job.target, job.json)
    job.written = true
  } catch (error) {
    job.failure = {
      reason: `${job.source.path}: cannot write ${path.relative(process.cwd(), job.target)}: ${describeError(error)}`,
      error,
      internal: false
    }
  }
}

/**
 * The name of the temporary file a file is written to before it is renamed
 * into place: hidden, beside it (a rename is only atomic within one file
 * system), and unique, so two writers never share one.
 *
 * @param target
 *   The file that will be written.
 */
export function temporaryPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}

/**
 * A writer confined to one output folder. Each file is written to a
 * temporary file beside it and renamed, so readers never see half a file
 * (not even after `kill -9`); each folder on the way is checked after
 * symlinks are resolved, so a symlink inside the output folder cannot lead a
 * write outside it.
 *
 * @param outDir
 *   Absolute output folder; must exist.
 */
export async function createWriter(outDir: string): Promise<(target: string, data: string) => Promise<void>> {
  const root = await realpath(outDir)
  const checked = new Set<string>([outDir])

  async function ensureFolder(folder: string): Promise<void> {
    if (checked.has(folder)) return
    if (!isInside(folder, outDir)) throw new Error(`refusing to write outside ${outDir}`)
    await ensureFolder(path.dirname(folder))
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    })
    const real = await realpath(folder)
    if (!isInside(real, root)) throw new Error(`refusing to write outside the output folder (${folder} leads to ${real})`)
    checked.add(folder)
  }

  return async (target, data) => {
    await ensureFolder(path.dirname(target))
    const temporary = temporaryPath(target)
    try {
      await writeFile(temporary, data, {flag: 'wx'})
      // rename replaces a symlink at `target` itself rather than following it.
      await rename(temporary, target)
    } catch (error) {
      await rm(temporary, {force: true})
      throw error
    }
  }
}
