import {z} from 'zod'
import {ProfessionSchema} from '../model/profession.js'
import {configSchema} from './config/schema.js'
import {builtinRules} from './registry.js'
import type {Rule} from './rule.js'

/**
 * The profession model's JSON Schema (draft 2020-12), from zod's
 * `z.toJSONSchema`. Objects forbid unknown keys (`additionalProperties:
 * false`); the check that `code` holds the initials of `types` cannot be
 * written in JSON Schema and is left to `validate`. The package ships this as
 * `schema/profession.schema.json`.
 */
export function professionJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ProfessionSchema, {target: 'draft-2020-12'}) as Record<string, unknown>
}

/**
 * The configuration file's JSON Schema (draft 2020-12), for editors
 * (`"$schema"` in `.profession-parser.json`). Shipped as
 * `schema/config.schema.json`.
 *
 * @param rules
 *   Rules a configuration may name. Default: the built-in rules.
 */
export function configJsonSchema(rules: readonly Rule[] = builtinRules): Record<string, unknown> {
  return z.toJSONSchema(configSchema(z, rules), {target: 'draft-2020-12'}) as Record<string, unknown>
}
