#!/usr/bin/env node
/**
 * Check how the parser copes with layouts the dev corpus does not have:
 *
 *     npm run build && node scripts/variations.js [dir] [--only a,b] [--keep] [--verbose] [--json]
 *
 * Every document in `dir` (default `../shared/corpus/dev`) is rewritten by a
 * family of layout transformations that a copy-paste, a scraper or another
 * author would make (CRLF, tabs, other bullets, headings in capitals, a
 * wrapped description, Markdown with `*` bullets or setext headings, …).
 * A transformation changes the layout only, never the content, so each
 * variant keeps its `<stem>.gold.json`. Each family is written to a folder
 * under the OS temporary folder and scored with
 * `node scripts/eval.js DIR --mode none --json`; the table gives the scores
 * per family beside those of the original documents of the same layouts
 * (`*` marks a drop). The folder is removed unless `--keep`.
 *
 * `--only crlf,tabs` runs some families; `--verbose` lists, per family, the
 * documents that are wrong in the variant but right in the original, with
 * the fields that differ; `--json` prints the scores as JSON.
 */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(name)
const option = (name) => {
  const index = argv.indexOf(name)
  return index === -1 ? undefined : argv[index + 1]
}

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const dir =
  argv.find((value, index) => !value.startsWith('--') && argv[index - 1] !== '--only') ?? path.resolve(root, '../shared/corpus/dev')
const only = option('--only')?.split(',')
if (!existsSync(dir)) {
  console.error(`variations: ${dir} not found; pass a folder of documents with their gold files, or put the dev corpus at ../shared`)
  process.exit(2)
}

// ---------------------------------------------------------------------------
// What a document looks like

const textLayouts = ['web', 'web-headings']
const markdownLayouts = ['md']
const allLayouts = [...textLayouts, ...markdownLayouts]

/** Section headings of copy-pasted pages, lower case. */
const textHeadings = new Set(['personality type', 'knowledge', 'skills', 'optional knowledge and skills', 'common job titles'])
const promo = /^Would you like to know what kind of career/
const bullet = /^(\s*)• /

