#!/usr/bin/env node
/**
 * Score the parser against gold models:
 *
 *     npm run eval -- [dir] [--mode none|learned|lexicon|learned+lexicon|all] [--lexicon FILE] [--json] [--verbose]
 *
 * Every `<stem>.txt|.md` in `dir` (default `../shared/corpus/dev`) with a
 * `<stem>.gold.json` beside it is parsed and compared field by field:
 * precision, recall and F1 per list field (names compared case-insensitively
 * with whitespace collapsed), exactness of title, description and item
 * descriptions, kind accuracy of optional items, and the share of documents
 * fully right per layout (the file-name prefix before `--`).
 *
 * Modes (the optional-list segmentation): `none` uses only what each
 * document teaches; `learned` first learns a vocabulary from the whole batch
 * (`learnLexicon`), then parses again with it; `lexicon` uses a label list
 * (default: ESCO's `../shared/esco/skill-descriptions.csv`); `learned+lexicon`
 * both, as `convert --learn --lexicon FILE` does (learned labels first).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {learnLexicon, loadLexicon, parseFile} from '../dist/index.js'

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(name)
const option = (name, fallback) => {
  const index = argv.indexOf(name)
  return index === -1 ? fallback : argv[index + 1]
}

const dir = argv.find((value, index) => !value.startsWith('--') && !argv[index - 1]?.startsWith('--')) ?? '../shared/corpus/dev'
const mode = option('--mode', 'all')
const lexiconPath = option('--lexicon', '../shared/esco/skill-descriptions.csv')
const key = (value) => String(value).replace(/\s+/g, ' ').trim().toLowerCase()

const listFields = {
  personalityTypes: (p) => (p.personalityTypes ?? []).map((t) => t.code),
  knowledge: (p) => (p.knowledge ?? []).map((i) => key(i.name)),
  skills: (p) => (p.skills ?? []).map((i) => key(i.name)),
  optionalSkills: (p) => (p.optionalSkills ?? []).map((i) => key(i.name)),
  jobTitles: (p) => (p.jobTitles ?? []).map(key)
}

/** Multiset overlap of two lists of keys. */
function overlap(expected, actual) {
  const counts = new Map()
  for (const value of expected) counts.set(value, (counts.get(value) ?? 0) + 1)
  let hit = 0
  for (const value of actual) {
    const count = counts.get(value) ?? 0
    if (count > 0) {
      hit++
      counts.set(value, count - 1)
    }
  }

  return hit
}

async function documents() {
  const names = await fs.readdir(dir).catch(() => {
    console.error(`eval: ${dir} not found; pass a folder of documents with their gold files, or put the dev corpus at ../shared`)
    process.exit(2)
  })
  const pairs = []
  for (const goldName of names.filter((name) => name.endsWith('.gold.json')).sort()) {
    const stem = goldName.slice(0, -'.gold.json'.length)
    const input = names.find((name) => name.startsWith(stem + '.') && !name.endsWith('.gold.json'))
    if (!input) continue
    const gold = JSON.parse(await fs.readFile(path.join(dir, goldName), 'utf8'))
    pairs.push({stem, input: path.join(dir, input), gold})
  }

  return pairs
}

