import {z} from 'zod'
import {builtinRules} from '../registry.js'
import type {Rule} from '../rule.js'
import {configSchema, type Config} from './schema.js'

/** A configuration that does not fit the schema: names the file, the key and what is wrong. */
export class ConfigError extends Error {
  constructor(
    message: string,
    /** The configuration file, as named to the user. */
    readonly file: string,
    /** Where in it: `rules.placeholder-text`, `overrides[0].files`. */
    readonly key: string,
    /** The same as a path: `['rules', 'placeholder-text']`. */
    readonly path: readonly PropertyKey[]
  ) {
    super(message)
    this.name = 'ConfigError'
  }
}

const schemas = new WeakMap<readonly Rule[], z.ZodType<Config>>()

/**
 * Check a configuration against the schema of the rules it may name.
 *
 * @param data
 *   The parsed JSON.
 * @param file
 *   Its file name, for the error.
 * @param rules
 *   The rules known. Default: the built-in rules.
 * @param base
 *   Where the configuration sits in `file` (`['profession-parser']` in a
 *   package.json), prefixed to the key in errors.
 * @returns
 *   The configuration.
 * @throws {ConfigError}
 *   Naming the file and the first offending key; for an unknown rule id,
 *   listing the known ids.
 */
export function checkConfig(
  data: unknown,
  file: string,
  rules: readonly Rule[] = builtinRules,
  base: readonly PropertyKey[] = []
): Config {
  let schema = schemas.get(rules)
  if (!schema) {
    schema = configSchema(z, rules)
    schemas.set(rules, schema)
  }

  const result = schema.safeParse(data)
  if (result.success) return result.data
  const issue = mostSpecific(result.error.issues)
  const path = [...base, ...issue.path]
  const key = keyOf(path)

  if (issue.code === 'unrecognized_keys') {
    const unknown = [...path, issue.keys[0]!]
    const rule = path.at(-1) === 'rules'
    throw new ConfigError(
      rule
        ? `${file}: unknown rule \`${issue.keys[0]}\` in \`${key}\`, expected one of: ${rules.map((known) => known.id).join(', ')}`
        : `${file}: unknown key \`${keyOf(unknown)}\`, expected ${expectedKeys(issue.path)}`,
      file,
      keyOf(unknown),
      unknown
    )
  }

  throw new ConfigError(`${file}: invalid \`${key || '(root)'}\`: ${issue.message}`, file, key, path)
}

/** Where an unknown key was found says what was allowed there. */
function expectedKeys(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '$schema, extends, plugins, rules, overrides or ignores'
  if (path.length === 2 && path[0] === 'overrides') return 'files or rules'
  return 'the options listed in the rule\'s documentation'
}

/** A union's issue stands for its branches: the one that got furthest says the most. */
function mostSpecific(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue {
  let best = issues[0]!
  for (const issue of issues) {
    const candidate =
      issue.code === 'invalid_union'
        ? mostSpecific(
            issue.errors.flat().map((inner) => ({...inner, path: [...issue.path, ...inner.path]}))
          )
        : issue
    if (candidate.path.length > best.path.length || best.code === 'invalid_union') best = candidate
  }

  return best
}

/** `['overrides', 0, 'rules', 'x']` → `overrides[0].rules.x`. */
function keyOf(path: readonly PropertyKey[]): string {
  let key = ''
  for (const part of path) {
    key += typeof part === 'number' ? `[${part}]` : (key === '' ? '' : '.') + String(part)
  }

  return key
}
