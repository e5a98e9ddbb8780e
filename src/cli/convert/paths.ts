import path from 'node:path'

/**
 * Whether `child` is strictly inside folder `parent` (both absolute). Pure
 * path arithmetic: callers resolve symlinks themselves when it matters.
 */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith('..' + path.sep) &&
    !path.isAbsolute(relative)
  )
}

/** A path with `/` separators, as globs expect. */
export function toPosix(value: string): string {
  return path.sep === '/' ? value : value.split(path.sep).join('/')
}
