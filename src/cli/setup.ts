import path from 'node:path'
import type {Detector} from '../sections/detector.js'
import {CliError} from './errors.js'
import {exitCodes} from './io.js'
import type {LoadedConfig} from './validate/config-file.js'

/**
 * The detectors a document's configuration asks for: the built-ins
 * combined with its `plugins`, or `undefined` (the built-ins) without any.
 * The plugin loader is imported only when a configuration names plugins.
 *
 * @param loaded
 *   The document's configuration, if any.
 * @param cwd
 *   Working folder, to name files in errors.
 * @throws {CliError}
 *   Exit 2 for a plugin that cannot be loaded or is malformed.
 */
export async function configDetectors(
  loaded: LoadedConfig | undefined,
  cwd: string
): Promise<readonly Detector[] | undefined> {
  if (!loaded || loaded.plugins.length === 0) return undefined
  const {loadPlugins} = await import('./plugins.js')
  return loadPlugins(loaded.plugins, cwd)
}

/**
 * Check `--locale` against the registered locales — after the plugins are
 * loaded, as they may register locales.
 *
 * @param locale
 *   `--locale` as typed.
 * @throws {CliError}
 *   Exit 2 for an unknown locale, listing the known ones.
 */
export async function checkLocaleOption(locale: string | undefined): Promise<void> {
  if (locale === undefined) return
  const [{resolveLocale}, {LocaleError}] = await Promise.all([
    import('../locales/registry.js'),
    import('../locales/locale.js')
  ])
  try {
    resolveLocale(locale)
  } catch (error) {
    if (!(error instanceof LocaleError)) throw error
    throw new CliError(`--locale: ${error.message}`, exitCodes.usage, {cause: error})
  }
}

/**
 * Where to look for the configuration of standard input: the working folder.
 *
 * @param cwd
 *   Working folder.
 */
export function stdinPlace(cwd: string): string {
  return path.join(cwd, '-')
}
