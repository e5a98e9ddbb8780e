import {CommanderError} from 'commander'
import {CliError, describeError, failureText} from './errors.js'
import {exitCodes, processIo, type ExitCode, type Io} from './io.js'
import {createProgram} from './program.js'

/**
 * Run the command line and resolve to its exit code. Never throws and never
 * exits the process, so output is flushed and callers decide.
 *
 * @param args
 *   Arguments after the executable, e.g. `['parse', 'a.txt']`.
 * @param io
 *   Streams to use. Default: the process's.
 */
export async function main(args: readonly string[], io: Io = processIo): Promise<ExitCode> {
  let code: ExitCode = exitCodes.ok
  // Known before parsing, so a failure while parsing arguments can use it.
  const debug = args.includes('--debug')

  try {
    const program = createProgram(io, (result) => {
      code = result
    })
    await program.parseAsync([...args], {from: 'user'})
    return code
  } catch (error) {
    // Commander has already printed its message (or the help, or the version).
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
    }

    if (error instanceof CliError) {
      io.stderr.write(failureText(error.message, error, debug))
      return error.exitCode
    }

    io.stderr.write(
      failureText(
        `profession-parser: internal error: ${describeError(error)}` +
          (debug ? '' : ' (run with --debug for the stack trace)'),
        error,
        debug
      )
    )
    return exitCodes.usage
  }
}
