import {rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Baseline} from '../../validate/baseline.js'
import {CliError, describeError} from '../errors.js'
import {temporaryPath} from '../convert/write.js'
import {exitCodes} from '../io.js'
import {readDocument} from '../read-document.js'
import {largestMaxFileSize} from '../size.js'
import {toPosix} from './inputs.js'

/** Where `--update-baseline` writes when `--baseline` is not given. */
export const defaultBaseline = '.profession-parser-baseline.json'

/**
 * Read a baseline file.
 *
 * @param file
 *   Absolute path.
 * @param shown
 *   The path as typed, for errors.
 * @throws {CliError}
 *   Exit 2 when it cannot be read or is not a baseline.
 */
export async function readBaseline(file: string, shown: string): Promise<Baseline> {
  let data: unknown
  try {
    data = JSON.parse(Buffer.from(await readDocument(file, largestMaxFileSize)).toString('utf8'))
  } catch (error) {
    throw new CliError(`${shown}: cannot read baseline: ${describeError(error)}`, exitCodes.usage, {cause: error})
  }

  const value = data as Partial<Baseline> | null
  if (value?.version !== 1 || typeof value.files !== 'object' || value.files === null) {
    throw new CliError(`${shown}: not a baseline (expected {"version": 1, "files": {…}})`, exitCodes.usage)
  }

  return value as Baseline
}

/**
 * Write a baseline file (2-space JSON, newline-terminated), to a temporary
 * file beside it renamed into place: a full disk or a kill never leaves half
 * a baseline.
 *
 * @param file
 *   Absolute path.
 * @param shown
 *   The path as shown, for errors.
 * @throws {CliError}
 *   Exit 2 when it cannot be written (the old baseline, if any, is kept).
 */
export async function writeBaseline(file: string, shown: string, baseline: Baseline): Promise<void> {
  const temporary = temporaryPath(file)
  try {
    await writeFile(temporary, JSON.stringify(baseline, null, 2) + '\n', {flag: 'wx'})
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, {force: true})
    throw new CliError(`${shown}: cannot write baseline: ${describeError(error)}`, exitCodes.usage, {cause: error})
  }
}

/** A checked file's key in the baseline: its path relative to the baseline's folder. */
export function baselinePath(baselineFile: string, absolute: string): string {
  return toPosix(path.relative(path.dirname(baselineFile), absolute))
}
