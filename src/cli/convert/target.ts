import path from 'node:path'
import type {Job} from './job.js'
import {isInside} from './paths.js'

/**
 * Where the output of a document goes: its path below its base, with the
 * extension replaced (by `.json` for `convert`), under the output folder.
 * `..`, `.` and empty segments are dropped, so no input path can point
 * outside the folder.
 *
 * @param relative
 *   Path of the document below its base.
 * @param outDir
 *   Absolute output folder.
 * @param extension
 *   Extension of the output.
 * @returns
 *   The absolute target, or `undefined` when no file name is left.
 */
export function targetPath(relative: string, outDir: string, extension = '.json'): string | undefined {
  const segments = path.posix
    .normalize(relative.replaceAll('\\', '/'))
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
  const name = segments.pop()
  if (name === undefined) return undefined
  const own = path.extname(name)
  const stem = own ? name.slice(0, -own.length) : name
  const target = path.join(outDir, ...segments, stem + extension)
  return isInside(target, outDir) ? target : undefined
}

/**
 * Give each job its target. Two documents that map to one target
 * (`a.txt` and `a.md`) would overwrite each other: the later one, in path
 * order, fails instead.
 *
 * @param jobs
 *   Jobs in report order.
 * @param outDir
 *   Absolute output folder.
 */
export function planTargets(jobs: readonly Job[], outDir: string): void {
  const owners = new Map<string, string>()
  for (const job of jobs) {
    if (job.failure) continue
    const target = targetPath(job.source.relative, outDir)
    if (target === undefined) {
      job.failure = {reason: `${job.source.path}: cannot name an output file for it`, internal: false}
      continue
    }

    const owner = owners.get(target)
    if (owner !== undefined) {
      job.failure = {
        reason: `${job.source.path}: not written: ${path.relative(process.cwd(), target)} is already the output of ${owner}`,
        internal: false
      }
      continue
    }

    owners.set(target, job.source.path)
    job.target = target
  }
}
