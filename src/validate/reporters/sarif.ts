import {builtinRules} from '../registry.js'
import type {Rule} from '../rule.js'
import {severityOf, shown} from './severity.js'
import type {FileReport, ReporterOptions} from './types.js'

/** Options of the SARIF reporter. */
export interface SarifOptions extends ReporterOptions {
  /** The tool's version, for `tool.driver.version`. */
  version?: string | undefined
  /** Rules to describe in `tool.driver.rules`. Default: the built-in rules. */
  rules?: readonly Rule[] | undefined
}

const levels = {error: 'error', warning: 'warning', info: 'note'} as const
const ruleLevels = {error: 'error', warn: 'warning', info: 'note'} as const

/**
 * The `sarif` reporter: a SARIF 2.1.0 log with one run, for GitHub code
 * scanning and other SARIF viewers. Every rule is described (id, summary,
 * help URL, default level); results point at `file`, line and column, with
 * `uriBaseId` `%SRCROOT%` (the working folder).
 *
 * @param files
 *   Checked files.
 * @param options
 *   Tool version, rules, `quiet`.
 */
export function sarifReporter(files: readonly FileReport[], options: SarifOptions = {}): string {
  const rules = options.rules ?? builtinRules
  const index = new Map(rules.map((rule, position) => [rule.id, position]))
  const results = files.flatMap((file) =>
    shown(file.messages, options.quiet).map((message) => {
      const end = message.place && 'end' in message.place ? message.place.end : undefined
      const ruleIndex = message.ruleId === undefined ? undefined : index.get(message.ruleId)
      return {
        ...(message.ruleId === undefined ? {} : {ruleId: message.ruleId}),
        ...(ruleIndex === undefined ? {} : {ruleIndex}),
        level: levels[severityOf(message)],
        message: {text: message.reason},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: encodeURI(file.path), uriBaseId: '%SRCROOT%'},
              region: {
                startLine: message.line ?? 1,
                startColumn: message.column ?? 1,
                ...(end ? {endLine: end.line, endColumn: end.column} : {})
              }
            }
          }
        ]
      }
    })
  )

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'profession-parser',
            ...(options.version === undefined ? {} : {version: options.version}),
            informationUri: 'https://www.npmjs.com/package/profession-parser',
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: {text: rule.description},
              helpUri: rule.url,
              defaultConfiguration: {level: ruleLevels[rule.severity]},
              properties: {tags: [...rule.tags]}
            }))
          }
        },
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}
