/**
 * The streams a CLI run talks to. Passed around rather than reaching for
 * `process` so a script (`scripts/start.js`) or a future worker can run a
 * command with its own streams.
 */
export interface Io {
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
}

/** The process's own streams. */
export const processIo: Io = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr
}

/** Name shown for standard input in messages (`parse -`). */
export const stdinName = '<stdin>'

/** Exit codes, as documented in `--help`. */
export const exitCodes = {
  /** No document had an error. */
  ok: 0,
  /** A document had an error message or could not be read or written. */
  failed: 1,
  /** Bad usage, or the tool itself failed. */
  usage: 2
} as const

/** One of the documented exit codes. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes]
