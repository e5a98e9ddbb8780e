import {spawn, type ChildProcess} from 'node:child_process'
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach} from 'vitest'
import {parse, type ParseOptions} from '../../src/parse.js'
import {bakerMarkdown, bakerText} from '../cli/documents.js'
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

/**
 * A Markdown profile of some 140 kB (1,500 skills) whose JSON is some 210
 * kB: past a small file-size limit where the other documents are not.
 */
export function bigProfile(): string {
  const skills = Array.from(
    {length: 1500},
    (_, index) => `- **Skill number ${index}**: Describe skill number ${index} in a sentence long enough to take some room.`
  )
  return bakerMarkdown.replace('- **Knead dough**: Work dough by hand or by machine.', skills.join('\n'))
}

/**
 * A plugin that plays another program changing the input folder while a
 * batch runs: parsing a document with a `Vanish` section deletes each file
 * named on a `remove <path>` line of it, and replaces each file named on a
 * `folder <path>` line with an empty folder (paths relative to the working
 * folder). A batch reports in input order and starts a document only when
 * one at most `4 × threads` before it is reported, so a document far enough
 * after the one with the section is always found before it changes and read
 * after: the fault is deterministic, not a race.
 */
export const vanishPlugin = `import {mkdirSync, rmSync} from 'node:fs'

export default {
  id: 'vanish',
  description: 'Removes the files its section names, as another program could mid-run',
  headings: ['vanish'],
  extract(section) {
    for (const block of section.blocks) {
      for (const [, action, file] of block.text.matchAll(/(remove|folder) (\\S+)/g)) {
        rmSync(file, {force: true})
        if (action === 'folder') mkdirSync(file)
      }
    }

    return undefined
  }
}
`

/** The baker page with a `Vanish` section for `vanishPlugin`. */
export function vanishingPage(changes: {remove?: readonly string[]; folder?: readonly string[]}): string {
  const lines = [
    ...(changes.remove ?? []).map((file) => `remove ${file}`),
    ...(changes.folder ?? []).map((file) => `folder ${file}`)
  ]
  return bakerText.replace('Common job titles', `Vanish\n\n${lines.join('\n')}\n\nCommon job titles`)
}

/** The files of a workspace that load `vanishPlugin` for every document below it. */
export const vanishConfig: Record<string, string> = {
  '.profession-parser.json': JSON.stringify({plugins: ['./vanish.js']}),
  'vanish.js': vanishPlugin
}
