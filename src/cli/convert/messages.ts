import type {VFileMessage} from 'vfile-message'
import {severityOf, type Severity} from '../../messages/report.js'

/**
 * A message as data for JSON output: vfile-message's fields that say what
 * and where, with `severity` spelled out instead of `fatal`. Fields a
 * message does not have are left out.
 */
export interface PlainMessage {
  ruleId: string | undefined
  severity: Severity
  reason: string
  line: number | undefined
  column: number | undefined
  endLine?: number
  endColumn?: number
  source?: string
  url?: string
  expected?: string[]
  actual?: string
  note?: string
}

/**
 * The plain form of a message: what `JSON.stringify` of a `VFileMessage`
 * would give is its own enumerable fields, stack and all; this is the part a
 * consumer of `--jsonl` needs.
 *
 * @param message
 *   A message of a parse result.
 */
export function plainMessage(message: VFileMessage): PlainMessage {
  const plain: PlainMessage = {
    ruleId: message.ruleId,
    severity: severityOf(message),
    reason: message.reason,
    line: message.line,
    column: message.column
  }
  const end = message.place && 'end' in message.place ? message.place.end : undefined
  if (end) {
    plain.endLine = end.line
    plain.endColumn = end.column
  }

  if (message.source) plain.source = message.source
  if (message.url) plain.url = message.url
  if (message.expected) plain.expected = message.expected
  if (message.actual !== undefined) plain.actual = message.actual
  if (message.note !== undefined) plain.note = message.note
  return plain
}
