import type {VFileMessage} from 'vfile-message'

/** One checked file and its messages, as reporters take them. */
export interface FileReport {
  /** The path to show: relative to the working folder, `/`-separated. */
  path: string
  /** Its messages, in document order. */
  messages: readonly VFileMessage[]
}

/** What every reporter may be told. */
export interface ReporterOptions {
  /** Leave out info messages (and, for stylish, files without messages). */
  quiet?: boolean | undefined
}

/** A reporter: files in, the text to print out. */
export type Reporter = (files: readonly FileReport[], options?: ReporterOptions) => string