function score(pairs, results) {
  const totals = {}
  for (const field of Object.keys(listFields)) totals[field] = {tp: 0, expected: 0, actual: 0}
  const exact = {title: [0, 0], description: [0, 0], itemDescriptions: [0, 0], optionalKind: [0, 0]}
  const layouts = new Map()
  const failures = []

  for (const [index, {stem, input, gold}] of pairs.entries()) {
    const {profession} = results[index]
    const wrong = []

    for (const [field, read] of Object.entries(listFields)) {
      const expected = read(gold)
      const actual = read(profession)
      const tp = overlap(expected, actual)
      totals[field].tp += tp
      totals[field].expected += expected.length
      totals[field].actual += actual.length
      if (tp !== expected.length || tp !== actual.length) wrong.push(field)
    }

    for (const field of ['title', 'description']) {
      const ok = key(gold[field] ?? '') === key(profession[field] ?? '')
      exact[field][0] += ok ? 1 : 0
      exact[field][1]++
      if (!ok) wrong.push(field)
    }

    for (const field of ['knowledge', 'skills']) {
      const byName = new Map((profession[field] ?? []).map((item) => [key(item.name), item]))
      for (const item of gold[field] ?? []) {
        const found = byName.get(key(item.name))
        if (!found) continue
        const ok = key(found.description ?? '') === key(item.description ?? '')
        exact.itemDescriptions[0] += ok ? 1 : 0
        exact.itemDescriptions[1]++
        if (!ok && !wrong.includes(field + '.description')) wrong.push(field + '.description')
      }
    }

    const kinds = new Map((profession.optionalSkills ?? []).map((item) => [key(item.name), item.kind]))
    for (const item of gold.optionalSkills ?? []) {
      // Gold items without a kind (ESCO gives none) are not scored for kind.
      if (!item.kind) continue
      const kind = kinds.get(key(item.name))
      if (kind === undefined) continue
      exact.optionalKind[0] += kind === item.kind ? 1 : 0
      exact.optionalKind[1]++
    }

    const layout = stem.includes('--') ? stem.slice(0, stem.indexOf('--')) : '(none)'
    const entry = layouts.get(layout) ?? {documents: 0, right: 0, rightExceptOptional: 0}
    entry.documents++
    if (wrong.length === 0) entry.right++
    if (wrong.every((field) => field === 'optionalSkills')) entry.rightExceptOptional++
    layouts.set(layout, entry)
    if (wrong.length > 0) failures.push({file: path.basename(input), wrong})
  }

  const round = (value) => Math.round(value * 10_000) / 10_000
  const fields = {}
  for (const [field, t] of Object.entries(totals)) {
    const precision = t.actual === 0 ? (t.expected === 0 ? 1 : 0) : t.tp / t.actual
    const recall = t.expected === 0 ? 1 : t.tp / t.expected
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    fields[field] = {precision: round(precision), recall: round(recall), f1: round(f1)}
  }

  return {
    documents: pairs.length,
    fields,
    exact: Object.fromEntries(Object.entries(exact).map(([name, [ok, all]]) => [name, all === 0 ? 1 : round(ok / all)])),
    layouts: Object.fromEntries(
      [...layouts].map(([name, e]) => [
        name,
        {documents: e.documents, fullyRight: round(e.right / e.documents), rightExceptOptional: round(e.rightExceptOptional / e.documents)}
      ])
    ),
    failures
  }
}

async function run(pairs, selected) {
  const parseAll = (options) => Promise.all(pairs.map(({input}) => parseFile(input, options)))
  if (selected === 'none') return parseAll({})
  if (selected === 'learned') return parseAll({lexicon: learnLexicon(await parseAll({}))})
  const lexicon = await userLexicon()
  if (selected === 'lexicon') return parseAll({lexicon})
  // As `convert --learn --lexicon FILE`: the learned labels first, then the file's.
  return parseAll({lexicon: [learnLexicon(await parseAll({lexicon})), lexicon]})
}

let loadedLexicon
async function userLexicon() {
  if (loadedLexicon) return loadedLexicon
  const started = performance.now()
  let lexicon
  try {
    lexicon = await loadLexicon(lexiconPath)
  } catch (error) {
    console.error(`eval: ${error.message}`)
    process.exit(2)
  }

  const loaded = performance.now() - started
  if (!flag('--json')) console.log(`lexicon ${lexiconPath}: ${lexicon.size} labels, loaded in ${loaded.toFixed(0)} ms`)
  loadedLexicon = lexicon
  return lexicon
}

function print(name, report) {
  const f = report.fields
  console.log(`\n## mode: ${name} (${report.documents} documents in ${dir})\n`)
  console.log('field              precision  recall     F1')
  for (const [field, s] of Object.entries(f)) {
    console.log(`${field.padEnd(18)} ${s.precision.toFixed(4).padStart(9)} ${s.recall.toFixed(4).padStart(7)} ${s.f1.toFixed(4).padStart(7)}`)
  }

  console.log('')
  for (const [field, value] of Object.entries(report.exact)) console.log(`${(field + ' exact').padEnd(26)} ${value.toFixed(4)}`)
  console.log('\nlayout          documents  fully right  right but optional list')
  for (const [layout, e] of Object.entries(report.layouts)) {
    console.log(`${layout.padEnd(15)} ${String(e.documents).padStart(9)}  ${e.fullyRight.toFixed(4).padStart(11)}  ${e.rightExceptOptional.toFixed(4).padStart(10)}`)
  }

  if (flag('--verbose')) {
    console.log('\nDocuments with differences:')
    for (const {file, wrong} of report.failures) console.log(`  ${file}: ${wrong.join(', ')}`)
  }
}

const pairs = await documents()
if (pairs.length === 0) {
  console.error(`eval: no <stem>.gold.json with its document in ${dir}`)
  process.exit(2)
}

const modes = mode === 'all' ? ['none', 'learned', 'lexicon', 'learned+lexicon'] : [mode]
const reports = {}
for (const name of modes) {
  reports[name] = score(pairs, await run(pairs, name))
  if (!flag('--json')) print(name, reports[name])
}

if (flag('--json')) {
  if (!flag('--verbose')) for (const report of Object.values(reports)) delete report.failures
  console.log(JSON.stringify(reports, null, 2))
}
