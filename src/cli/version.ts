import {readFileSync} from 'node:fs'

/**
 * The package version, read from `package.json` so it cannot drift from
 * what npm published. `src/cli/` and `dist/cli/` both sit two folders below
 * the package root.
 */
export function packageVersion(): string {
  try {
    const data: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    const version = typeof data === 'object' && data !== null ? (data as {version?: unknown}).version : undefined
    return typeof version === 'string' ? version : '0.0.0'
  } catch {
    // A broken install should still run `parse`; only `--version` is vaguer.
    return '0.0.0'
  }
}
