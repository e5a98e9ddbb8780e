import path from 'node:path'
import picomatch from 'picomatch'
import {toPosix} from './paths.js'

/**
 * A test for `--ignore` globs. A glob is matched against the file's path
 * relative to the working folder and against its absolute path, and also
 * against each folder above the file, as `.gitignore` does: `drafts`
 * (no slash: any file or folder of that name), `corpus/drafts` and
 * `**\/drafts/**` all leave out `corpus/drafts/a.txt`.
 *
 * @param patterns
 *   The globs.
 * @param cwd
 *   The working folder relative paths are taken from.
 * @returns
 *   Whether an absolute path is ignored.
 */
export function ignoreMatcher(patterns: readonly string[], cwd: string): (file: string) => boolean {
  if (patterns.length === 0) return () => false
  const matchers = patterns.map((pattern) =>
    picomatch(pattern.replace(/\/+$/, ''), {dot: true, basename: !pattern.replace(/\/+$/, '').includes('/')})
  )
  const matches = (value: string) => matchers.some((matcher) => matcher(value))

  return (file) => {
    for (const form of [toPosix(path.relative(cwd, file)), toPosix(file)]) {
      let current = form
      while (current !== '' && current !== '.' && current !== '/' && current !== '..') {
        if (matches(current)) return true
        const parent = path.posix.dirname(current)
        if (parent === current) break
        current = parent
      }
    }

    return false
  }
}
