#!/usr/bin/env node
/**
 * Score the parser on documents it was never tuned on:
 *
 *     npm run eval:held-out -- [--count N] [--seed S] [--batch N]… [--mode M] [--lexicon FILE] [--keep DIR] [--check-dev]
 *
 * The dev corpus (`../shared/corpus/dev`) is generated from ESCO
 * occupations; the hidden pages the goals are measured on are very likely
 * other occupations of the same file. This script picks `--count`
 * occupations of `../shared/esco/occupations.jsonl` (default 400) whose uri
 * no dev gold file has, renders each in one of the dev corpus's three
 * layouts (`web`, `web-headings`, `md`, in turn), writes it with its
 * `<stem>.gold.json` into a temporary folder, and scores that folder with
 * `scripts/eval.js` (`--mode`, default `all`; `--lexicon` as there). Each `--batch N` also scores
 * learned mode on consecutive batches of N documents, as a batch of hidden
 * pages may be smaller than the whole set, and reports their mean, lowest
 * and highest scores.
 *
 * The choice of occupations and the Holland types (which ESCO does not
 * give) come from a PRNG seeded by `--seed` (default 1): a seed always
 * gives the same documents. `--keep DIR` writes them into DIR (which must
 * not exist) and leaves them there; otherwise the temporary folder is
 * removed. `--check-dev` instead renders every dev occupation with its gold
 * Holland type and reports how many documents and gold files come out
 * byte-identical to the dev corpus's: the measure of how faithfully the
 * layouts are imitated.
 *
 * ESCO data is read from `../shared` at run time; nothing derived from it
 * is written into the project.
 */
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import Papa from 'papaparse'

const root = fileURLToPath(new URL('..', import.meta.url))
const shared = path.resolve(root, '../shared')
const devDir = path.join(shared, 'corpus/dev')
const occupationsPath = path.join(shared, 'esco/occupations.jsonl')
const descriptionsPath = path.join(shared, 'esco/skill-descriptions.csv')

const layouts = ['web', 'web-headings', 'md']
const hollandNames = {R: 'Realistic', I: 'Investigative', A: 'Artistic', S: 'Social', E: 'Enterprising', C: 'Conventional'}
// The dev corpus's first Holland letter follows the ISCO group: sub-major
// (two digits) where the major group is split, else major (one digit). Read
// off the dev gold files by hand (`--check-dev` counts how many it matches);
// the occupations file has no Holland types.
const primaryHolland = {
  0: 'R', 1: 'E', 21: 'I', 22: 'S', 23: 'S', 24: 'I', 25: 'I', 26: 'A',
  3: 'R', 4: 'C', 5: 'S', 6: 'R', 7: 'R', 8: 'R', 9: 'R'
}
const promo = 'Would you like to know what kind of career and professions suit you best? Take our free Holland code career test and find out.'
const bullet = '  \u2022 '
const maxJobTitles = 10

// ---------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(name)
const option = (name, fallback) => {
  const index = argv.indexOf(name)
  return index === -1 ? fallback : argv[index + 1]
}

/**
 * Every value given to a repeatable option (`--batch 100 --batch 400`, or
 * `--batch 100,400`), as positive integers.
 *
 * @param {string} name
 * @returns {number[]}
 */
function integers(name) {
  const values = []
  for (const [index, value] of argv.entries()) {
    if (value !== name) continue
    for (const part of String(argv[index + 1]).split(',')) values.push(positive(name, part))
  }

  return values
}

/**
 * A positive integer option value, or exit with a usage error.
 *
 * @param {string} name
 * @param {string} value
 * @returns {number}
 */
function positive(name, value) {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) {
    console.error(`held-out: ${name} expects a positive integer, not ${JSON.stringify(value)}`)
    process.exit(2)
  }

  return number
}

// ---------------------------------------------------------------------------
// ESCO data

/**
 * ESCO's occupations, the descriptions of its skill labels, and the kind of
 * each label some occupation lists as essential (dev gold gives an optional
 * item the kind it has as an essential item elsewhere, and none otherwise).
 *
 * @returns {Promise<{occupations: Array<Record<string, any>>, descriptions: Map<string, string>, kinds: Map<string, 'knowledge' | 'skill'>}>}
 */
