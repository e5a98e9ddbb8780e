import {randomBytes} from 'node:crypto'
import {mkdir, realpath, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describeError} from '../errors.js'
import {professionJson} from '../json.js'
import {worstSeverity} from '../message-line.js'
import type {Step} from './job.js'
import {isInside} from './paths.js'

/**
 * Write the profession JSON of a document without errors. A document with
 * an error message is not written: the output folder only holds models
 * that parsed.
 */
export const write: Step = async (job, settings) => {
  if (!job.result || !job.target) return
  if (worstSeverity(job.result.messages) === 'error') return

  try {
    await settings.write(job.target, professionJson(job.result.profession))
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
 * A writer confined to one output folder. Each file is written to a
 * temporary file beside it and renamed, so readers never see half a file;
 * each folder on the way is checked after symlinks are resolved, so a
 * symlink inside the output folder cannot lead a write outside it.
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
    const folder = path.dirname(target)
    await ensureFolder(folder)
    const temporary = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
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
