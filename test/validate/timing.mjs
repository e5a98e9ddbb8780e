#!/usr/bin/env node
/**
 * Time `validate` against its budget (issue 4), on the built package:
 *
 * 1. cost: validating a document (parse + rules) vs parsing it, over the
 *    dev corpus (`../shared/corpus/dev`) or the folder given, in process;
 * 2. start-up: a single-file `profession-parser validate` vs `node -e 0`,
 *    run alternately, medians of N runs (default 25).
 *
 * Usage: npm run build && node test/validate/timing.mjs [corpus-dir] [--runs N]
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const args = process.argv.slice(2)
const runsAt = args.indexOf('--runs')
const runs = runsAt === -1 ? 25 : Number(args[runsAt + 1])
const corpus = args.find((arg, index) => !arg.startsWith('--') && index !== runsAt + 1) ?? path.join(root, '../shared/corpus/dev')

const {parse} = await import(path.join(root, 'dist/parse.js'))
const {validate} = await import(path.join(root, 'dist/validate/validate.js'))

const documents = readdirSync(corpus)
  .filter((name) => /\.(txt|md)$/.test(name))
  .map((name) => ({name, bytes: readFileSync(path.join(corpus, name)), format: name.endsWith('.md') ? 'markdown' : 'text'}))

/** Milliseconds of CPU this process has used. */
function cpu() {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/**
 * CPU time of rounds over all documents, the tasks alternating in both
 * orders; the fastest round is the one least disturbed by other processes
 * (on a shared machine the median drifts by ±30%).
 */
function time(tasks, rounds = 20) {
  const samples = tasks.map(() => [])
  for (let round = -2; round < rounds; round++) {
    const order = round % 2 === 0 ? [...tasks.keys()] : [...tasks.keys()].reverse()
    for (const index of order) {
      const start = cpu()
      for (const document of documents) tasks[index](document)
      // Rounds -2 and -1 warm up.
      if (round >= 0) samples[index].push(cpu() - start)
    }
  }

  return samples.map((values) => ({ms: Math.min(...values)}))
}

const [parsed, validated] = time([
  ({bytes, format, name}) => parse(bytes, {format, file: name}),
  ({bytes, format, name}) => validate(bytes, {format, file: name})
])
console.log(`cost over ${documents.length} documents (CPU time, fastest of 20 alternating rounds):`)
console.log(`  parse     ${parsed.ms.toFixed(1)} ms  (${((parsed.ms / documents.length) * 1000).toFixed(0)} µs/doc)`)
console.log(`  validate  ${validated.ms.toFixed(1)} ms  (${((validated.ms / documents.length) * 1000).toFixed(0)} µs/doc)`)
console.log(`  ratio     ${(validated.ms / parsed.ms).toFixed(2)}x  (budget 1.5x)`)

const bin = path.join(root, 'dist/cli/bin.js')
const folder = mkdtempSync(path.join(os.tmpdir(), 'validate-timing-'))
writeFileSync(path.join(folder, '.profession-parser.json'), JSON.stringify({extends: 'recommended', rules: {boilerplate: 'off'}}))
writeFileSync(path.join(folder, 'producer.txt'), readFileSync(path.join(root, 'seeds/producer.txt')))
writeFileSync(
  path.join(folder, 'producer.json'),
  JSON.stringify(parse(readFileSync(path.join(root, 'seeds/producer.txt'))).profession, null, 2)
)
const noConfig = path.join(root, 'seeds/producer.txt')

const commands = {
  'node -e 0': [['-e', '0'], root],
  'validate seed (no config)': [[bin, 'validate', noConfig], os.tmpdir()],
  'validate seed (config file)': [[bin, 'validate', 'producer.txt'], folder],
  'validate seed (config, --reporter json)': [[bin, 'validate', 'producer.txt', '--reporter', 'json'], folder],
  'validate converted .json': [[bin, 'validate', 'producer.json'], folder],
  'parse seed': [[bin, 'parse', noConfig], root]
}
const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
for (let run = 0; run < runs; run++) {
  for (const [name, [argv, cwd]] of Object.entries(commands)) {
    const start = process.hrtime.bigint()
    const result = spawnSync(process.execPath, argv, {cwd, stdio: 'ignore'})
    if (result.status === 2 || result.error) throw new Error(`${name} failed: ${result.status}`)
    samples[name].push(Number(process.hrtime.bigint() - start) / 1e6)
  }
}

rmSync(folder, {recursive: true, force: true})
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const base = median(samples['node -e 0'])
const fastest = Math.min(...samples['node -e 0'])
console.log(`start-up (wall time of ${runs} alternating runs: median, and fastest):`)
for (const [name, values] of Object.entries(samples)) {
  const low = Math.min(...values)
  console.log(
    `  ${name.padEnd(42)} ${median(values).toFixed(1).padStart(7)} ms  ${(median(values) / base).toFixed(2)}x` +
      `   ${low.toFixed(1).padStart(7)} ms  ${(low / fastest).toFixed(2)}x`
  )
}

console.log('budget: single-file validate ≤ 3.5x node -e 0')
