import {stat} from 'node:fs/promises'
import path from 'node:path'
import {isInside, toPosix} from './paths.js'

/** Folders never searched: dependencies are not documents. */
const defaultIgnore = ['**/node_modules/**']

/** What fast-glob says an entry is. */
interface EntryKind {
  isDirectory(): boolean
  isSymbolicLink(): boolean
}

/**
 * The documents below `root` that match a glob, as paths relative to it
 * (or absolute, for an absolute glob). Symlinks to folders are not
 * followed — a link back up the tree would be walked forever (fast-glob has
 * no loop detection) — but any other symlink is a document: one to a file
 * like the file, and a broken or looping one too, so that reading it
 * reports it instead of it silently going missing. So are FIFOs, sockets
 * and devices that match: reading refuses them, with a message, rather
 * than leaving them out unsaid (and never waits on a FIFO).
 *
 * @param pattern
 *   Glob relative to `root`.
 * @param root
 *   Absolute folder to search.
 * @param outDir
 *   Absolute output folder, pruned instead of walked.
 * @param ignore
 *   More globs to leave out, besides `node_modules` (relative to `root`).
 */
export async function walk(
  pattern: string,
  root: string,
  outDir: string | undefined,
  ignore: readonly string[] = []
): Promise<string[]> {
  const {default: glob} = await import('fast-glob')
  const entries = glob.stream(pattern, {
    cwd: root,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    ignore: [...defaultIgnore, ...ignore, ...pruneOutDir(root, outDir, glob.escapePath)]
  })
  // Entry by entry, keeping only the path: a batch of 15,000 files listed
  // whole held all of fast-glob's entry objects at once, and the main
  // thread's young generation grew to 32 MiB to hold them, for the whole run.
  const kept: string[] = []
  for await (const entry of entries as AsyncIterable<{path: string; dirent: EntryKind}>) {
    if (entry.dirent.isDirectory()) continue
    if (entry.dirent.isSymbolicLink() && (await isFolder(path.resolve(root, entry.path)))) continue
    kept.push(entry.path)
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
