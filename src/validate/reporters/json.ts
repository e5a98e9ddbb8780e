import type {Severity} from '../../messages/report.js'
import {severityOf, shown} from './severity.js'
import type {FileReport, ReporterOptions} from './types.js'

/** One message in the JSON report. */
export interface JsonMessage {
  ruleId: string | null
  severity: Severity
  reason: string
  line: number
  column: number
  endLine: number | null
  endColumn: number | null
  url: string | null
}

/** One file in the JSON report. */
export interface JsonFile {
  file: string
  errorCount: number
  warningCount: number
  messages: JsonMessage[]
}

/**
 * The `json` reporter: an array with one object per file (clean ones too),
 * each with its counts and messages. Messages without a place point at 1:1.
 *
 * @param files
 *   Checked files.
 * @param options
 *   `quiet` leaves out info messages.
 */
export function jsonReporter(files: readonly FileReport[], options: ReporterOptions = {}): string {
  const report: JsonFile[] = files.map((file) => {
    const messages = shown(file.messages, options.quiet).map((message): JsonMessage => {
      const end = message.place && 'end' in message.place ? message.place.end : undefined
      return {
        ruleId: message.ruleId ?? null,
        severity: severityOf(message),
        reason: message.reason,
        line: message.line ?? 1,
        column: message.column ?? 1,
        endLine: end?.line ?? null,
        endColumn: end?.column ?? null,
        url: message.url ?? null
      }
    })
    return {
      file: file.path,
      errorCount: messages.filter((message) => message.severity === 'error').length,
      warningCount: messages.filter((message) => message.severity === 'warning').length,
      messages
    }
  })
  return JSON.stringify(report, null, 2) + '\n'
}