async function loadEsco() {
  for (const file of [occupationsPath, descriptionsPath, devDir]) {
    if (!existsSync(file)) {
      console.error(`held-out: ${path.relative(root, file)} not found; this script needs the ESCO data of ../shared beside the repository`)
      process.exit(2)
    }
  }

  const lines = (await fs.readFile(occupationsPath, 'utf8')).split('\n').filter((line) => line.trim() !== '')
  const occupations = lines.map((line) => JSON.parse(line))
  const {data} = Papa.parse(await fs.readFile(descriptionsPath, 'utf8'), {header: true, skipEmptyLines: true})
  const descriptions = new Map()
  // The first row of a label repeated in the CSV wins, as in the dev corpus.
  for (const row of data) if (!descriptions.has(row.skill_label)) descriptions.set(row.skill_label, row.description)
  const kinds = new Map()
  for (const occupation of occupations) {
    for (const label of occupation.essentialKnowledge) kinds.set(label, 'knowledge')
    for (const label of occupation.essentialSkills) kinds.set(label, 'skill')
  }

  return {occupations, descriptions, kinds}
}

/**
 * The gold models of the dev corpus, by occupation uri.
 *
 * @returns {Promise<Map<string, {stem: string, gold: Record<string, any>}>>}
 */
async function loadDev() {
  const byUri = new Map()
  for (const name of (await fs.readdir(devDir)).sort()) {
    if (!name.endsWith('.gold.json')) continue
    const gold = JSON.parse(await fs.readFile(path.join(devDir, name), 'utf8'))
    byUri.set(gold.uri, {stem: name.slice(0, -'.gold.json'.length), gold})
  }

  return byUri
}

// ---------------------------------------------------------------------------
// Choosing

/**
 * A seeded PRNG (mulberry32): a function returning floats in [0, 1).
 *
 * @param {number} seed
 * @returns {() => number}
 */
function prng(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d_2b_79_f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/**
 * `count` items of `items` in a seeded random order (a partial
 * Fisher–Yates shuffle of a copy).
 *
 * @template T
 * @param {T[]} items
 * @param {number} count
 * @param {() => number} random
 * @returns {T[]}
 */
function sample(items, count, random) {
  const pool = [...items]
  const taken = Math.min(count, pool.length)
  for (let index = 0; index < taken; index++) {
    const other = index + Math.floor(random() * (pool.length - index))
    ;[pool[index], pool[other]] = [pool[other], pool[index]]
  }

  return pool.slice(0, taken)
}

/**
 * A two-letter Holland code: the first letter from the ISCO group, as in the
 * dev corpus, the second drawn from the other five.
 *
 * @param {string} iscoCode
 * @param {() => number} random
 * @returns {string}
 */
function hollandCode(iscoCode, random) {
  const first = primaryHolland[iscoCode.slice(0, 2)] ?? primaryHolland[iscoCode.slice(0, 1)] ?? 'R'
  const others = Object.keys(hollandNames).filter((letter) => letter !== first)
  return first + others[Math.floor(random() * others.length)]
}

// ---------------------------------------------------------------------------
// Rendering

/** @param {string} text */
const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1)
/** @param {string} text */
const collapse = (text) => text.replace(/\s+/g, ' ').trim()
/**
 * Text as the dev corpus's Markdown writer puts it: whitespace collapsed,
 * backticks and brackets escaped. ESCO has no other character Markdown
 * would read as syntax inside a line, except "&" in an entity-like run
 * ("&gt;", kept literal by the gold), escaped here so it stays literal.
 *
 * @param {string} text
 */
