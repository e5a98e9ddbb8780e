#!/usr/bin/env node
/**
 * `npm run bench` (builds first): measure, side by side in one run, what the
 * issues set goals for, print a table and write `bench/results.json`.
 *
 *     npm run bench -- [--quick] [--large N] [--corpus DIR] [--esco DIR]
 *
 * `--quick` takes fewer rounds and leaves out the large JSON Lines run;
 * the hostile documents of issue 7 are timed in process (`hostile.js`);
 * `--large N` sets its size (default 15,000 documents). The corpus
 * (default `../shared/corpus/dev`) is replicated into a temporary folder for
 * the batch runs, and removed after.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {convert, convertVersusFloor, linearity} from './batch.js'
import {documentFiles, loadCorpus, replicate} from './corpus.js'
import {buildLexicons, timeLoad} from './lexicon.js'
import {parseVersusRemark, segmentationOverhead, validationCost} from './parse.js'
import {hostile} from './hostile.js'
import {hasCommand, startup} from './startup.js'
import {formatTable} from './table.js'
import {rows} from './rows.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const quick = argv.includes('--quick')
const corpusDir = path.resolve(root, option('--corpus', '../shared/corpus/dev'))
const escoDir = path.resolve(root, option('--esco', '../shared/esco'))
const large = quick ? 0 : Number(option('--large', '15000'))
const rounds = quick ? 3 : 7
const log = (text) => process.stderr.write(text + '\n')

const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'profession-parser-bench-'))
const results = {
  date: new Date().toISOString(),
  machine: {cpus: os.availableParallelism(), node: process.version, loadAverage: os.loadavg()},
  corpus: corpusDir
}

try {
  log('parse() against remark-parse …')
  const corpus = await loadCorpus(corpusDir)
  results.corpusFiles = corpus.files
  results.parse = parseVersusRemark(corpus, rounds)
  log('segmentation overhead …')
  results.segmentation = segmentationOverhead(corpus, rounds)
  log('validation cost …')
  results.validation = (await validationCost(corpus, rounds)) ?? null

  log('hostile documents, n and 4n …')
  results.hostile = hostile(quick ? 1 : 5)

  log('lexicon load …')
  const lexicons = await buildLexicons(escoDir, scratch)
  results.lexicon = {
    csv: {...(await timeLoad(lexicons.csv, 5)), concepts: lexicons.concepts},
    list: await timeLoad(lexicons.list, 5)
  }

  log('convert against the I/O floor, 1x and 4x …')
  const x1 = path.join(scratch, 'x1')
  const x4 = path.join(scratch, 'x4')
  await replicate(corpusDir, x1, 1)
  await replicate(corpusDir, x4, 4)
  results.convert = await convertVersusFloor(x1, path.join(scratch, 'out'), quick ? 3 : 5)
  results.linearity = await linearity(x1, x4, path.join(scratch, 'out'), quick ? 1 : 3, results.machine.cpus)
  await fs.rm(x4, {recursive: true, force: true})

  if (large > 0) {
    log(`convert --jsonl of ${large.toLocaleString('en-US')} documents …`)
    const copies = Math.ceil(large / (await documentFiles(corpusDir)).length)
    const folder = path.join(scratch, 'large')
    const documents = await replicate(corpusDir, folder, copies)
    const run = await convert([folder, '--jsonl', path.join(scratch, 'large.jsonl')])
    results.large = {documents, ms: run.ms, maxRss: run.maxRss, summary: run.summary}
    await fs.rm(folder, {recursive: true, force: true})
  }

  log('start-up …')
  const commands = ['parse', ...((await hasCommand('validate')) ? ['validate'] : [])]
  const page = path.join(corpusDir, (await documentFiles(corpusDir)).find((name) => name.startsWith('web--')))
  results.startup = await startup(commands, page, quick ? 15 : 21)
} finally {
  await fs.rm(scratch, {recursive: true, force: true})
}

const table = formatTable(rows(results))
await fs.writeFile(path.join(root, 'bench', 'results.json'), JSON.stringify({...results, table}, null, 2) + '\n')
console.log(table)
console.log(`\n${results.machine.cpus} cores, Node ${results.machine.node}, load average before the run ` +
  `${results.machine.loadAverage.map((value) => value.toFixed(2)).join(' ')}; written to bench/results.json`)
