import type {FileReport} from '../../validate/reporters/types.js'
import {packageVersion} from '../version.js'

/** The reporters `--reporter` takes. */
export const reporterNames = ['stylish', 'json', 'github', 'sarif'] as const

/** A reporter name. */
export type ReporterName = (typeof reporterNames)[number]

/**
 * Format the reports with the chosen reporter, loading only that one
 * (vfile-reporter, for stylish, is the heaviest).
 *
 * @param reports
 *   Checked files.
 * @param options
 *   Reporter name and its options.
 */
export async function report(
  reports: readonly FileReport[],
  options: {reporter: ReporterName; quiet: boolean; verbose: boolean; color: boolean}
): Promise<string> {
  const {quiet} = options
  switch (options.reporter) {
    case 'json': {
      return (await import('../../validate/reporters/json.js')).jsonReporter(reports, {quiet})
    }

    case 'github': {
      return (await import('../../validate/reporters/github.js')).githubReporter(reports, {quiet})
    }

    case 'sarif': {
      return (await import('../../validate/reporters/sarif.js')).sarifReporter(reports, {quiet, version: packageVersion()})
    }

    default: {
      const {stylishReporter} = await import('../../validate/reporters/stylish.js')
      return stylishReporter(reports, {quiet, verbose: options.verbose, color: options.color})
    }
  }
}
