#!/usr/bin/env node
/**
 * Check the positions of item descriptions and optional labels against the
 * source, over a corpus:
 *
 *     npm run build && node scripts/check-positions.js [dir] [--root DIR] [--html] [--verbose]
 *
 * Every document in `dir` (default `../shared/corpus/dev`, read where it is,
 * never copied) is parsed with the build in `--root` (default this
 * repository). For each `/knowledge/N/description`, `/skills/N/description`
 * and `/optionalSkills/N`, the source slice at the recorded position, with
 * markup left out (emphasis, code and escape marks, link destinations, tags),
 * character references decoded and whitespace collapsed, must be the label,
 * or the start of the description. `line`/`column` must agree with `offset`.
 * With `--html`, each copy-pasted page (`web*.txt`) is also written out as
 * an HTML page (entities, `<strong>` names, `<br>` line breaks) and checked.
 * Prints the counts by format; exits 1 when a position is wrong.
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'

const argv = process.argv.slice(2)
const option = (name, fallback) => {
  const index = argv.indexOf(name)
  return index === -1 ? fallback : argv[index + 1]
}

const root = path.resolve(option('--root', path.join(import.meta.dirname, '..')))
const positional = argv.filter((argument, index) => !argument.startsWith('--') && argv[index - 1] !== '--root')
const dir = path.resolve(positional[0] ?? path.join(import.meta.dirname, '../../shared/corpus/dev'))
const verbose = argv.includes('--verbose')
const {parse} = await import(pathToFileURL(path.join(root, 'dist/index.js')).href)

const named = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '}

/** The text a reader sees in a source slice: markup out, references decoded, whitespace collapsed. */
function reading(slice, format) {
  let text = slice
  if (format === 'html') text = text.replace(/<[^>]*>/g, ' ')
  if (format === 'markdown') {
    text = text.replace(/\]\([^)]*\)/g, ']').replace(/\\([!-/:-@[-`{-~])/g, '$1')
  }

  if (format !== 'text') {
    text = text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name) =>
      name[0] === '#'
        ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)))
        : (named[name] ?? whole)
    )
  }

  return tidy(text)
}

/** Markup characters out of both sides (a value may hold them too), whitespace collapsed. */
function tidy(value) {
  return value.replace(/[*_`[\]•]/g, '').replace(/\s+/g, ' ').trim()
}

function lineStarts(text) {
  const starts = [0]
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length)
  return starts
}

function check(name, text, format, counts) {
  const result = parse(text, {file: name, format})
  const starts = lineStarts(text)
  for (const [pointer, position] of Object.entries(result.positions)) {
    const description = /^\/(knowledge|skills)\/\d+\/description$/.test(pointer)
    if (!description && !pointer.startsWith('/optionalSkills/')) continue
    const value = pointer.split('/').slice(1).reduce((object, key) => object?.[key], result.profession)
    const wanted = tidy(typeof value === 'string' ? value : value.name)
    const {start, end} = position
    const slice = text.slice(start.offset, end.offset)
    const seen = reading(slice, result.format)
    const lines =
      starts[start.line - 1] + start.column - 1 === start.offset && starts[end.line - 1] + end.column - 1 === end.offset
    // The description runs on past its first block: its start must be there, and nothing before it.
    const right = lines && seen !== '' && (description ? wanted.startsWith(seen) : seen === wanted)
    const kind = description ? 'description' : 'optional'
    const tally = (counts[result.format] ??= {description: {ok: 0, wrong: 0}, optional: {ok: 0, wrong: 0}})[kind]
    if (right) tally.ok++
    else {
      tally.wrong++
      if (verbose) console.log(`${name} ${pointer} ${start.line}:${start.column}-${end.line}:${end.column} ${JSON.stringify(slice.slice(0, 70))} ≠ ${JSON.stringify(wanted.slice(0, 50))}`)
    }
  }
}

/** A copy-pasted page as a saved HTML page: one `<p>` per paragraph, `<br>` between its lines, items in `<li>`. */
function htmlPage(text) {
  const escape = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;')
  let html = '<!doctype html>\n<html>\n<body>\n'
  for (const paragraph of text.split(/(?:\r?\n){2,}/)) {
    const lines = paragraph.split(/\r?\n/).filter((line) => line.trim() !== '')
    if (lines.length === 0) continue
    if (lines.every((line) => /^\s*[•*-]\s/.test(line))) {
      html += '<ul>\n'
      for (const line of lines) {
        const item = line.replace(/^\s*[•*-]\s+/, '')
        const split = /^([^:–]{1,60}?)(\s*[:–]\s)(.*)$/.exec(item)
        html += split
          ? `  <li><strong>${escape(split[1])}</strong>${escape(split[2])}${escape(split[3])}</li>\n`
          : `  <li>${escape(item)}</li>\n`
      }

      html += '</ul>\n'
    } else {
      html += `<p>${lines.map((line) => escape(line)).join('<br>\n')}</p>\n`
    }
  }

  return html + '</body>\n</html>\n'
}

const counts = {}
const names = fs.readdirSync(dir).filter((name) => !name.endsWith('.json')).sort()
for (const name of names) {
  const text = fs.readFileSync(path.join(dir, name), 'utf8').replace(/^\ufeff/, '')
  check(name, text, undefined, counts)
  if (argv.includes('--html') && name.startsWith('web') && name.endsWith('.txt')) {
    check(name.replace(/\.txt$/, '.html'), htmlPage(text), 'html', counts)
  }
}

let wrong = 0
for (const [format, kinds] of Object.entries(counts)) {
  for (const [kind, {ok, wrong: bad}] of Object.entries(kinds)) {
    wrong += bad
    console.log(`${format.padEnd(8)} ${kind.padEnd(11)} ${String(bad).padStart(5)} wrong of ${ok + bad}`)
  }
}

process.exitCode = wrong > 0 ? 1 : 0
