import type {z} from 'zod'
import {levels, type Level} from '../level.js'
import {presetNames, type PresetName} from '../presets.js'
import type {Rule} from '../rule.js'

/*
 * The configuration file's schema, built with the zod namespace passed in:
 * only the configuration loader imports zod, so checking a text document
 * without a configuration never loads it.
 */

type Zod = typeof z

/** A rule's entry: a level, `[level]`, or `[level, options]`. */
function ruleEntry<Options extends z.ZodType>(zod: Zod, options: Options, level = levelSchema(zod)) {
  return zod.union([level, zod.tuple([level]), zod.tuple([level, options])])
}

/** One level schema, reused by every rule entry (and so one `$defs` entry in the JSON Schema). */
function levelSchema(zod: Zod) {
  return zod.enum(levels).meta({id: 'level', description: 'off, info (reported, never fails), warn or error'})
}

function build<Rules extends z.ZodType>(zod: Zod, rules: Rules) {
  const globs = zod.union([zod.string().min(1), zod.array(zod.string().min(1)).min(1)])
  return zod
    .strictObject({
      $schema: zod.string().optional().describe('The JSON Schema of this file, for editors'),
      extends: zod
        .union([zod.enum(presetNames), zod.array(zod.enum(presetNames))])
        .optional()
        .describe('Built-in presets applied first, in order (default: "recommended")'),
      plugins: zod
        .array(zod.string().min(1))
        .optional()
        .describe(
          'ES modules of section detectors (default export or `detectors`) and locale packs (`locales`) for parse, convert and validate; paths relative to the configuration file'
        ),
      rules: rules.optional().describe('Rule levels (off, info, warn, error), or [level, options]'),
      overrides: zod
        .array(
          zod.strictObject({
            files: globs.describe('Globs, relative to the configuration file; one without "/" matches at any depth'),
            rules: rules.optional().describe('Rule entries applied to the matching files')
          })
        )
        .optional()
        .describe('Rule entries for some files, applied in order after `rules`'),
      ignores: zod
        .array(zod.string().min(1))
        .optional()
        .describe('Globs of files not to check, relative to the configuration file')
    })
    .describe('Configuration of `profession-parser validate`')
}

function generic(zod: Zod) {
  return build(zod, zod.record(zod.string(), ruleEntry(zod, zod.record(zod.string(), zod.unknown()))))
}

/** A rule's entry in a configuration: a level, `[level]`, or `[level, options]`. */
export type ConfigRuleEntry = Level | [Level] | [Level, Record<string, unknown>]

/**
 * A configuration: `.profession-parser.json`, or the `"profession-parser"`
 * key of package.json. Spelled out for the reference documentation; a
 * compile-time check below keeps it equal to what the schema infers.
 */
export interface Config {
  /** The JSON Schema of the file, for editors. */
  $schema?: string | undefined
  /** Built-in presets applied first, in order. Default: `"recommended"`. */
  extends?: PresetName | PresetName[] | undefined
  /**
   * ES modules to load detectors and locale packs from, relative to the
   * configuration file: each module's default export or `detectors` export
   * (a detector or a list), and its `locales` export (a pack or a list).
   */
  plugins?: string[] | undefined
  /** Rule entries by rule id. */
  rules?: Record<string, ConfigRuleEntry> | undefined
  /** Rule entries for the files matching `files`, applied in order after `rules`. */
  overrides?: Array<{files: string | string[]; rules?: Record<string, ConfigRuleEntry> | undefined}> | undefined
  /** Globs of files not to check, relative to the configuration file. */
  ignores?: string[] | undefined
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
// Fails to compile when the interface and the schema drift apart.
const inSync: Same<z.infer<ReturnType<typeof generic>>, Config> = true
void inSync

/**
 * The configuration schema for a set of rules: `rules` takes exactly their
 * ids (an unknown id is an error), each with its own options schema.
 *
 * @param zod
 *   The zod namespace (`import {z} from 'zod'`).
 * @param rules
 *   The rules a configuration may name.
 */
export function configSchema(zod: Zod, rules: readonly Rule[]): z.ZodType<Config> {
  const shape: Record<string, z.ZodType> = {}
  const level = levelSchema(zod)
  for (const rule of rules) {
    const entry = rule.options ? ruleEntry(zod, rule.options(zod), level) : zod.union([level, zod.tuple([level])])
    shape[rule.id] = entry.optional().describe(`${rule.description} (default: ${rule.severity})`)
  }

  return build(zod, zod.strictObject(shape)) as unknown as z.ZodType<Config>
}
