import {existsSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {builtinDetectors} from '../detectors/registry.js'
import {LocaleError, type LocalePack} from '../locales/locale.js'
import {registerLocale} from '../locales/registry.js'
import {DetectorError, checkDetector} from '../sections/check.js'
import {combineDetectors} from '../sections/combine.js'
import type {Detector} from '../sections/detector.js'
import {CliError, describeError} from './errors.js'
import {exitCodes} from './io.js'
import {toPosix} from './validate/inputs.js'

/*
 * The `plugins` of a configuration file: ES modules, imported by path (only
 * the paths the configuration names; nothing is evaluated as text). Each
 * module gives detectors — its default export and its `detectors` export,
 * each a detector or a list — and locale packs — its `locales` export, a
 * pack or a list, registered so `--locale` and auto-detection know them.
 * The detectors are combined with the built-ins by id: one with a built-in's
 * id replaces it, the others are added after the built-ins.
 */

const loaded = new Map<string, Promise<readonly Detector[]>>()

/**
 * The detector list of a set of plugins, loaded once per set.
 *
 * @param files
 *   Absolute paths of the modules, in the order the configuration gives them.
 * @param cwd
 *   Working folder, to name files in errors.
 * @returns
 *   The built-in detectors combined with the plugins' detectors.
 * @throws {CliError}
 *   Exit 2 when a module cannot be imported, exports nothing usable, or
 *   exports a malformed detector or locale pack (naming the module, the
 *   detector and the property).
 */
export function loadPlugins(files: readonly string[], cwd: string): Promise<readonly Detector[]> {
  const key = files.join('\n')
  let detectors = loaded.get(key)
  if (!detectors) {
    detectors = load(files, cwd)
    loaded.set(key, detectors)
    // Awaited by every caller; this only keeps an early failure from being unhandled.
    detectors.catch(() => undefined)
  }

  return detectors
}

async function load(files: readonly string[], cwd: string): Promise<readonly Detector[]> {
  const found: Detector[] = []
  const owners = new Map<string, string>()

  for (const file of files) {
    const shown = toPosix(path.relative(cwd, file)) || file
    let module: Record<string, unknown>
    try {
      module = (await import(pathToFileURL(file).href)) as Record<string, unknown>
    } catch (error) {
      // Node names the importer (this file) when the module is missing: say what the user can act on.
      const reason = existsSync(file) ? describeError(error) : 'no such file'
      throw new CliError(`${shown}: cannot load plugin: ${reason}`, exitCodes.usage, {cause: error})
    }

    const detectors = new Set<unknown>()
    for (const exported of [module['default'], module['detectors']]) {
      if (exported === undefined) continue
      for (const detector of Array.isArray(exported) ? exported : [exported]) detectors.add(detector)
    }

    const locales = module['locales'] === undefined ? [] : [module['locales']].flat()
    if (detectors.size === 0 && locales.length === 0) {
      throw new CliError(
        `${shown}: plugin exports no detectors, expected a default export or a \`detectors\` export (a detector or a list of detectors), or a \`locales\` export`,
        exitCodes.usage
      )
    }

    try {
      for (const pack of locales) registerLocale(pack as LocalePack)
      for (const [index, detector] of [...detectors].entries()) {
        const checked = checkDetector(detector, detectors.size > 1 ? index : undefined)
        const owner = owners.get(checked.id)
        if (owner !== undefined) {
          throw new DetectorError(
            `Invalid detector \`${checked.id}\`: \`id\` must be unique, but plugin ${owner} has it too`,
            checked.id,
            'id'
          )
        }

        owners.set(checked.id, shown)
        found.push(checked)
      }
    } catch (error) {
      if (!(error instanceof DetectorError || error instanceof LocaleError)) throw error
      throw new CliError(`${shown}: ${error.message}`, exitCodes.usage, {cause: error})
    }
  }

  return combineDetectors(builtinDetectors, found)
}
