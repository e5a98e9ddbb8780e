import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {shown} from './severity.js'
import type {FileReport, ReporterOptions} from './types.js'

/** Options of the stylish reporter. */
export interface StylishOptions extends ReporterOptions {
  /** Colour the output (default: no). */
  color?: boolean | undefined
  /** Show notes, causes and URLs under each message. */
  verbose?: boolean | undefined
}

/**
 * The `stylish` reporter (the default): `vfile-reporter`'s output, grouped
 * by file with a summary line, as remark and unified-engine print it.
 *
 * @param files
 *   Checked files.
 * @param options
 *   `quiet` leaves out info messages and files without messages.
 */
export function stylishReporter(files: readonly FileReport[], options: StylishOptions = {}): string {
  const vfiles = files.map((file) => {
    const vfile = new VFile({path: file.path})
    vfile.messages.push(...shown(file.messages, options.quiet))
    return vfile
  })
  const text = reporter(vfiles, {
    color: options.color === true,
    quiet: options.quiet === true,
    verbose: options.verbose === true
  })
  return text === '' ? '' : text + '\n'
}
