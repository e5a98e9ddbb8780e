/**
 * `parse()` on the hostile documents of issue 7, each at a size n and at 4n:
 * linear time means 4x the input takes at most 5x the time. The documents
 * are the ones `test/hardening/hostile.test.ts` checks for correctness,
 * built here from the same fixed seeds (the bench runs on the build, the
 * tests on the sources).
 *
 *     node bench/hostile.js [--quick]     # this part alone, after npm run build
 *
 * Each size is timed in a process of its own: one untimed run, then the
 * fastest of `rounds`.
 */
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {parse} from '../dist/parse.js'

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), as in the tests. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d_2b_79_f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32
  }
}

const labels = [
  'operate ovens', 'decorate cakes', 'food safety', 'manage stock', 'bread chemistry', 'clean equipment',
  'order supplies', 'shape dough', 'pastry techniques', 'hygiene regulations', 'serve customers', 'plan production'
]

function runOnList(length) {
  const next = random(11)
  const parts = []
  let size = 0
  while (size < length) {
    const label = labels[Math.floor(next() * labels.length)]
    parts.push(label)
    size += label.length + 1
  }

  return parts.join(' ')
}

function page(format, heading, body) {
  if (format === 'markdown') return `# Baker\n\n## ${heading}\n\n${body}\n`
  if (format === 'html') return `<!doctype html>\n<html><body>\n<h1>Profession baker</h1>\n<h2>${heading}</h2>\n${body}\n</body></html>\n`
  return `Profession baker\n\n${heading}\n\n${body}\n`
}

function bullets(format, count) {
  const titles = Array.from({length: count}, (_, index) => `Baker ${index + 1}`)
  if (format === 'html') return '<ul>\n' + titles.map((title) => `<li>${title}</li>`).join('\n') + '\n</ul>'
  return titles.map((title) => (format === 'markdown' ? '- ' : '  • ') + title).join('\n')
}

function bytes(length, seed) {
  const next = random(seed)
  return Uint8Array.from({length}, () => Math.floor(next() * 256))
}

const formats = ['text', 'markdown', 'html']

/**
 * The documents: `name`, `format`, `n` (the small size, in the document's
 * unit), `unit`, and `build(size)`.
 */
export const hostileDocuments = [
  ...formats.map((format) => ({
    name: 'run-on optional list on one line',
    format,
    n: 1024 * 1024,
    unit: 'characters',
    build: (size) => page(format, 'Optional knowledge and skills', format === 'html' ? `<p>${runOnList(size)}</p>` : runOnList(size))
  })),
  ...formats.map((format) => ({
    name: 'bullet lines',
    format,
    n: 50_000,
    unit: 'lines',
    build: (size) => page(format, 'Common job titles', bullets(format, size))
  })),
  ...[
    ['block quotes', '> '],
    ['list items', '- '],
    ['block quotes in list items', '- > '],
    ['emphasis', '*a '],
    ['images in images', '![']
  ].map(([what, unit]) => ({
    name: `${what} nested`,
    format: 'markdown',
    n: 20_000,
    unit: 'levels',
    build: (size) => '# Baker\n\n' + unit.repeat(size) + 'note' + (unit === '*a ' ? 'b* '.repeat(size) : unit === '![' ? '](a)'.repeat(size) : '') + '\n'
  })),
  {
    name: 'elements nested',
    format: 'html',
    n: 20_000,
    unit: 'levels',
    build: (size) => '<!doctype html><h1>Profession baker</h1>' + '<div>'.repeat(size) + 'note'
  },
  ...formats.flatMap((format) =>
    [['spaces', ' '], ['tabs', '\t']].map(([what, space]) => ({
      name: `${what} before a bullet`,
      format,
      n: 250_000,
      unit: what,
      build: (size) => page(format, 'Common job titles', space.repeat(size) + (format === 'html' ? '<ul><li>Baker</li></ul>' : '- Baker'))
    }))
  ),
  ...formats.map((format) => ({
    name: '__proto__, constructor, prototype headings',
    format,
    n: 2000,
    unit: 'sections',
    build: (size) => {
      const names = ['__proto__', 'constructor', 'prototype']
      const sections = Array.from({length: size}, (_, index) => names[index % 3])
      if (format === 'markdown') return '# Baker\n\n' + sections.map((name) => `## ${name}\n\n- ${name}\n`).join('\n')
      if (format === 'html') return '<!doctype html><h1>Profession baker</h1>' + sections.map((name) => `<h2>${name}</h2><ul><li>${name}</ul>`).join('\n')
      return 'Profession baker\n\n' + sections.map((name) => `${name}\n\n  • ${name}\n`).join('\n')
    }
  })),
  {name: 'random bytes', format: 'text', n: 1024 * 1024, unit: 'bytes', build: (size) => bytes(size, 7)},
  {
    name: 'invalid UTF-8 in every line',
    format: 'text',
    n: 50_000,
    unit: 'lines',
    build: (size) => {
      const line = new TextEncoder().encode('  • Baker\n')
      const out = new Uint8Array(size * (line.length + 1))
      for (let index = 0; index < size; index++) {
        out.set(line, index * (line.length + 1))
        out[index * (line.length + 1) + line.length] = 0xe9
      }

      return out
    }
  },
  {
    name: 'block quotes each closed by a blank line',
    format: 'markdown',
    n: 2000,
    unit: 'quotes',
    build: (size) => '# Baker\n\n' + '> A note.\n\n'.repeat(size)
  }
]