const markdownText = (text) => collapse(text).replace(/[\\`[\]]|&(?=#?\w+;)/g, '\\$&')
/** @param {string} title */
const slug = (title) => title.toLowerCase().replace(/[^a-z\d]+/g, '-').replace(/^-|-$/g, '')

/**
 * The gold model of an occupation, in the dev corpus's shape.
 *
 * @param {Record<string, any>} occupation
 * @param {string} layout
 * @param {string} code Two-letter Holland code.
 * @param {{descriptions: Map<string, string>, kinds: Map<string, string>}} esco
 * @returns {Record<string, any>}
 */
function goldOf(occupation, layout, code, {descriptions, kinds}) {
  /** @param {string} label */
  const item = (label) => {
    const description = descriptions.get(label)
    return description === undefined ? {name: capitalise(label)} : {name: capitalise(label), description: collapse(description)}
  }

  return {
    layout,
    uri: occupation.uri,
    title: occupation.title,
    description: collapse(occupation.description),
    personalityTypes: [{code, types: [...code].map((letter) => hollandNames[letter])}],
    knowledge: occupation.essentialKnowledge.map(item),
    skills: occupation.essentialSkills.map(item),
    optionalSkills: occupation.optionalSkills.map((name) => {
      const kind = kinds.get(name)
      return kind === undefined ? {name} : {name, kind}
    }),
    jobTitles: occupation.altLabels.slice(0, maxJobTitles).map(capitalise)
  }
}

/**
 * A copy-pasted careers page: `web` without the Knowledge and Skills
 * headings (their lines left blank, as copying them loses the text only),
 * `web-headings` with them. Descriptions are ESCO's text as it is.
 *
 * @param {Record<string, any>} occupation
 * @param {Record<string, any>} gold
 * @param {Map<string, string>} descriptions
 * @param {boolean} headings
 * @returns {string}
 */
function renderWeb(occupation, gold, descriptions, headings) {
  const lines = [`Profession ${occupation.title}`, '', collapse(occupation.description), '', promo, '', 'Personality Type', '']
  lines.push(bullet + gold.personalityTypes[0].types.join(' / '), '')
  for (const [heading, labels] of [['Knowledge', occupation.essentialKnowledge], ['Skills', occupation.essentialSkills]]) {
    if (labels.length === 0) continue
    lines.push(...(headings ? [heading, ''] : ['']))
    for (const label of labels) {
      lines.push(bullet + capitalise(label), '')
      const description = descriptions.get(label)
      if (description !== undefined) lines.push('    ' + collapse(description), '')
    }
  }

  if (occupation.optionalSkills.length > 0) lines.push('Optional knowledge and skills', '', occupation.optionalSkills.join(' '), '')
  if (gold.jobTitles.length > 0) lines.push('Common job titles', '', ...gold.jobTitles.map((title) => bullet + title))
  return lines.join('\n') + '\n'
}

/**
 * An authored Markdown profile.
 *
 * @param {Record<string, any>} occupation
 * @param {Record<string, any>} gold
 * @param {Map<string, string>} descriptions
 * @returns {string}
 */
function renderMarkdown(occupation, gold, descriptions) {
  const lines = [`# ${capitalise(occupation.title)}`, '', markdownText(occupation.description), '', '## Personality type', '']
  lines.push('- ' + gold.personalityTypes[0].types.join(' / '), '')
  for (const [heading, labels] of [['Knowledge', occupation.essentialKnowledge], ['Skills', occupation.essentialSkills]]) {
    if (labels.length === 0) continue
    lines.push(`## ${heading}`, '')
    for (const label of labels) {
      const description = descriptions.get(label)
      lines.push(`- **${capitalise(label)}**` + (description === undefined ? '' : `: ${markdownText(description)}`))
    }

    lines.push('')
  }

  if (occupation.optionalSkills.length > 0) {
    lines.push('## Optional knowledge and skills', '', ...occupation.optionalSkills.map((label) => '- ' + label), '')
  }

  if (gold.jobTitles.length > 0) lines.push('## Common job titles', '', ...gold.jobTitles.map((title) => '- ' + title), '')
  return lines.join('\n').replace(/\n+$/, '\n')
}

/**
 * The document and gold model of an occupation in a layout.
 *
 * @param {Record<string, any>} occupation
 * @param {string} layout
 * @param {string} code
 * @param {{descriptions: Map<string, string>, kinds: Map<string, string>}} esco
 * @returns {{name: string, text: string, gold: Record<string, any>}}
 */
function render(occupation, layout, code, esco) {
  const gold = goldOf(occupation, layout, code, esco)
  const stem = `${layout}--${slug(occupation.title)}`
  if (layout === 'md') return {name: stem + '.md', text: renderMarkdown(occupation, gold, esco.descriptions), gold}
  return {name: stem + '.txt', text: renderWeb(occupation, gold, esco.descriptions, layout === 'web-headings'), gold}
}

/**
 * Write documents and their gold files into `dir`.
 *
 * @param {string} dir
 * @param {Array<{name: string, text: string, gold: Record<string, any>}>} documents
 */
async function writeAll(dir, documents) {
  await fs.mkdir(dir, {recursive: true})
  for (const {name, text, gold} of documents) {
    const stem = name.slice(0, name.lastIndexOf('.'))
    await fs.writeFile(path.join(dir, name), text)
    await fs.writeFile(path.join(dir, stem + '.gold.json'), JSON.stringify(gold, null, 2) + '\n')
  }
}

// ---------------------------------------------------------------------------
// Scoring

const execFileAsync = promisify(execFile)

/**
 * Run `scripts/eval.js` on a folder and return its JSON report by mode.
 *
 * @param {string} dir
 * @param {string} mode
 * @returns {Promise<Record<string, any>>}
 */
async function evaluate(dir, mode) {
  const args = [path.join(root, 'scripts/eval.js'), dir, '--mode', mode, '--json']
  const lexicon = option('--lexicon')
  if (lexicon) args.push('--lexicon', path.resolve(lexicon))
  const {stdout} = await execFileAsync(process.execPath, args, {cwd: root, maxBuffer: 64 * 1024 * 1024})
  return JSON.parse(stdout)
}

/** @param {number} value */
const figure = (value) => value.toFixed(4)

/**
 * One table for all modes: F1 of each list field, exactness of the single
 * fields, kind accuracy, and the share of documents fully right per layout.
 *
 * @param {Record<string, any>} reports
 */
function printModes(reports) {
  const modes = Object.keys(reports)
  const rows = [
    ...Object.keys(reports[modes[0]].fields).map((field) => [`${field} F1`, (r) => r.fields[field].f1]),
    ['optionalSkills precision', (r) => r.fields.optionalSkills.precision],
    ['optionalSkills recall', (r) => r.fields.optionalSkills.recall],
    ...Object.keys(reports[modes[0]].exact).map((field) => [`${field} exact`, (r) => r.exact[field]]),
    ...Object.keys(reports[modes[0]].layouts).map((layout) => [`${layout} fully right`, (r) => r.layouts[layout].fullyRight]),
    ...Object.keys(reports[modes[0]].layouts).map((layout) => [`${layout} right but optional`, (r) => r.layouts[layout].rightExceptOptional])
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  console.log(`\n${'field'.padEnd(width)}  ${modes.map((mode) => mode.padStart(15)).join(' ')}`)
  for (const [label, read] of rows) {
    console.log(`${label.padEnd(width)}  ${modes.map((mode) => figure(read(reports[mode])).padStart(15)).join(' ')}`)
  }
}

/**
 * Learned mode on consecutive batches of `size` documents (a last partial
 * batch is scored too): mean, lowest and highest optional-list F1 and kind
 * accuracy.
 *
 * @param {string} dir
 * @param {Array<{name: string, text: string, gold: Record<string, any>}>} documents
 * @param {number} size
 */
async function printBatches(dir, documents, size) {
  const f1s = []
  const kinds = []
  for (let start = 0; start < documents.length; start += size) {
    const batchDir = path.join(dir, `batch-${size}-${start / size}`)
    await writeAll(batchDir, documents.slice(start, start + size))
    const {learned} = await evaluate(batchDir, 'learned')
    f1s.push(learned.fields.optionalSkills.f1)
    kinds.push(learned.exact.optionalKind)
    await fs.rm(batchDir, {recursive: true, force: true})
  }

  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length
  const last = documents.length % size
  console.log(
    `learned, batches of ${String(size).padStart(4)} (${f1s.length}${last > 0 && f1s.length > 1 ? `, the last of ${last}` : ''}): optional F1 mean ${figure(mean(f1s))} ` +
      `min ${figure(Math.min(...f1s))} max ${figure(Math.max(...f1s))}; kind accuracy mean ${figure(mean(kinds))}`
  )
}

// ---------------------------------------------------------------------------
// Checking the imitation against the dev corpus

/**
 * Render every dev occupation in its dev layout with its gold Holland code
 * and compare with the dev files byte for byte; also count how often the
 * ISCO rule picks the gold's first Holland letter.
 *
 * @param {Awaited<ReturnType<typeof loadEsco>>} esco
 * @param {Awaited<ReturnType<typeof loadDev>>} dev
 */
async function checkDev(esco, dev) {
  const byUri = new Map(esco.occupations.map((occupation) => [occupation.uri, occupation]))
  let sameText = 0
  let sameGold = 0
  let sameFirstLetter = 0
  const differences = []
  for (const [uri, {stem, gold}] of dev) {
    const occupation = byUri.get(uri)
    if (!occupation) {
      differences.push(`${stem}: no occupation with its uri in occupations.jsonl, skipped`)
      continue
    }

    const code = gold.personalityTypes[0].code
    const document = render(occupation, gold.layout, code, esco)
    const expected = await fs.readFile(path.join(devDir, stem + (gold.layout === 'md' ? '.md' : '.txt')), 'utf8')
    if (document.text === expected) sameText++
    else differences.push(`${stem}: ${firstDifference(document.text, expected)}`)
    if (JSON.stringify(document.gold) === JSON.stringify(gold)) sameGold++
    else differences.push(`${stem}: gold differs`)
    if (hollandCode(occupation.iscoCode, () => 0)[0] === code[0]) sameFirstLetter++
  }

  console.log(`dev documents rendered again: ${sameText}/${dev.size} texts and ${sameGold}/${dev.size} gold files byte-identical`)
  console.log(`first Holland letter from the ISCO group: ${sameFirstLetter}/${dev.size} as in dev gold`)
  for (const line of differences.slice(0, 20)) console.log('  ' + line)
}

/**
 * The first line where two texts differ, as a message.
 *
 * @param {string} actual
 * @param {string} expected
 * @returns {string}
 */
function firstDifference(actual, expected) {
  const a = actual.split('\n')
  const b = expected.split('\n')
  let index = 0
  while (index < a.length && a[index] === b[index]) index++
  return `line ${index + 1} is ${JSON.stringify(a[index])}, expected ${JSON.stringify(b[index])}`
}

// ---------------------------------------------------------------------------
// Main

const esco = await loadEsco()
const dev = await loadDev()

if (flag('--check-dev')) {
  await checkDev(esco, dev)
  process.exit(0)
}

const count = positive('--count', option('--count', '400'))
const seed = Number(option('--seed', '1'))
if (!Number.isInteger(seed)) {
  console.error(`held-out: --seed expects an integer, not ${JSON.stringify(option('--seed'))}`)
  process.exit(2)
}

const mode = option('--mode', 'all')
const random = prng(seed)
const candidates = esco.occupations.filter((occupation) => !dev.has(occupation.uri)).sort((a, b) => (a.uri < b.uri ? -1 : 1))
const chosen = sample(candidates, count, random)
const stems = new Set()
const documents = chosen.map((occupation, index) => {
  const document = render(occupation, layouts[index % layouts.length], hollandCode(occupation.iscoCode, random), esco)
  // Two titles may share a slug; the eval pairs files by stem.
  while (stems.has(document.name)) document.name = document.name.replace(/(\.\w+)$/, '-2$1')
  stems.add(document.name)
  return document
})

const keep = option('--keep')
const dir = keep ? path.resolve(keep) : await fs.mkdtemp(path.join(os.tmpdir(), 'held-out-'))
if (keep) {
  try {
    await fs.mkdir(dir)
  } catch {
    console.error(`held-out: --keep ${keep}: the folder must not exist yet`)
    process.exit(2)
  }
}

try {
  await writeAll(dir, documents)
  console.log(
    `held-out: ${documents.length} of ${candidates.length} occupations outside the dev corpus (seed ${seed}), ` +
      `${layouts.map((layout) => `${documents.filter((d) => d.gold.layout === layout).length} ${layout}`).join(', ')}, in ${dir}`
  )
  printModes(await evaluate(dir, mode))
  const batches = integers('--batch')
  if (batches.length > 0) console.log('')
  for (const size of batches) await printBatches(dir, documents, size)
} finally {
  if (!keep) await fs.rm(dir, {recursive: true, force: true})
}
