import {stat} from 'node:fs/promises'
import path from 'node:path'
import {isInside, toPosix} from './paths.js'

/** Folders never searched: dependencies are not documents. */
const defaultIgnore = ['**/node_modules/**']

/** What fast-glob says an entry is. */
interface EntryKind {
  isFile(): boolean
  isSymbolicLink(): boolean
}

/**
 * The documents below `root` that match a glob, as paths relative to it.
 * Symlinks to folders are not followed — a link back up the tree would be
 * walked forever (fast-glob has no loop detection) — but any other symlink
 * is a document: one to a file like the file, and a broken or looping one
 * too, so that reading it reports it instead of it silently going missing.
 *
 * @param pattern
 *   Glob relative to `root`.
 * @param root
 *   Absolute folder to search.
 * @param outDir
 *   Absolute output folder, pruned instead of walked.
 */
export async function walk(pattern: string, root: string, outDir: string | undefined): Promise<string[]> {
  const {default: glob} = await import('fast-glob')
  const entries = await glob(pattern, {
    cwd: root,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    ignore: [...defaultIgnore, ...pruneOutDir(root, outDir, glob.escapePath)]
  })
  const kept: string[] = []
  for (const entry of entries as ReadonlyArray<{path: string; dirent: EntryKind}>) {
    if (entry.dirent.isFile()) kept.push(entry.path)
    else if (entry.dirent.isSymbolicLink() && !(await isFolder(path.join(root, entry.path)))) kept.push(entry.path)
  }

  return kept
}

async function isFolder(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory()
  } catch {
    return false
  }
}

function pruneOutDir(root: string, outDir: string | undefined, escape: (value: string) => string): string[] {
  if (outDir === undefined || !isInside(outDir, root)) return []
  return [escape(toPosix(path.relative(root, outDir))) + '/**']
}
