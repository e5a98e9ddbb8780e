import type {Stats} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {walk} from '../convert/walk.js'
import {CliError} from '../errors.js'
import {exitCodes} from '../io.js'
import {missing} from '../validate/inputs.js'

/** A document to format. */
export interface FormatInput {
  /** Absolute path. */
  absolute: string
  /** The path shown in messages and listings: as typed, below a folder as typed, or as a glob matched it. */
  display: string
  /** Path under `--out-dir`, before the extension changes: the name of a file, the path below a folder or glob base. */
  relative: string
}

/** Extensions a folder expands to. */
export const documentExtensions = ['txt', 'text', 'md', 'markdown', 'html', 'htm']

/**
 * Expand the inputs: a file is itself (whatever its extension), a folder is
 * every document below it (`.txt`, `.text`, `.md`, `.markdown`, `.html`,
 * `.htm`; not dot files or `node_modules`), anything else is a glob. Below a
 * folder or glob base, symlinks to folders are not followed (a link up the
 * tree would loop), as in `convert`. Each file once, in the order found
 * (folders and globs sorted).
 *
 * @param inputs
 *   Paths and globs as typed.
 * @param cwd
 *   Working folder.
 * @throws {CliError}
 *   Exit 2 when a path does not exist, or a folder or glob matches nothing.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<FormatInput[]> {
  const found = new Map<string, FormatInput>()
  const add = (absolute: string, display: string, relative: string) => {
    if (!found.has(absolute)) found.set(absolute, {absolute, display, relative})
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
      add(absolute, input, path.basename(input))
      continue
    }

    if (!stats && !/[*?[\]{}()!]/.test(input)) {
      throw new CliError(`${input}: ${missing(statError)}`, exitCodes.usage)
    }

    const {default: glob} = await import('fast-glob')
    // Matches are shown as typed: below the folder as given, or as the glob spells them.
    const base = stats ? input : (glob.generateTasks(input)[0]?.base ?? '.')
    const pattern = stats ? `**/*.{${documentExtensions.join(',')}}` : input
    const matches = await walk(pattern, stats ? absolute : cwd, undefined)
    if (matches.length === 0) {
      throw new CliError(`${input}: no ${stats ? 'document in this folder' : 'file matches this glob'}`, exitCodes.usage)
    }

    for (const match of matches.sort()) {
      const shown = stats ? toPosix(path.join(input, match)) : match
      add(path.resolve(stats ? absolute : cwd, match), shown, path.relative(base, shown))
    }
  }

  return [...found.values()]
}

function toPosix(value: string): string {
  return value.split(path.sep).join('/')
}
