import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, readdir, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The package root. */
export const root = fileURLToPath(new URL('../..', import.meta.url))

/** The built CLI, as `npm` links it. */
export const bin = path.join(root, 'dist', 'cli', 'bin.js')

/** What a CLI run gave back. */
export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Build `dist/` with the project's own compiler, so the tests run the CLI a
 * user gets, also on a clean clone. Type errors elsewhere in the tree are
 * `npm test`'s typecheck's business; the build only has to emit the CLI.
 */
export async function build(): Promise<void> {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')
  const result = await spawnNode([tsc, '-p', 'tsconfig.build.json'], {cwd: root})
  if (!existsSync(bin)) {
    throw new Error(`Build did not produce ${bin}:\n${result.stdout}${result.stderr}`)
  }
}

/**
 * Run the built CLI.
 *
 * @param args
 *   Arguments after `profession-parser`.
 * @param options
 *   Working folder and standard input (closed when omitted).
 */
export function cli(args: readonly string[], options: {cwd: string; input?: string | Uint8Array}): Promise<Run> {
  return spawnNode([bin, ...args], options)
}

function spawnNode(args: readonly string[], options: {cwd: string; input?: string | Uint8Array}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(options.input)
  })
}

/** A fresh folder under the system temp folder; see `removeTemporary`. */
export async function temporary(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'profession-parser-cli-'))
}

/** Remove a folder made by `temporary`. */
export async function removeTemporary(folder: string): Promise<void> {
  await rm(folder, {recursive: true, force: true})
}

/** Every file below a folder, as sorted `/`-separated relative paths. */
export async function listFiles(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return []
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}
