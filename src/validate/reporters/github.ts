import {severityOf, shown} from './severity.js'
import type {FileReport, ReporterOptions} from './types.js'

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

/**
 * The `github` reporter: one GitHub Actions workflow command per message
 * (`::error file=…,line=…,col=…,title=<ruleId>::<reason>`; `::warning`,
 * and `::notice` for info), so messages show on the pull request's diff.
 * Values are escaped as the runner expects.
 *
 * @param files
 *   Checked files.
 * @param options
 *   `quiet` leaves out info messages.
 */
export function githubReporter(files: readonly FileReport[], options: ReporterOptions = {}): string {
  let text = ''
  for (const file of files) {
    for (const message of shown(file.messages, options.quiet)) {
      const properties = [
        `file=${property(file.path)}`,
        `line=${message.line ?? 1}`,
        `col=${message.column ?? 1}`,
        `title=${property(message.ruleId ?? 'profession-parser')}`
      ]
      text += `::${commands[severityOf(message)]} ${properties.join(',')}::${data(message.reason)}\n`
    }
  }

  return text
}

function data(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function property(value: string): string {
  return data(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
