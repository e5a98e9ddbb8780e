import picomatch from 'picomatch'
import type {Config} from './config/schema.js'
import type {RuleSettings} from './engine.js'
import {presetRules, type RuleEntry} from './presets.js'
import type {Rule} from './rule.js'

/**
 * The rule settings for one file: the presets named by `extends` (default:
 * `recommended`) in order, then `rules`, then every override whose `files`
 * match the path, in order. A later entry that gives only a level keeps the
 * options an earlier one gave.
 *
 * @param config
 *   The configuration (already validated); `undefined` means `recommended`.
 * @param path
 *   The file's path relative to the configuration's folder, with `/`
 *   separators; overrides are skipped without one.
 * @param rules
 *   The rules known.
 */
export function resolveSettings(config: Config | undefined, path: string | undefined, rules: readonly Rule[]): RuleSettings {
  const settings: RuleSettings = {}
  const apply = (entries: Readonly<Record<string, RuleEntry | undefined>>) => {
    for (const [id, entry] of Object.entries(entries)) {
      if (entry === undefined) continue
      const [level, options] = typeof entry === 'string' ? [entry, undefined] : entry
      settings[id] = {level, options: options ?? settings[id]?.options}
    }
  }

  const presets = config?.extends === undefined ? ['recommended' as const] : [config.extends].flat()
  for (const preset of presets) apply(presetRules(preset, rules))
  if (config?.rules) apply(config.rules)
  for (const override of config?.overrides ?? []) {
    if (path !== undefined && matches(override.files, path) && override.rules) apply(override.rules)
  }

  return settings
}

/**
 * Whether a configuration's `ignores` leave a file out.
 *
 * @param config
 *   The configuration.
 * @param path
 *   The file's path relative to the configuration's folder, `/`-separated.
 */
export function isIgnored(config: Config | undefined, path: string): boolean {
  return config?.ignores !== undefined && config.ignores.length > 0 && matches(config.ignores, path)
}

const matchers = new Map<string, (path: string) => boolean>()

/** Globs as in `.gitignore`: one without a slash matches a name at any depth. */
function matches(globs: string | readonly string[], path: string): boolean {
  const list = [globs].flat()
  const key = list.join('\0')
  let matcher = matchers.get(key)
  if (!matcher) {
    const globs = list.map((glob) => {
      const pattern = glob.startsWith('./') ? glob.slice(2) : glob
      return pattern.includes('/') ? pattern : '**/' + pattern
    })
    matcher = picomatch(globs, {dot: true})
    matchers.set(key, matcher)
  }

  return matcher(relativePath(path))
}

/** A path as the globs are written: a leading `./` goes (`./drafts/a.md`), as it goes from the globs. */
function relativePath(path: string): string {
  let value = path
  while (value.startsWith('./')) value = value.slice(2)
  return value
}
