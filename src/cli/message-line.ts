import type {VFileMessage} from 'vfile-message'
import {severityOf, type Severity} from '../messages/report.js'
import {oneLine} from './errors.js'

/** Which messages to print. */
export interface MessageFilter {
  /** Leave out info messages. */
  quiet?: boolean | undefined
}

/**
 * One message as one line: `file:line:column severity reason ruleId`, the
 * shape editors and CI annotations pick up. Messages without a place point
 * at the start of the document.
 *
 * @param message
 *   The message.
 * @param file
 *   The name to show (the path as given, or `<stdin>`).
 */
export function messageLine(message: VFileMessage, file: string): string {
  const line = message.line ?? 1
  const column = message.column ?? 1
  const rule = message.ruleId ? ' ' + message.ruleId : ''
  return `${file}:${line}:${column} ${severityOf(message)} ${oneLine(message.reason)}${rule}`
}

/**
 * The lines of a document's messages, newline-terminated; empty when there
 * is nothing to show.
 *
 * @param messages
 *   The document's messages, in order.
 * @param file
 *   The name to show.
 * @param filter
 *   Which to leave out.
 */
export function messageLines(
  messages: readonly VFileMessage[],
  file: string,
  filter: MessageFilter = {}
): string {
  let text = ''
  for (const message of messages) {
    if (filter.quiet && severityOf(message) === 'info') continue
    text += messageLine(message, file) + '\n'
  }

  return text
}

/**
 * The worst severity among messages, or `undefined` when there are none
 * worth counting (info only).
 *
 * @param messages
 *   The document's messages.
 */
export function worstSeverity(messages: readonly VFileMessage[]): Exclude<Severity, 'info'> | undefined {
  let worst: Exclude<Severity, 'info'> | undefined
  for (const message of messages) {
    const severity = severityOf(message)
    if (severity === 'error') return 'error'
    if (severity === 'warning') worst = 'warning'
  }

  return worst
}
