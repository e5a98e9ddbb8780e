/**
 * The bench's documents: the dev corpus, read into memory by layout, and
 * replicated on disk into a temporary folder for batch runs of several times
 * its size. The corpus itself is never copied into the repository.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

/** Extensions `convert` expands a folder to. */
const documentExtensions = new Set(['.txt', '.text', '.md', '.markdown'])

/** The document files of a folder, sorted. */
export async function documentFiles(folder) {
  const names = await fs.readdir(folder)
  return names.filter((name) => documentExtensions.has(path.extname(name).toLowerCase())).sort()
}

/**
 * The corpus in memory, by layout (the file-name prefix before `--`):
 * copy-pasted pages (`web`, `web-headings`) and Markdown profiles (`md`).
 *
 * @param folder
 *   The dev corpus.
 * @returns
 *   `{text: string[], web: string[], webOptional: Array<string[] | undefined>, markdown: string[], files: number, bytes: number}`;
 *   `text` holds both copy-pasted layouts, `web` only pages without headings,
 *   `webOptional` the optional labels of each of those from its gold file
 *   (`undefined` without one).
 */
export async function loadCorpus(folder) {
  const corpus = {text: [], web: [], webOptional: [], markdown: [], files: 0, bytes: 0}
  for (const name of await documentFiles(folder)) {
    const text = await fs.readFile(path.join(folder, name), 'utf8')
    const layout = name.split('--')[0]
    corpus.files++
    corpus.bytes += Buffer.byteLength(text)
    if (layout === 'md') corpus.markdown.push(text)
    else corpus.text.push(text)
    if (layout === 'web') {
      corpus.web.push(text)
      corpus.webOptional.push(await optionalLabels(path.join(folder, name.slice(0, -path.extname(name).length) + '.gold.json')))
    }
  }

  return corpus
}

/** The optional labels of a gold file, `undefined` when there is none. */
async function optionalLabels(file) {
  const gold = await fs.readFile(file, 'utf8').then(JSON.parse, () => undefined)
  return gold?.optionalSkills?.map((item) => item.name)
}

/**
 * Lay out `copies` copies of the corpus's documents under
 * `target/copy-00/…`, as hard links to one copy where the file system allows
 * (same bytes, same reads, no extra disk), else as copies.
 *
 * @param folder
 *   The dev corpus.
 * @param target
 *   Folder to make (must not exist).
 * @param copies
 *   How many copies.
 * @returns
 *   How many documents it holds.
 */
export async function replicate(folder, target, copies) {
  const names = await documentFiles(folder)
  const first = path.join(target, 'copy-00')
  await fs.mkdir(first, {recursive: true})
  for (const name of names) await fs.copyFile(path.join(folder, name), path.join(first, name))

  for (let copy = 1; copy < copies; copy++) {
    const dir = path.join(target, `copy-${String(copy).padStart(2, '0')}`)
    await fs.mkdir(dir)
    for (const name of names) {
      await fs.link(path.join(first, name), path.join(dir, name)).catch(() =>
        fs.copyFile(path.join(first, name), path.join(dir, name))
      )
    }
  }

  return names.length * copies
}

/** The median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
