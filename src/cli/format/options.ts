import type {DocumentOptions} from '../options.js'

/** Options of `format`. */
export interface FormatCommandOptions extends DocumentOptions {
  /** Folder to write `<stem>.md` files to (`--out-dir`). */
  outDir: string | undefined
  /** List the files that are not canonical instead of writing (`--check`). */
  check: boolean
  /** Rewrite Markdown files in place (`--write`). */
  write: boolean
}

/** What a run does with each document's canonical Markdown. */
export type FormatMode = 'stdout' | 'check' | 'write' | 'out-dir'
