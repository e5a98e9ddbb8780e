import type {FormatMode} from './options.js'

/** What a run did. */
export interface Counts {
  /** Documents taken. */
  files: number
  /** Documents whose canonical Markdown differs from the file. */
  changed: number
  /** Files written (`--out-dir`) or rewritten (`--write`). */
  written: number
  /** Documents that failed: unreadable, unwritable, with errors, or skipped by `--write`. */
  failed: number
}

/**
 * The line that ends a run, on stderr: `3 files: 1 not canonical, 0 failed`
 * (`--check`), `3 files: 2 rewritten, 1 failed` (`--write`), `3 files: 3
 * written, 0 failed` (`--out-dir`).
 */
export function summary(mode: Exclude<FormatMode, 'stdout'>, counts: Counts): string {
  const files = `${counts.files} file${counts.files === 1 ? '' : 's'}`
  if (mode === 'check') return `${files}: ${counts.changed} not canonical, ${counts.failed} failed`
  if (mode === 'write') return `${files}: ${counts.written} rewritten, ${counts.failed} failed`
  return `${files}: ${counts.written} written, ${counts.failed} failed`
}
