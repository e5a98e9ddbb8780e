import {levels} from '../level.js'
import {presetNames} from '../presets.js'
import type {Rule} from '../rule.js'
import type {Config} from './schema.js'

const topKeys = new Set(['$schema', 'extends', 'plugins', 'rules', 'overrides', 'ignores'])
const overrideKeys = new Set(['files', 'rules'])

/**
 * Whether a configuration is one the zod schema certainly accepts, decided
 * without loading zod (about a quarter of a one-file run's start-up): only
 * known keys, known presets, known rule ids with a level or `[level]`,
 * string globs and plugin paths. Anything else — rule options above all —
 * returns `false`, and the caller checks the configuration with the zod
 * schema, which is the authority and words the errors. Never `true` for a configuration the
 * schema rejects (a test holds it to that).
 *
 * @param data
 *   The parsed JSON.
 * @param rules
 *   The rules a configuration may name.
 */
export function isPlainConfig(data: unknown, rules: readonly Rule[]): data is Config {
  if (!isRecord(data) || !Object.keys(data).every((key) => topKeys.has(key))) return false
  const ids = new Set(rules.map((rule) => rule.id))
  const {$schema, extends: presets, plugins, rules: entries, overrides, ignores} = data
  if ($schema !== undefined && typeof $schema !== 'string') return false
  if (plugins !== undefined && !(Array.isArray(plugins) && plugins.every(isGlob))) return false
  if (presets !== undefined && !(isPreset(presets) || (Array.isArray(presets) && presets.every(isPreset)))) return false
  if (entries !== undefined && !plainRules(entries, ids)) return false
  if (ignores !== undefined && !(Array.isArray(ignores) && ignores.every(isGlob))) return false
  if (overrides === undefined) return true
  return (
    Array.isArray(overrides) &&
    overrides.every(
      (override) =>
        isRecord(override) &&
        Object.keys(override).every((key) => overrideKeys.has(key)) &&
        (isGlob(override['files']) ||
          (Array.isArray(override['files']) && override['files'].length > 0 && override['files'].every(isGlob))) &&
        (override['rules'] === undefined || plainRules(override['rules'], ids))
    )
  )
}

function plainRules(value: unknown, ids: ReadonlySet<string>): boolean {
  if (!isRecord(value)) return false
  return Object.entries(value).every(
    ([id, entry]) => ids.has(id) && (isLevel(entry) || (Array.isArray(entry) && entry.length === 1 && isLevel(entry[0])))
  )
}

function isLevel(value: unknown): boolean {
  return typeof value === 'string' && (levels as readonly string[]).includes(value)
}

function isPreset(value: unknown): boolean {
  return typeof value === 'string' && (presetNames as readonly string[]).includes(value)
}

function isGlob(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) !== Array.prototype
}
