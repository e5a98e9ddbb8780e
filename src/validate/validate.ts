import type {VFileMessage} from 'vfile-message'
import type {Profession} from '../model/profession.js'
import {parse} from '../parse.js'
import type {ParseOptions, ParseResult} from '../pipeline.js'
import type {FormatOption} from '../read/format.js'
import {describe} from '../read/input.js'
import {checkConfig} from './config/check.js'
import type {Config} from './config/schema.js'
import {documentSubject} from './document.js'
import {runRules} from './engine.js'
import {readProfessionJson} from './json/read.js'
import {builtinRules} from './registry.js'
import type {Rule} from './rule.js'
import {resolveSettings} from './settings.js'

/** Options of `validate`. */
export interface ValidateOptions extends Omit<ParseOptions, 'format'> {
  /**
   * Input format: as for `parse`, plus `"json"` for a converted profile.
   * Default: `"json"` when `file` ends in `.json`, else `"auto"`.
   */
  format?: FormatOption | 'json' | undefined
  /**
   * The configuration, as in `.profession-parser.json` (checked here; an
   * invalid one throws a `ConfigError`). Default: `{extends: 'recommended'}`.
   */
  config?: Config | undefined
  /**
   * Path of the document relative to the configuration's folder, for
   * `overrides`. Default: `file`.
   */
  path?: string | undefined
  /** The rules. Default: `builtinRules`; add your own with `[...builtinRules, mine]`. */
  rules?: readonly Rule[] | undefined
}

/**
 * Validate a profession profile: parse it (a document) or read it (a
 * converted profile), then apply the rules as configured.
 *
 * @param input
 *   A document (text or bytes), a converted profile (JSON text with
 *   `format: 'json'`), a `parse` result, or a profession object (checked
 *   as `convert` would write it: places refer to `JSON.stringify(value,
 *   null, 2)`).
 * @param options
 *   Configuration, rules, and the options of `parse`.
 * @returns
 *   Messages (vfile `VFileMessage`s with `ruleId`, `source`, `url`, place
 *   and `fatal`), in document order.
 * @throws {ConfigError}
 *   When `options.config` does not fit the configuration schema.
 * @throws {TypeError}
 *   When `input` is none of those (`null`, a number, …).
 */
export function validate(
  input: string | Uint8Array | Profession | ParseResult,
  given: ValidateOptions = {}
): VFileMessage[] {
  const options = given ?? {}
  if (typeof input !== 'string' && (input === null || typeof input !== 'object')) {
    throw new TypeError(`validate: expected a document, a parse result or a profession, got ${describe(input)}`)
  }

  const rules = options.rules ?? builtinRules
  const config = options.config === undefined ? undefined : checkConfig(options.config, 'config', rules)
  const settings = resolveSettings(config, options.path ?? options.file, rules)
  const {file} = options

  if (typeof input === 'string' || input instanceof Uint8Array) {
    const json = options.format === 'json' || (options.format === undefined && file?.toLowerCase().endsWith('.json'))
    if (json) {
      const text = typeof input === 'string' ? input : new TextDecoder().decode(input)
      return runRules(readProfessionJson(text, file), settings, rules)
    }

    const format = options.format === 'json' ? undefined : options.format
    const result = parse(input, {...options, format})
    return runRules(documentSubject(result, input, file), settings, rules)
  }

  if ('profession' in input && 'messages' in input) {
    return runRules(documentSubject(input, undefined, file), settings, rules)
  }

  return runRules(readProfessionJson(JSON.stringify(input, null, 2), file), settings, rules)
}