const isTextHeading = (line) => textHeadings.has(line.trim().toLowerCase()) && !/^\s/.test(line)
const isJobTitlesHeading = (line) => /^(?:#+ +)?common job titles$/i.test(line.trim())
const isOptionalHeading = (line) => /^(?:#+ +)?optional knowledge and skills$/i.test(line.trim())

/** Apply `change` to each line; `change` returns a line, an array of lines, or `undefined` to keep it. */
function mapLines(text, change) {
  const lines = text.split('\n')
  const out = []
  for (const [index, line] of lines.entries()) {
    const result = change(line, index, lines)
    if (result === undefined) out.push(line)
    else if (Array.isArray(result)) out.push(...result)
    else out.push(result)
  }

  return out.join('\n')
}

/** Index range `[start, end)` of the lines of the section under the heading that `is` matches. */
function sectionRange(lines, is) {
  const start = lines.findIndex(is)
  if (start === -1) return undefined
  let end = start + 1
  while (end < lines.length && !isTextHeading(lines[end]) && !/^#{1,6} /.test(lines[end])) end++
  return [start + 1, end]
}

/** Replace the body of a section with `body` (lines), keeping a blank line after the heading. */
function replaceSection(text, is, body) {
  const lines = text.split('\n')
  const range = sectionRange(lines, is)
  if (!range) return text
  const [start, end] = range
  const trailing = lines.slice(start, end).join('\n').match(/\n*$/)[0].length
  return [...lines.slice(0, start), '', ...body, ...Array.from({length: Math.max(trailing, 1)}, () => ''), ...lines.slice(end)]
    .join('\n')
    .replace(/\n+$/, '\n')
}

/** Split a text at the space nearest its middle. */
function halves(text) {
  const middle = Math.floor(text.length / 2)
  let cut = text.lastIndexOf(' ', middle)
  if (cut <= 0) cut = text.indexOf(' ', middle)
  if (cut <= 0) return [text]
  return [text.slice(0, cut), text.slice(cut + 1)]
}

/** Wrap `text` at `width` columns, continuing lines with `indent`. */
function wrap(text, width, indent) {
  const out = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && (indent + line + ' ' + word).length > width) {
      out.push(indent + line)
      line = word
    } else line = line ? line + ' ' + word : word
  }

  if (line) out.push(indent + line)
  return out
}

const titleCase = (line) => line.replace(/\b([a-z])([a-z]*)/g, (all, first, rest) => (all === 'and' ? all : first.toUpperCase() + rest))

/** Headings of either format: `change(words, line)` gives the new heading line. */
function headings(change) {
  return (text, layout) =>
    mapLines(text, (line) => {
      if (layout === 'md') {
        const match = /^(#{2,6}) (.+)$/.exec(line)
        return match ? `${match[1]} ${change(match[2])}` : undefined
      }

      return isTextHeading(line) ? change(line) : undefined
    })
}

/** The bullet lines of copy-pasted pages with another bullet (or none). */
const textBullet = (glyph) => (text) => mapLines(text, (line) => (bullet.test(line) ? line.replace(bullet, glyph ? `$1${glyph} ` : '$1') : undefined))

/** Markdown items `- **Name**: description` rewritten by `change(name, description)`. */
const markdownItems = (change) => (text) =>
  mapLines(text, (line) => {
    const match = /^- \*\*(.+?)\*\*: (.+)$/.exec(line)
    return match ? change(match[1], match[2]) : undefined
  })

/** A list as one line joined by `separator`, unless an entry holds the separator (that would change the content). */
function joinList(is, names, separator) {
  return (text, layout, gold) => {
    const entries = names(gold)
    if (entries.length < 2 || entries.some((name) => name.includes(separator.trim()))) return text
    return replaceSection(text, is, [entries.join(separator)])
  }
}

// ---------------------------------------------------------------------------
// The families: `apply(text, layout, gold)` gives the variant.

/** The text without its promotional line and the blank line above it. */
function withoutPromo(text) {
  return mapLines(text, (line, index, lines) => (promo.test(line) || (line === '' && promo.test(lines[index + 1] ?? '')) ? [] : undefined))
}

/** Move the promotional line: `place(textWithoutIt, line)` puts it back elsewhere. */
function movePromo(place) {
  return (text) => {
    const line = text.split('\n').find((candidate) => promo.test(candidate))
    return line ? place(withoutPromo(text), line) : text
  }
}

/** @type {Array<{name: string, layouts: string[], apply: (text: string, layout: string, gold: any) => string}>} */
const families = [
  // Line endings and whitespace, any format.
  {name: 'crlf', layouts: allLayouts, apply: (text) => text.replace(/\n/g, '\r\n')},
  {name: 'trailing-whitespace', layouts: allLayouts, apply: (text) => mapLines(text, (line, index) => (line ? line + [' ', '  ', '\t'][index % 3] : undefined))},
  {
    name: 'nbsp-between-words',
    layouts: allLayouts,
    // Every third space between two words of the content (not after a bullet or `#`) is a no-break space.
    apply: (text) =>
      mapLines(text, (line) => {
        const lead = /^\s*(?:[-*+•]\s+|#{1,6}\s+|\d+\.\s+)?/.exec(line)[0]
        let count = 0
        return lead + line.slice(lead.length).replace(/(?<=\S) (?=\S)/g, () => (++count % 3 === 0 ? '\u00A0' : ' '))
      })
  },
  {name: 'blank-lines-single', layouts: allLayouts, apply: (text) => text.replace(/\n{3,}/g, '\n\n')},
  {name: 'blank-lines-doubled', layouts: allLayouts, apply: (text) => text.replace(/\n(?=\n)/g, '\n\n')},

  // Copy-pasted pages: indentation and bullets.
  {name: 'tabs', layouts: textLayouts, apply: (text) => mapLines(text, (line) => line.replace(/^ +/, (spaces) => '\t'.repeat(Math.ceil(spaces.length / 2))))},
  {name: 'no-indent', layouts: textLayouts, apply: (text) => mapLines(text, (line) => line.replace(/^\s+/, ''))},
  {name: 'nbsp-indent', layouts: textLayouts, apply: (text) => mapLines(text, (line) => line.replace(/^( +)(• )?/, (all, spaces, mark) => '\u00A0'.repeat(spaces.length) + (mark ? '•\u00A0' : '')))},
  {name: 'bullet-hyphen', layouts: textLayouts, apply: textBullet('-')},
  {name: 'bullet-asterisk', layouts: textLayouts, apply: textBullet('*')},
  {name: 'bullet-middle-dot', layouts: textLayouts, apply: textBullet('·')},
  {name: 'bullet-triangle', layouts: textLayouts, apply: textBullet('‣')},
  {name: 'bullet-circle', layouts: textLayouts, apply: textBullet('○')},
  {name: 'bullet-en-dash', layouts: textLayouts, apply: textBullet('–')},
  {name: 'bullet-tab-after', layouts: textLayouts, apply: (text) => mapLines(text, (line) => (bullet.test(line) ? line.replace(bullet, '$1•\t') : undefined))},
  {name: 'bullet-none', layouts: textLayouts, apply: textBullet('')},
  {name: 'bullet-none-no-indent', layouts: textLayouts, apply: (text) => mapLines(textBullet('')(text), (line) => line.replace(/^\s+/, ''))},
  {
    name: 'numbered',
    layouts: textLayouts,
    apply(text) {
      let number = 0
      return mapLines(text, (line, index, lines) => {
        if (line && !/^\s/.test(line)) number = 0
        if (!line && !lines[index - 1]) number = 0
        return bullet.test(line) ? line.replace(bullet, (all, indent) => `${indent}${++number}. `) : undefined
      })
    }
  },
  {
    name: 'blank-lines-removed-in-lists',
    layouts: textLayouts,
    // A single blank line between two indented lines goes; the wider gaps between groups stay.
    apply: (text) => mapLines(text, (line, index, lines) => (line === '' && /^\s/.test(lines[index - 1] ?? '') && /^\s/.test(lines[index + 1] ?? '') ? [] : undefined))
  },

  // Copy-pasted pages: headings and the promotional line.
  {name: 'headings-upper-case', layouts: allLayouts, apply: headings((line) => line.toUpperCase())},
  {name: 'headings-title-case', layouts: allLayouts, apply: headings(titleCase)},
  {name: 'headings-colon', layouts: allLayouts, apply: headings((line) => line + ':')},
  {name: 'promo-removed', layouts: textLayouts, apply: withoutPromo},
  {name: 'promo-after-title', layouts: textLayouts, apply: movePromo((without, line) => without.replace(/^(Profession .*\n)/, `$1\n${line}\n`))},
  {name: 'promo-at-end', layouts: textLayouts, apply: movePromo((without, line) => without.replace(/\n*$/, `\n\n${line}\n`))},

  // Lists written another way, any format.
  {name: 'job-titles-comma-line', layouts: allLayouts, apply: joinList(isJobTitlesHeading, (gold) => gold.jobTitles, ', ')},
  {name: 'optional-comma-line', layouts: allLayouts, apply: joinList(isOptionalHeading, (gold) => gold.optionalSkills.map((item) => item.name), ', ')},
  {name: 'optional-semicolon-line', layouts: allLayouts, apply: joinList(isOptionalHeading, (gold) => gold.optionalSkills.map((item) => item.name), '; ')},
  {
    name: 'optional-one-per-line',
    layouts: textLayouts,
    apply: (text, layout, gold) => (gold.optionalSkills.length === 0 ? text : replaceSection(text, isOptionalHeading, gold.optionalSkills.map((item) => item.name)))
  },
  {
    name: 'optional-bulleted',
    layouts: textLayouts,
    apply: (text, layout, gold) => (gold.optionalSkills.length === 0 ? text : replaceSection(text, isOptionalHeading, gold.optionalSkills.map((item) => '  • ' + item.name)))
  },

  // Copy-pasted pages: wrapped lines.
  {
    name: 'descriptions-wrapped',
    layouts: textLayouts,
    apply: (text) =>
      mapLines(text, (line) => {
        const match = /^(\s{3,})([^\s•].{40,})$/.exec(line)
        return match ? halves(match[2]).map((part) => match[1] + part) : undefined
      })
  },
  {
    name: 'hard-wrapped-80',
    layouts: textLayouts,
    apply: (text) =>
      mapLines(text, (line) => {
        if (line.length <= 80 || bullet.test(line)) return undefined
        const indent = /^\s*/.exec(line)[0]
        return wrap(line.slice(indent.length), 80, indent)
      })
  },

  // Markdown.
  {name: 'md-bullet-asterisk', layouts: markdownLayouts, apply: (text) => text.replace(/^- /gm, '* ')},
  {name: 'md-bullet-plus', layouts: markdownLayouts, apply: (text) => text.replace(/^- /gm, '+ ')},
  {
    name: 'md-numbered',
    layouts: markdownLayouts,
    apply(text) {
      let number = 0
      return mapLines(text, (line) => (line.startsWith('- ') ? `${++number}. ${line.slice(2)}` : ((number = line ? 0 : number), undefined)))
    }
  },
  {name: 'md-loose-lists', layouts: markdownLayouts, apply: (text) => mapLines(text, (line, index, lines) => (line.startsWith('- ') && lines[index + 1]?.startsWith('- ') ? [line, ''] : undefined))},
  {
    name: 'md-setext-headings',
    layouts: markdownLayouts,
    apply: (text) =>
      mapLines(text, (line) => {
        const match = /^(#{1,2}) (.+)$/.exec(line)
        return match ? [match[2], (match[1] === '#' ? '=' : '-').repeat(match[2].length)] : undefined
      })
  },
  {name: 'md-heading-levels-shifted', layouts: markdownLayouts, apply: (text) => text.replace(/^(#{1,5}) /gm, '#$1 ')},
  {name: 'md-closing-atx', layouts: markdownLayouts, apply: (text) => text.replace(/^(#{1,6}) (.+)$/gm, '$1 $2 $1')},
  {
    name: 'md-front-matter',
    layouts: markdownLayouts,
    apply: (text, layout, gold) => `---\ntitle: ${JSON.stringify(gold.title)}\nsource: ESCO\nupdated: 2024-05-01\n---\n\n${text}`
  },
  {
    name: 'md-front-matter-title-only',
    layouts: markdownLayouts,
    // The title in front matter instead of a `#` heading.
    apply: (text, layout, gold) => `---\ntitle: ${JSON.stringify(gold.title)}\n---\n` + text.replace(/^# .*\n/, '')
  },
  {
    name: 'md-html-comments',
    layouts: markdownLayouts,
    apply: (text) => '<!-- Generated from ESCO; edit with care. -->\n\n' + text.replace(/^## /gm, '<!-- section -->\n\n## ')
  },
  {name: 'md-item-em-dash', layouts: markdownLayouts, apply: markdownItems((name, description) => `- **${name}** — ${description}`)},
  {name: 'md-item-hyphen', layouts: markdownLayouts, apply: markdownItems((name, description) => `- **${name}** - ${description}`)},
  {name: 'md-item-colon-in-bold', layouts: markdownLayouts, apply: markdownItems((name, description) => `- **${name}:** ${description}`)},
  {name: 'md-item-plain', layouts: markdownLayouts, apply: markdownItems((name, description) => `- ${name}: ${description}`)},
  {name: 'md-item-underscore-bold', layouts: markdownLayouts, apply: markdownItems((name, description) => `- __${name}__: ${description}`)},
  {name: 'md-item-description-below', layouts: markdownLayouts, apply: markdownItems((name, description) => [`- **${name}**`, '', `  ${description}`, ''])},
  {name: 'md-item-description-wrapped', layouts: markdownLayouts, apply: markdownItems((name, description) => halves(`- **${name}**: ${description}`).map((part, index) => (index ? '  ' + part : part)))},
  {
    name: 'md-item-h3',
    layouts: markdownLayouts,
    apply: (text) =>
      mapLines(text, (line) => {
        const match = /^- \*\*(.+?)\*\*(?:: (.+))?$/.exec(line)
        return match ? ['', `### ${match[1]}`, ...(match[2] ? ['', match[2]] : []), ''] : undefined
      })
  }
]

// ---------------------------------------------------------------------------
// Running

async function documents() {
  const names = await fs.readdir(dir)
  const pairs = []
  for (const goldName of names.filter((name) => name.endsWith('.gold.json')).sort()) {
    const stem = goldName.slice(0, -'.gold.json'.length)
    const input = names.find((name) => name.startsWith(stem + '.') && !name.endsWith('.gold.json'))
    if (!input) continue
    const layout = stem.includes('--') ? stem.slice(0, stem.indexOf('--')) : '(none)'
    pairs.push({
      stem,
      layout,
      inputName: input,
      text: await fs.readFile(path.join(dir, input), 'utf8'),
      goldText: await fs.readFile(path.join(dir, goldName), 'utf8')
    })
  }

  return pairs
}

function evaluate(folder) {
  const run = spawnSync(process.execPath, ['scripts/eval.js', folder, '--mode', 'none', '--json', '--verbose'], {cwd: root, encoding: 'utf8', maxBuffer: 64 << 20})
  if (run.status !== 0) {
    console.error(run.stderr || run.stdout)
    process.exit(2)
  }

  return JSON.parse(run.stdout).none
}

/** The scores shown, in columns. */
const columns = [
  ['title', (r) => r.exact.title],
  ['descr', (r) => r.exact.description],
  ['holland', (r) => r.fields.personalityTypes.f1],
  ['knowl', (r) => r.fields.knowledge.f1],
  ['skills', (r) => r.fields.skills.f1],
  ['itemDsc', (r) => r.exact.itemDescriptions],
  ['jobs', (r) => r.fields.jobTitles.f1],
  ['option', (r) => r.fields.optionalSkills.f1],
  ['kind', (r) => r.exact.optionalKind]
]

const pairs = await documents()
if (pairs.length === 0) {
  console.error(`variations: no <stem>.gold.json with its document in ${dir}`)
  process.exit(2)
}

const selected = only ? families.filter((family) => only.includes(family.name)) : families
if (only && selected.length !== only.length) {
  console.error(`variations: unknown family in --only; known: ${families.map((family) => family.name).join(', ')}`)
  process.exit(2)
}

const base = await fs.mkdtemp(path.join(os.tmpdir(), 'profession-variations-'))
const baselines = new Map()
const rows = []

try {
  for (const family of selected) {
    const key = family.layouts.join('+')
    if (!baselines.has(key)) {
      const folder = path.join(base, 'original-' + key)
      await fs.mkdir(folder)
      for (const pair of pairs.filter((p) => family.layouts.includes(p.layout))) {
        await fs.writeFile(path.join(folder, pair.inputName), pair.text)
        await fs.writeFile(path.join(folder, pair.stem + '.gold.json'), pair.goldText)
      }

      baselines.set(key, evaluate(folder))
    }

    const folder = path.join(base, family.name)
    await fs.mkdir(folder)
    let changed = 0
    let documentCount = 0
    for (const pair of pairs.filter((p) => family.layouts.includes(p.layout))) {
      const variant = family.apply(pair.text, pair.layout, JSON.parse(pair.goldText))
      if (variant !== pair.text) changed++
      documentCount++
      await fs.writeFile(path.join(folder, pair.inputName), variant)
      await fs.writeFile(path.join(folder, pair.stem + '.gold.json'), pair.goldText)
    }

    const report = evaluate(folder)
    const original = baselines.get(key)
    const wrongBefore = new Set(original.failures.map((failure) => failure.file + ' ' + failure.wrong.join(', ')))
    rows.push({family: family.name, layouts: key, documents: documentCount, changed, report, original})
    if (flag('--verbose')) {
      const fresh = report.failures.filter((failure) => !wrongBefore.has(failure.file + ' ' + failure.wrong.join(', ')))
      if (fresh.length > 0) {
        console.log(`${family.name}: ${fresh.length} documents differ from the original's result`)
        for (const failure of fresh.slice(0, 12)) console.log(`  ${failure.file}: ${failure.wrong.join(', ')}`)
      }
    }
  }
} finally {
  if (flag('--keep')) console.log(`variants kept in ${base}`)
  else await fs.rm(base, {recursive: true, force: true})
}

if (flag('--json')) {
  const scores = (report) => Object.fromEntries(columns.map(([name, read]) => [name, read(report)]))
  console.log(
    JSON.stringify(
      rows.map((row) => ({family: row.family, layouts: row.layouts, documents: row.documents, changed: row.changed, scores: scores(row.report), original: scores(row.original)})),
      null,
      2
    )
  )
} else {
  const cell = (value, before) => (value.toFixed(4) + (value < before - 0.00005 ? '*' : ' ')).padStart(8)
  console.log(`\n${'family'.padEnd(30)} ${'docs'.padStart(4)} ${'chg'.padStart(4)} ${columns.map(([name]) => name.padStart(8)).join('')}`)
  for (const key of new Set(rows.map((row) => row.layouts))) {
    const group = rows.filter((row) => row.layouts === key)
    const original = columns.map(([, read]) => read(group[0].original))
    console.log(`${('(original ' + key + ')').padEnd(30)} ${String(group[0].documents).padStart(4)} ${''.padStart(4)} ${original.map((value) => cell(value, value)).join('')}`)
    for (const row of group) {
      const values = columns.map(([, read]) => cell(read(row.report), read(row.original)))
      console.log(`${row.family.padEnd(30)} ${String(row.documents).padStart(4)} ${String(row.changed).padStart(4)} ${values.join('')}`)
    }
  }

  console.log('\n* below the original documents of the same layouts')
}
