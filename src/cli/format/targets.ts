import {targetPath} from '../convert/target.js'
import {CliError} from '../errors.js'
import {exitCodes} from '../io.js'
import type {FormatInput} from './inputs.js'

/**
 * Where each input's Markdown goes under `--out-dir`: its path below the
 * folder or glob base (a file's name for a file), with the extension
 * replaced by `.md`; `..` and `.` segments are dropped, as in `convert`, so
 * no input path points outside the folder.
 *
 * @param inputs
 *   The expanded inputs.
 * @param outDir
 *   Absolute output folder.
 * @throws {CliError}
 *   Exit 2 when two inputs would be written to one file, or an output would
 *   replace an input (that is `--write`'s job, for Markdown files only).
 */
export function outputTargets(inputs: readonly FormatInput[], outDir: string): Map<FormatInput, string> {
  const targets = new Map<FormatInput, string>()
  const owners = new Map<string, FormatInput>()
  const sources = new Set(inputs.map((input) => input.absolute))

  for (const input of inputs) {
    const target = targetPath(input.relative, outDir, '.md')
    if (target === undefined) {
      throw new CliError(`${input.display}: cannot name an output file for it`, exitCodes.usage)
    }

    const owner = owners.get(target)
    if (owner) {
      throw new CliError(`${input.display}: would be written to the same file as ${owner.display} (${target})`, exitCodes.usage)
    }

    if (sources.has(target)) {
      throw new CliError(`${input.display}: refusing to write ${target}, an input (use --write to rewrite Markdown in place)`, exitCodes.usage)
    }

    owners.set(target, input)
    targets.set(input, target)
  }

  return targets
}