/**
 * Time one document at one size in this process: one untimed run, then the
 * fastest of `rounds` (on a shared machine, other processes only ever add
 * time, and the larger size, running longer, would collect more of it),
 * each round as many runs as take a tenth of a second.
 *
 * @returns
 *   `{ms, length, refused}`: `refused` the rule ids of the errors `parse` gave.
 */
function measure(index, size, rounds) {
  const document = hostileDocuments[index]
  const input = document.build(size)
  const run = () => parse(input, {format: document.format})
  let start = performance.now()
  const result = run()
  // Documents read in a few milliseconds are timed over enough runs to take a tenth of a second.
  const repeat = Math.max(1, Math.ceil(100 / (performance.now() - start)))
  const times = []
  for (let round = 0; round < rounds; round++) {
    start = performance.now()
    for (let time = 0; time < repeat; time++) run()
    times.push((performance.now() - start) / repeat)
  }

  const refused = [...new Set(result.messages.filter((message) => message.fatal).map((message) => message.ruleId))]
  return {ms: Math.min(...times), length: input.length, refused}
}

/**
 * Time every hostile document at n and 4n, each size in a fresh process: in
 * one process, what earlier documents leave on the heap makes later ones
 * (and the larger of two sizes most) pay for more garbage collection than
 * their own.
 *
 * @returns
 *   One row per document: `{name, format, unit, n, length: [n, 4n], ms: [n, 4n], ratio, refused}`,
 *   `refused` the rule ids of the errors `parse` gave at 4n.
 */
export function hostile(rounds) {
  const script = fileURLToPath(import.meta.url)
  const rows = []
  for (const [index, document] of hostileDocuments.entries()) {
    const sides = [document.n, 4 * document.n].map((size) => {
      const output = execFileSync(process.execPath, [script, '--measure', String(index), String(size), String(rounds)], {
        encoding: 'utf8',
        maxBuffer: 1024 * 1024
      })
      return JSON.parse(output)
    })
    rows.push({
      name: document.name,
      format: document.format,
      unit: document.unit,
      n: document.n,
      length: sides.map((side) => side.length),
      ms: sides.map((side) => side.ms),
      ratio: sides[1].ms / sides[0].ms,
      refused: sides[1].refused
    })
  }

  return rows
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2)
  if (argv[0] === '--measure') {
    process.stdout.write(JSON.stringify(measure(Number(argv[1]), Number(argv[2]), Number(argv[3]))))
  } else {
    const {formatTable} = await import('./table.js')
    const {hostileRows} = await import('./rows.js')
    console.log(formatTable(hostileRows(hostile(argv.includes('--quick') ? 1 : 5))))
  }
}
