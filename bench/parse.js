/**
 * In-process timings of the library on the corpus in memory: `parse()`
 * against remark-parse alone on the same documents, parsing with and
 * without the optional-list segmentation, and `validate()` against `parse()`.
 *
 * Each comparison alternates its two sides round after round and takes the
 * median round, so a busy machine slows both sides alike.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {builtinDetectors} from '../dist/detectors/registry.js'
import {parse} from '../dist/parse.js'
import {median} from './corpus.js'

/**
 * Untimed passes of each side before the timed rounds: the optimising
 * compiler takes several passes over the corpus to settle (after one pass,
 * the parse of the copy-pasted pages still ran 1.5–5x its settled time for
 * the next rounds), and the goals are about settled throughput, as in a
 * batch of thousands of documents.
 */
const warmUpPasses = 10

/** How many times the rounds the run asks for a comparison of short passes takes (see `segmentationOverhead`). */
const shortPassRounds = 5

/**
 * Time two functions over the same documents.
 *
 * @returns
 *   `{a, b}`: median milliseconds for one pass over all documents.
 */
export function compare(documents, a, b, rounds) {
  for (let pass = 0; pass < warmUpPasses; pass++) {
    for (const document of documents) a(document), b(document)
  }

  const times = {a: [], b: []}
  for (let round = 0; round < rounds; round++) {
    for (const [side, run] of [['a', a], ['b', b]]) {
      const start = performance.now()
      for (const document of documents) run(document)
      times[side].push(performance.now() - start)
    }
  }

  return {a: median(times.a), b: median(times.b)}
}

/**
 * `parse()` against `unified().use(remarkParse).parse` on the copy-pasted
 * pages and on the Markdown profiles.
 */
export function parseVersusRemark(corpus, rounds) {
  const remark = unified().use(remarkParse)
  const rows = {}
  for (const [layout, format] of [['text', 'text'], ['markdown', 'markdown']]) {
    const documents = corpus[layout]
    const time = compare(documents, (text) => parse(text, {format}), (text) => remark.parse(text), rounds)
    rows[layout] = {
      documents: documents.length,
      parseMs: time.a,
      remarkMs: time.b,
      parseDocsPerSecond: (documents.length / time.a) * 1000,
      remarkDocsPerSecond: (documents.length / time.b) * 1000
    }
  }

  return rows
}

/**
 * What segmenting the run-on optional line adds to the parse of the
 * copy-pasted pages without headings.
 *
 * The goal's measure: each page against its twin whose optional labels
 * (from the gold file) are joined by `; ` instead of spaces, the same page
 * with the list already separated, which is read without segmentation into
 * the same items with kinds and places; pages whose run-on line is not their
 * gold labels joined by spaces are left out of both sides. For reference,
 * the pages also against a list of detectors where `optional-skills` finds
 * its section but extracts nothing: no optional items at all.
 */
export function segmentationOverhead(corpus, rounds) {
  // A pass over these pages takes some 20 ms, so a garbage collection or a
  // busy moment in one round moves the median of a few rounds by tens of
  // percent (7 rounds of the same build measured -22% to +44%; 35 rounds,
  // within a few percent). More rounds cost little here.
  rounds *= shortPassRounds
  const twins = separatedTwins(corpus)
  const runOn = twins.map(([page]) => page)
  const separated = twins.map(([, twin]) => twin)
  const parseText = (text) => parse(text, {format: 'text'})
  const paired = compare(
    runOn.map((page, index) => [page, separated[index]]),
    ([page]) => parseText(page),
    ([, twin]) => parseText(twin),
    rounds
  )
  const detectors = builtinDetectors.map((detector) =>
    detector.id === 'optional-skills' ? {...detector, extract: () => []} : detector
  )
  const stub = compare(corpus.web, parseText, (text) => parse(text, {format: 'text', detectors}), rounds)
  return {
    documents: twins.length,
    withMs: paired.a,
    separatedMs: paired.b,
    overhead: paired.a / paired.b - 1,
    stub: {documents: corpus.web.length, withMs: stub.a, withoutMs: stub.b, overhead: stub.a / stub.b - 1}
  }
}

/**
 * Pairs `[page, twin]` of the pages without headings whose text holds their
 * gold optional labels joined by single spaces (the run-on line), the twin
 * with the labels joined by `; ` there instead, and read as exactly those
 * labels (trimmed: a few ESCO labels end in a space).
 */
export function separatedTwins(corpus) {
  const twins = []
  for (const [index, page] of corpus.web.entries()) {
    const labels = corpus.webOptional[index]
    if (!labels || labels.length < 2) continue
    const line = labels.join(' ')
    const at = page.indexOf(line)
    if (at === -1) continue
    const twin = page.slice(0, at) + labels.join('; ') + page.slice(at + line.length)
    // The twin must read as the list it is, or it measures something else.
    const read = parse(twin, {format: 'text'}).profession.optionalSkills.map((item) => item.name)
    if (read.length === labels.length && read.every((name, at) => name === labels[at].trim())) twins.push([page, twin])
  }

  return twins
}

/**
 * `validate()` (parse, then the rules) against `parse()` on every document,
 * when the build has a `validate`; `undefined` when it does not.
 */
export async function validationCost(corpus, rounds) {
  const module = await import('../dist/validate/validate.js').catch(() => undefined)
  if (!module?.validate) return undefined
  const documents = [
    ...corpus.text.map((text) => ({text, format: 'text'})),
    ...corpus.markdown.map((text) => ({text, format: 'markdown'}))
  ]
  const time = compare(
    documents,
    (document) => module.validate(document.text, {format: document.format}),
    (document) => parse(document.text, {format: document.format}),
    rounds
  )
  return {documents: documents.length, validateMs: time.a, parseMs: time.b, ratio: time.a / time.b}
}
