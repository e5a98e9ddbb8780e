/**
 * Summarise a V8 CPU profile (`node --cpu-prof`): self time by function and
 * by file, the biggest first, so a report can name the hot spot and its
 * share without opening DevTools.
 *
 *     node bench/profile-summary.js PROFILE.cpuprofile [top]
 */
import fs from 'node:fs/promises'
import path from 'node:path'

const [file, topArgument = '25'] = process.argv.slice(2)
const top = Number(topArgument)
const profile = JSON.parse(await fs.readFile(file, 'utf8'))
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const selfTime = new Map()
const deltas = profile.timeDeltas
for (let index = 0; index < profile.samples.length; index++) {
  const id = profile.samples[index]
  selfTime.set(id, (selfTime.get(id) ?? 0) + (deltas[index] ?? 0))
}

const total = [...selfTime.values()].reduce((sum, value) => sum + value, 0)
const functions = new Map()
const files = new Map()
for (const [id, time] of selfTime) {
  const {callFrame} = byId.get(id)
  const where = callFrame.url ? shorten(callFrame.url) : '(native)'
  const name = `${callFrame.functionName || '(anonymous)'} ${where}:${callFrame.lineNumber + 1}`
  functions.set(name, (functions.get(name) ?? 0) + time)
  files.set(where, (files.get(where) ?? 0) + time)
}

const print = (title, map) => {
  console.log(`\n${title}`)
  for (const [name, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((time / total) * 100).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(0).padStart(6)} ms  ${name}`)
  }
}

console.log(`total ${(total / 1000).toFixed(0)} ms sampled`)
print('self time by file', files)
print('self time by function', functions)

function shorten(url) {
  const value = url.replace(/^file:\/\//, '')
  const marker = value.lastIndexOf('/node_modules/')
  if (marker !== -1) return value.slice(marker + 1)
  return path.relative(process.cwd(), value)
}
