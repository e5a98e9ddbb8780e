/**
 * Lexicon load time for a lexicon of ESCO's size, built at bench time from
 * `../shared/esco` into a temporary folder (nothing from it is kept): every
 * label of `skill-descriptions.csv` plus the collections' preferred and
 * alternative labels, written as an ESCO skills CSV (alternative labels one
 * per line inside a quoted field, as ESCO's downloads have them) and as a
 * plain list.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import Papa from 'papaparse'
import {loadLexicon} from '../dist/segment/load-lexicon.js'
import {median} from './corpus.js'

const loader = new URL('../dist/segment/load-lexicon.js', import.meta.url).href

async function readCsv(file) {
  return Papa.parse(await fs.readFile(file, 'utf8'), {header: true, skipEmptyLines: true}).data
}

/**
 * Write the two lexicon files.
 *
 * @returns
 *   `{csv, list, concepts}`: their paths, and how many concepts the CSV has.
 */
export async function buildLexicons(esco, folder) {
  const concepts = new Map()
  const collections = path.join(esco, 'collections')
  for (const name of (await fs.readdir(collections)).filter((name) => name.endsWith('.csv')).sort()) {
    for (const row of await readCsv(path.join(collections, name))) {
      if (!row.preferredLabel || concepts.has(row.preferredLabel)) continue
      const altLabels = (row.altLabels ?? '').split(/\s*\|\s*|\n/).filter(Boolean)
      concepts.set(row.preferredLabel, {...row, altLabels: altLabels.join('\n')})
    }
  }

  let synthetic = 0
  for (const row of await readCsv(path.join(esco, 'skill-descriptions.csv'))) {
    if (!row.skill_label || concepts.has(row.skill_label)) continue
    concepts.set(row.skill_label, {
      conceptUri: `urn:bench:skill:${synthetic++}`,
      preferredLabel: row.skill_label,
      altLabels: '',
      skillType: '',
      description: row.description ?? ''
    })
  }

  const rows = [...concepts.values()].map((row) => ({
    conceptUri: row.conceptUri,
    preferredLabel: row.preferredLabel,
    altLabels: row.altLabels,
    skillType: row.skillType,
    description: row.description
  }))
  const labels = rows.flatMap((row) => [row.preferredLabel, ...row.altLabels.split('\n').filter(Boolean)])
  const csv = path.join(folder, 'skills_en.csv')
  const list = path.join(folder, 'labels.txt')
  await fs.writeFile(csv, Papa.unparse(rows) + '\n')
  await fs.writeFile(list, labels.join('\n') + '\n')
  return {csv, list, concepts: rows.length}
}

/** One load in a fresh process, module import included. */
function coldLoad(file) {
  const script = `const t = performance.now(); const {loadLexicon} = await import(${JSON.stringify(loader)});
await loadLexicon(${JSON.stringify(file)}); process.stdout.write(String(performance.now() - t))`
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {stdio: ['ignore', 'pipe', 'inherit']})
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`lexicon load failed: ${code}`))))
  })
}

/**
 * Time loading a lexicon file: in a running process (median of `runs`
 * after one untimed load) and in a fresh one (median of `runs`).
 *
 * @returns
 *   `{labels, warmMs, coldMs}`.
 */
export async function timeLoad(file, runs) {
  const lexicon = await loadLexicon(file)
  const warm = []
  const cold = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    await loadLexicon(file)
    warm.push(performance.now() - start)
    cold.push(await coldLoad(file))
  }

  return {labels: lexicon.size, warmMs: median(warm), coldMs: median(cold)}
}
