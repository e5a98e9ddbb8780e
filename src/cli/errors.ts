import type {ExitCode} from './io.js'

/**
 * An error the CLI expected and can explain in one line: bad usage, an
 * output folder that cannot be made. Carries its exit code; printed without
 * a stack unless `--debug`.
 */
export class CliError extends Error {
  constructor(
    message: string,
    /** Exit code to end the run with. */
    readonly exitCode: ExitCode,
    options?: {cause?: unknown}
  ) {
    super(message, options)
    this.name = 'CliError'
  }
}

/**
 * The one-line reason of a file system error, without the path Node appends
 * (`ENOENT: no such file or directory, open 'x'` → `ENOENT: no such file or
 * directory`): the CLI puts the path first, where people look for it.
 *
 * @param error
 *   Anything thrown.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const code = (error as NodeJS.ErrnoException).code
  const message = oneLine(error.message)
  if (typeof code === 'string' && message.startsWith(code + ':')) {
    const comma = message.indexOf(', ')
    return comma === -1 ? message : message.slice(0, comma)
  }

  return message
}

/**
 * Lines to print for a failure: the one-line reason, then, with `--debug`
 * only, the stack (and the stack of its cause).
 *
 * @param line
 *   The reason, already naming the file.
 * @param error
 *   What was thrown.
 * @param debug
 *   Whether to add stacks.
 */
export function failureText(line: string, error: unknown, debug: boolean): string {
  let text = line + '\n'
  if (!debug) return text
  let current: unknown = error
  // Bounded: causes can be cyclic.
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current.stack) text += current.stack + '\n'
    current = current.cause
  }

  return text
}

/** Collapse line breaks, so a reason stays on the line that names its file. */
export function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}
