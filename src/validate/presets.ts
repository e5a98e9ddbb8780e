import type {Level} from './level.js'
import type {Rule} from './rule.js'

/** The built-in presets, for `extends`. */
export const presetNames = ['recommended', 'strict'] as const

/** A built-in preset name. */
export type PresetName = (typeof presetNames)[number]

/** A rule's entry in a preset or a configuration: a level, or a level and options. */
export type RuleEntry = Level | readonly [Level] | readonly [Level, Record<string, unknown>]

const stricter: Record<Exclude<Level, 'off'>, Exclude<Level, 'off'>> = {info: 'warn', warn: 'error', error: 'error'}

/**
 * The rule entries of a preset, built from the rules' own metadata:
 *
 * - `recommended`: every rule at its default level (`rule.severity`) with
 *   its default options; the level this project holds right for most
 *   repositories (problems that make a profile wrong fail, doubts warn, what
 *   the parser skipped is info);
 * - `strict`: every rule one step up (info → warn → error), and the
 *   optional list required too.
 *
 * @param name
 *   The preset.
 * @param rules
 *   The rules it covers.
 */
export function presetRules(name: PresetName, rules: readonly Rule[]): Record<string, RuleEntry> {
  const entries: Record<string, RuleEntry> = {}
  for (const rule of rules) {
    entries[rule.id] = name === 'strict' ? stricter[rule.severity] : rule.severity
  }

  if (name === 'strict' && entries['required-sections'] !== undefined) {
    entries['required-sections'] = [
      'error',
      {sections: ['description', 'personality', 'knowledge', 'skills', 'optional-skills', 'job-titles']}
    ]
  }

  return entries
}
