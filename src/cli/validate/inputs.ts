import type {Stats} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {walk} from '../convert/walk.js'
import {CliError, describeError} from '../errors.js'
import {exitCodes} from '../io.js'

/** A file to check. */
export interface InputFile {
  /** Absolute path. */
  absolute: string
  /** Path shown in messages: relative to the working folder, `/`-separated. */
  display: string
}

/** Extensions a folder expands to: documents and converted profiles. */
export const checkedExtensions = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'json']

/** JSON files that are never profiles (`node_modules` and dot files are never searched either). */
const folderIgnore = ['**/package.json', '**/package-lock.json', '**/tsconfig*.json']

/**
 * Expand the inputs: a file is itself (whatever its extension), a folder is
 * every document and `.json` file below it (not dot files, `node_modules`,
 * `package.json` or `tsconfig*.json`), anything else is a glob. Below a
 * folder or glob base, symlinks to folders are not followed (a link up the
 * tree would loop), as in `convert`. Sorted by path, each file once.
 *
 * @param inputs
 *   Paths and globs as typed.
 * @param cwd
 *   Working folder.
 * @throws {CliError}
 *   Exit 2 when a path does not exist or a glob or folder matches nothing.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<InputFile[]> {
  const found = new Map<string, InputFile>()
  const add = (absolute: string) => {
    if (!found.has(absolute)) found.set(absolute, {absolute, display: toPosix(path.relative(cwd, absolute)) || '.'})
  }

  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    let stats: Stats | undefined
    let statError: unknown
    try {
      stats = await stat(absolute)
    } catch (error) {
      statError = error
    }

    // Not a folder: a file, or a FIFO or device that reading will refuse (with a message, never waiting on it).
    if (stats && !stats.isDirectory()) {
      add(absolute)
      continue
    }

    if (!stats && !isGlob(input)) {
      throw new CliError(`${input}: ${missing(statError)}`, exitCodes.usage)
    }

    const root = stats ? absolute : cwd
    const pattern = stats ? `**/*.{${checkedExtensions.join(',')}}` : input
    const matches = await walk(pattern, root, undefined, folderIgnore)
    if (matches.length === 0) {
      throw new CliError(`${input}: no ${stats ? 'document or .json file in this folder' : 'file matches this glob'}`, exitCodes.usage)
    }

    for (const match of matches) add(path.resolve(root, match))
  }

  return [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0))
}

/** Why an input path cannot be used: `no such file or folder`, or the reason (`ELOOP: …`). */
export function missing(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'ENOENT' ? 'no such file or folder' : describeError(error)
}

function isGlob(value: string): boolean {
  return /[*?[\]{}()!]/.test(value)
}

/** Backslashes to slashes (Windows paths in messages and globs). */
export function toPosix(value: string): string {
  return value.split(path.sep).join('/')
}
