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

/** How to run the CLI. */
export interface RunOptions {
  /** Working folder. */
  cwd: string
  /** Standard input; closed empty when omitted. */
  input?: string | Uint8Array
  /**
   * Kill the CLI (SIGKILL) if it is still running after this many
   * milliseconds, so a test of something that must not hang fails instead
   * of hanging: the run then ends with code `null` and stderr says so.
   */
  timeout?: number
  /**
   * Limit the size of every file the CLI writes to about this many bytes
   * (`ulimit -f`, in 512-byte blocks: up to twice that in shells that count
   * 1 KiB blocks): a write past it fails with EFBIG, as on a full disk.
   */
  fileSizeLimit?: number
}

/**
 * Run the built CLI.
 *
 * @param args
 *   Arguments after `profession-parser`.
 * @param options
 *   Working folder, standard input, and the faults to run it under.
 */
export function cli(args: readonly string[], options: RunOptions): Promise<Run> {
  if (options.fileSizeLimit === undefined) return spawnNode([bin, ...args], options)
  const blocks = Math.ceil(options.fileSizeLimit / 512)
  // Node ignores SIGXFSZ, so the write fails (EFBIG) instead of the process dying.
  return spawnCommand('sh', ['-c', `ulimit -f ${blocks} && exec "$@"`, 'sh', process.execPath, bin, ...args], options)
}

function spawnNode(args: readonly string[], options: RunOptions): Promise<Run> {
  return spawnCommand(process.execPath, args, options)
}

function spawnCommand(command: string, args: readonly string[], options: RunOptions): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    const timer =
      options.timeout === undefined
        ? undefined
        : setTimeout(() => {
            stderr += `\n[killed: still running after ${options.timeout} ms]\n`
            child.kill('SIGKILL')
          }, options.timeout)
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({code, stdout, stderr})
    })
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
