/**
 * The I/O floor `convert` is measured against, in the same runtime: read
 * each document of a folder and write its text as JSON into an output
 * folder, a few files in flight at once — everything a conversion must do
 * besides parsing.
 *
 *     node bench/io-floor.js <folder> <out-dir>
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {documentFiles} from './corpus.js'

const [folder, outDir] = process.argv.slice(2)
const inFlight = 8

await fs.mkdir(outDir, {recursive: true})
const names = await documentFiles(folder)
let next = 0

async function worker() {
  while (next < names.length) {
    const name = names[next++]
    const text = await fs.readFile(path.join(folder, name), 'utf8')
    await fs.writeFile(path.join(outDir, name.replace(/\.[^.]+$/, '.json')), JSON.stringify(text) + '\n')
  }
}

await Promise.all(Array.from({length: inFlight}, worker))
