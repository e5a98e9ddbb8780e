import {spawn, type ChildProcess} from 'node:child_process'
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach} from 'vitest'
import {parse, type ParseOptions} from '../../src/parse.js'
import {bakerText} from '../cli/documents.js'
import {bin, removeTemporary, temporary} from '../cli/run.js'

export {build, cli, listFiles} from '../cli/run.js'

/** `4 files: 3 converted (1 with warnings), 1 failed in 0.05 s (80 docs/s)`, with its counts captured. */
export const summaryPattern =
  /^(\d+) files?: (\d+) converted \((\d+) with warnings\), (\d+) failed(?: \(\d+ internal errors?\))? in \d+\.\d\d s \(\d+ docs\/s\)$/

/**
 * A batch big enough that documents overtake each other on two workers: an
 * explicit `--concurrency 2` always runs on two worker threads.
 */
export const poolSized = 24

const folders: string[] = []

afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeTemporary))
})

/** A temporary folder with files in it, removed after the test. */
export async function workspace(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const folder = await temporary()
  folders.push(folder)
  await writeFiles(folder, files)
  return folder
}

/** Write files below a folder, making folders on the way. */
export async function writeFiles(folder: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), {recursive: true})
    await writeFile(path.join(folder, name), content)
  }
}

/**
 * `count` distinct copy-pasted pages, `corpus/page-000.txt` …, each a baker
 * with its own title, so outputs can be told apart.
 */
export function pages(count: number, folder = 'corpus'): Record<string, string> {
  const files: Record<string, string> = {}
  for (let index = 0; index < count; index++) {
    const name = String(index).padStart(3, '0')
    files[`${folder}/page-${name}.txt`] = bakerText.replace('Profession baker', `Profession baker ${name}`)
  }

  return files
}

/** Non-empty lines of a text. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '')
}

/** What the library makes of a document, as the CLI should output it. */
export function expectedProfession(input: string | Uint8Array, options: ParseOptions): unknown {
  return parse(input, options).profession
}

/** Start the built CLI without waiting for it (for the kill test). */
export function start(args: readonly string[], cwd: string): ChildProcess {
  return spawn(process.execPath, [bin, ...args], {cwd, stdio: ['ignore', 'pipe', 'pipe']})
}
