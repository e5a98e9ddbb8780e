import path from 'node:path'
import type {Config} from '../../validate/config/schema.js'
import {parseJsonTree, type JsonTree} from '../../validate/json/tree.js'
import {CliError, describeError} from '../errors.js'
import {exitCodes} from '../io.js'
import {readDocument} from '../read-document.js'
import {largestMaxFileSize} from '../size.js'
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
    // Never waits on a FIFO, never reads a device: a configuration is found
    // by looking, also in folders of documents from elsewhere.
    text = Buffer.from(await readDocument(file, largestMaxFileSize)).toString('utf8')
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
    plugins: pluginPaths(config, folder, shown, tree, inPackage ? ['profession-parser'] : [])
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

/**
 * The absolute paths of a configuration's `plugins`. Each must be the path
 * of a file — relative to the configuration (`./salary.js`,
 * `../shared/de.js`) or absolute — so a configuration can only make the
 * tool import the files it names: a URL (`data:`, `http:`, `node:`) or a
 * bare name (`lodash`, which Node would look up in `node_modules`) is
 * refused, naming the configuration, the place and the entry.
 *
 * @throws {CliError}
 *   Exit 2 for an entry that is not a path.
 */
function pluginPaths(
  config: Config,
  folder: string,
  shown: string,
  tree: JsonTree,
  prefix: readonly string[]
): string[] {
  return (config.plugins ?? []).map((entry, index) => {
    const problem = pluginProblem(entry)
    if (problem === undefined) return path.resolve(folder, entry)
    const place = tree.values['/' + [...prefix, 'plugins', String(index)].join('/')]?.start
    throw new CliError(`${shown}${place ? `:${place.line}:${place.column}` : ''}: ${problem}`, exitCodes.usage)
  })
}

/** Why a `plugins` entry is not the path of a file, or `undefined` when it is one. */
function pluginProblem(entry: string): string | undefined {
  const shown = entry.length > 60 ? entry.slice(0, 59) + '…' : entry
  // A scheme of two letters or more: `C:\plugin.js` is a Windows path, not a URL.
  if (/^[a-z][a-z\d+.-]+:/i.test(entry)) {
    return `plugin \`${shown}\` is a URL, expected the path of a file relative to the configuration file, such as \`./plugin.js\`: plugins are only loaded from files`
  }

  if (/^\.\.?[\\/]/.test(entry) || path.isAbsolute(entry)) return undefined
  return `plugin \`${shown}\` is not a path, expected \`./${shown}\` for a file relative to the configuration file: packages are never loaded by name`
}
