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
 * Parse time of the copy-pasted pages without headings with the built-in
 * detectors against a list where `optional-skills` finds its section but
 * extracts nothing: the difference is the segmentation of the run-on list.
 */
export function segmentationOverhead(corpus, rounds) {
  const detectors = builtinDetectors.map((detector) =>
    detector.id === 'optional-skills' ? {...detector, extract: () => []} : detector
  )
  const time = compare(
    corpus.web,
    (text) => parse(text, {format: 'text'}),
    (text) => parse(text, {format: 'text', detectors}),
    rounds
  )
  return {documents: corpus.web.length, withMs: time.a, withoutMs: time.b, overhead: time.a / time.b - 1}
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
