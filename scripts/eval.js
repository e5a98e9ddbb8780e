#!/usr/bin/env node
/**
 * Score the parser against gold models: `npm run eval -- <dir>`.
 *
 * Every `<stem>.txt|.md` in `<dir>` with a `<stem>.gold.json` beside it is
 * parsed and compared field by field: precision, recall and F1 per list
 * field (names compared case-insensitively with whitespace collapsed),
 * exactness of title and description, exactness of item descriptions, kind
 * accuracy of optional items, and the share of documents fully right per
 * layout (the file-name prefix before `--`).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {parseFile} from '../dist/index.js'

const dir = process.argv[2] ?? '../shared/corpus/dev'
const json = process.argv.includes('--json')
const verbose = process.argv.includes('--verbose')

const key = (value) => String(value).replace(/\s+/g, ' ').trim().toLowerCase()

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

const listFields = {
  personalityTypes: (p) => (p.personalityTypes ?? []).map((t) => t.code),
  knowledge: (p) => (p.knowledge ?? []).map((i) => key(i.name)),
  skills: (p) => (p.skills ?? []).map((i) => key(i.name)),
  optionalSkills: (p) => (p.optionalSkills ?? []).map((i) => key(i.name)),
  jobTitles: (p) => (p.jobTitles ?? []).map(key)
}

const totals = {}
for (const field of Object.keys(listFields)) totals[field] = {tp: 0, expected: 0, actual: 0}
const exact = {title: [0, 0], description: [0, 0], itemDescriptions: [0, 0], optionalKind: [0, 0]}
const layouts = new Map()
const failures = []

const files = (await fs.readdir(dir)).filter((name) => name.endsWith('.gold.json')).sort()
for (const goldName of files) {
  const stem = goldName.slice(0, -'.gold.json'.length)
  const candidates = (await fs.readdir(dir)).filter(
    (name) => name.startsWith(stem + '.') && !name.endsWith('.gold.json')
  )
  const input = candidates[0]
  if (!input) continue
  const gold = JSON.parse(await fs.readFile(path.join(dir, goldName), 'utf8'))
  const {profession} = await parseFile(path.join(dir, input))
  let right = true
  const wrong = []

  for (const [field, read] of Object.entries(listFields)) {
    const expected = read(gold)
    const actual = read(profession)
    const tp = overlap(expected, actual)
    totals[field].tp += tp
    totals[field].expected += expected.length
    totals[field].actual += actual.length
    if (tp !== expected.length || tp !== actual.length) {
      right = false
      wrong.push(field)
    }
  }

  for (const field of ['title', 'description']) {
    const ok = key(gold[field] ?? '') === key(profession[field] ?? '')
    exact[field][0] += ok ? 1 : 0
    exact[field][1]++
    if (!ok) {
      right = false
      wrong.push(field)
    }
  }

  for (const field of ['knowledge', 'skills']) {
    const byName = new Map((profession[field] ?? []).map((item) => [key(item.name), item]))
    for (const item of gold[field] ?? []) {
      const found = byName.get(key(item.name))
      if (!found) continue
      const ok = key(found.description ?? '') === key(item.description ?? '')
      exact.itemDescriptions[0] += ok ? 1 : 0
      exact.itemDescriptions[1]++
      if (!ok) {
        right = false
        if (!wrong.includes(field + '.description')) wrong.push(field + '.description')
      }
    }
  }

  const kinds = new Map((profession.optionalSkills ?? []).map((item) => [key(item.name), item.kind]))
  for (const item of gold.optionalSkills ?? []) {
    const kind = kinds.get(key(item.name))
    if (kind === undefined) continue
    exact.optionalKind[0] += kind === item.kind ? 1 : 0
    exact.optionalKind[1]++
  }

  const layout = stem.includes('--') ? stem.slice(0, stem.indexOf('--')) : '(none)'
  const entry = layouts.get(layout) ?? {documents: 0, right: 0, rightExceptOptional: 0}
  entry.documents++
  if (right) entry.right++
  if (wrong.every((field) => field === 'optionalSkills')) entry.rightExceptOptional++
  layouts.set(layout, entry)
  if (wrong.length > 0) failures.push({file: input, wrong})
}

const round = (value) => Math.round(value * 10_000) / 10_000
const fields = {}
for (const [field, t] of Object.entries(totals)) {
  const precision = t.actual === 0 ? (t.expected === 0 ? 1 : 0) : t.tp / t.actual
  const recall = t.expected === 0 ? 1 : t.tp / t.expected
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  fields[field] = {precision: round(precision), recall: round(recall), f1: round(f1)}
}

const report = {
  directory: dir,
  documents: files.length,
  fields,
  exact: Object.fromEntries(
    Object.entries(exact).map(([name, [ok, all]]) => [name, all === 0 ? 1 : round(ok / all)])
  ),
  layouts: Object.fromEntries(
    [...layouts].map(([name, e]) => [
      name,
      {documents: e.documents, fullyRight: round(e.right / e.documents), rightExceptOptional: round(e.rightExceptOptional / e.documents)}
    ])
  )
}

if (json) {
  console.log(JSON.stringify(report, null, 2))
} else {
  console.log(`${report.documents} documents in ${dir}\n`)
  console.log('field              precision  recall     F1')
  for (const [field, s] of Object.entries(fields)) {
    console.log(`${field.padEnd(18)} ${s.precision.toFixed(4).padStart(9)} ${s.recall.toFixed(4).padStart(7)} ${s.f1.toFixed(4).padStart(7)}`)
  }

  console.log('')
  for (const [name, value] of Object.entries(report.exact)) console.log(`${(name + ' exact').padEnd(26)} ${value.toFixed(4)}`)
  console.log('\nlayout          documents  fully right  right but optional list')
  for (const [name, e] of Object.entries(report.layouts)) {
    console.log(`${name.padEnd(15)} ${String(e.documents).padStart(9)}  ${e.fullyRight.toFixed(4).padStart(11)}  ${e.rightExceptOptional.toFixed(4).padStart(10)}`)
  }

  if (verbose) {
    console.log('\nDocuments with differences:')
    for (const {file, wrong} of failures) console.log(`  ${file}: ${wrong.join(', ')}`)
  }
}
