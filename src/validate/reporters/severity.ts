import type {VFileMessage} from 'vfile-message'
import type {Severity} from '../../messages/report.js'

/** A message's severity, from vfile's `fatal`. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** The messages a reporter shows. */
export function shown(messages: readonly VFileMessage[], quiet: boolean | undefined): VFileMessage[] {
  return quiet ? messages.filter((message) => severityOf(message) !== 'info') : [...messages]
}
