import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Config} from '../../validate/config/schema.js'
import {parseJsonTree} from '../../validate/json/tree.js'
import {CliError, describeError} from '../errors.js'
import {exitCodes} from '../io.js'
import {toPosix} from './inputs.js'

/** A configuration and where it was found. */
export interface LoadedConfig {
  /** The file, relative to the working folder. */
  file: string
  /** Its folder (absolute): globs in it are relative to this. */
  folder: string
  config: Config
  /** Absolute paths of its `plugins`, in order (empty without). */
  plugins: string[]
}

/** File names a folder's configuration may have, in the order they are tried. */
export const configNames = ['.profession-parser.json', 'package.json'] as const

/**
 * Finds the configuration of each document: `--config FILE` for all, or
 * else the nearest `.profession-parser.json` (or `package.json` with a
 * `"profession-parser"` key) from the document's folder upward. Each folder
 * is looked at and each file read and checked once. The rules and zod are
 * loaded only when there is a configuration to check, so `parse` and
 * `convert` pay nothing for looking when there is none.
 */
export class ConfigLoader {
  private readonly folders = new Map<string, Promise<LoadedConfig | undefined>>()
  private readonly explicit: Promise<LoadedConfig> | undefined

  constructor(
    /** Working folder. */
    readonly cwd: string,
    /** `--config`, as typed. */
    explicit?: string | undefined
  ) {
    if (explicit !== undefined) {
      const file = path.resolve(cwd, explicit)
      this.explicit = readConfig(file, cwd, true).then((loaded) => loaded!)
      // Awaited by `forFile`; this only keeps an early failure from being unhandled.
      this.explicit.catch(() => undefined)
    }
  }

  /**
   * The configuration of a document, or `undefined` when there is none.
   *
   * @throws {CliError}
   *   Exit 2 for a configuration that cannot be read, is not JSON, or does
   *   not fit the schema (naming the file and the key).
   */
  async forFile(absolute: string): Promise<LoadedConfig | undefined> {
    if (this.explicit) return this.explicit
    return this.inFolder(path.dirname(absolute))
  }

  private inFolder(folder: string): Promise<LoadedConfig | undefined> {
    let found = this.folders.get(folder)
    if (!found) {
      found = (async () => {
        for (const name of configNames) {
          const loaded = await readConfig(path.join(folder, name), this.cwd, false)
          if (loaded) return loaded
        }

        const parent = path.dirname(folder)
        return parent === folder ? undefined : this.inFolder(parent)
      })()
      this.folders.set(folder, found)
    }

    return found
  }
}

async function readConfig(file: string, cwd: string, required: boolean): Promise<LoadedConfig | undefined> {
  const shown = toPosix(path.relative(cwd, file)) || file
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new CliError(`${shown}: cannot read configuration: ${describeError(error)}`, exitCodes.usage, {cause: error})
  }

  const tree = parseJsonTree(text)
  if ('reason' in tree) {
    throw new CliError(`${shown}:${tree.place.line}:${tree.place.column}: ${tree.reason}`, exitCodes.usage)
  }

  const inPackage = path.basename(file) === 'package.json'
  let data = tree.value
  if (inPackage) {
    data = (tree.value as Record<string, unknown> | null)?.['profession-parser']
    if (data === undefined) {
      if (required) throw new CliError(`${shown}: no "profession-parser" key`, exitCodes.usage)
      return undefined
    }
  }

  const folder = path.dirname(file)
  const loaded = (config: Config): LoadedConfig => ({
    file: shown,
    folder,
    config,
    plugins: (config.plugins ?? []).map((plugin) => path.resolve(folder, plugin))
  })
  const [{isPlainConfig}, {builtinRules}] = await Promise.all([
    import('../../validate/config/quick.js'),
    import('../../validate/registry.js')
  ])
  // Most configurations only set levels: accept those without loading zod.
  if (isPlainConfig(data, builtinRules)) return loaded(data)
  const {checkConfig, ConfigError} = await import('../../validate/config/check.js')
  try {
    return loaded(checkConfig(data, shown, undefined, inPackage ? ['profession-parser'] : []))
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    // Point at the key when it is in the file (a missing key is not).
    const place = tree.keys['/' + error.path.map(String).join('/')]?.start
    const message = place ? error.message.replace(shown + ':', `${shown}:${place.line}:${place.column}:`) : error.message
    throw new CliError(message, exitCodes.usage, {cause: error})
  }
}
