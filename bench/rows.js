/**
 * The bench's results as table rows, each with the goal the issues set.
 */
import {mib, ms, perSecond, row, times} from './table.js'

/** Goals, from issues 3, 4, 5 and 7. */
export const goals = {
  hostileLinearity: 5,
  textVersusRemark: 15,
  markdownVersusRemark: 1.3,
  convertVersusFloor: 2,
  linearity: 4.4,
  largeMaxRss: 200 * 1024 * 1024,
  segmentationOverhead: 0.2,
  lexiconLoadMs: 200,
  validationVersusParse: 1.5,
  validateStartup: 3.5
}

/** The rows for a results object of `run.js`. */
export function rows(results) {
  const out = []
  const {text, markdown} = results.parse
  const textFaster = text.remarkMs / text.parseMs
  out.push(
    row(`parse() copy-pasted pages (${text.documents})`, perSecond(text.parseDocsPerSecond),
      `remark-parse ${perSecond(text.remarkDocsPerSecond)}`, `${times(textFaster)} faster`,
      `>= ${goals.textVersusRemark}x faster`, textFaster >= goals.textVersusRemark)
  )
  const markdownCost = markdown.parseMs / markdown.remarkMs
  out.push(
    row(`parse() Markdown (${markdown.documents})`, perSecond(markdown.parseDocsPerSecond),
      `remark-parse ${perSecond(markdown.remarkDocsPerSecond)}`, `${times(markdownCost)} the time`,
      `<= ${goals.markdownVersusRemark}x`, markdownCost <= goals.markdownVersusRemark)
  )

  const segmentation = results.segmentation
  out.push(
    row(`segmentation, pages without headings (${segmentation.documents})`, ms(segmentation.withMs),
      `list separated by ; ${ms(segmentation.separatedMs)}`, `+${(segmentation.overhead * 100).toFixed(0)}%`,
      `<= +${goals.segmentationOverhead * 100}%`, segmentation.overhead <= goals.segmentationOverhead)
  )
  if (segmentation.stub) {
    const stub = segmentation.stub
    out.push(
      row(`  the same pages, whole optional section (${stub.documents})`, ms(stub.withMs),
        `stub optional-skills ${ms(stub.withoutMs)}`, `+${(stub.overhead * 100).toFixed(0)}%`, 'for reference')
    )
  }

  if (results.validation) {
    const validation = results.validation
    out.push(
      row(`validate() vs parse() (${validation.documents})`, ms(validation.validateMs), `parse() ${ms(validation.parseMs)}`,
        times(validation.ratio), `<= ${goals.validationVersusParse}x`, validation.ratio <= goals.validationVersusParse)
    )
  } else {
    out.push(row('validate() vs parse()', 'skipped: no validate in this build'))
  }

  for (const [kind, load] of Object.entries(results.lexicon)) {
    out.push(
      row(`lexicon load, ${kind === 'csv' ? `ESCO CSV (${count(load.concepts)} concepts, ` : 'plain list ('}` +
        `${count(load.labels)} labels)`,
        ms(load.warmMs), `fresh process ${ms(load.coldMs)}`, '', `< ${goals.lexiconLoadMs} ms`,
        load.warmMs < goals.lexiconLoadMs)
    )
  }

  const convert = results.convert
  out.push(
    row(`convert -o, dev corpus (${results.corpusFiles}), default`, ms(convert.convertMs), `I/O floor ${ms(convert.floorMs)}`,
      times(convert.ratio), `<= ${goals.convertVersusFloor}x`, convert.ratio <= goals.convertVersusFloor),
    ...floorReferences(results),
    row('convert -o peak memory (RSS, all threads)', mib(convert.maxRss))
  )

  const linearity = results.linearity
  out.push(
    row(`convert -o, 4x the corpus, ${linearity.threads} workers`, ms(linearity.x4Ms), `1x ${ms(linearity.x1Ms)}`,
      times(linearity.ratio), '<= ~4x', linearity.ratio <= goals.linearity),
    row('convert -o, 4x the corpus, main thread only', ms(linearity.x4OneThreadMs),
      `${linearity.threads} workers ${ms(linearity.x4Ms)}`, `${times(linearity.speedup)} speed-up`)
  )

  if (results.large) {
    const large = results.large
    out.push(
      row(`convert --jsonl, ${large.documents.toLocaleString('en-US')} documents, peak RSS`, mib(large.maxRss),
        `${ms(large.ms)}, ${perSecond((large.documents / large.ms) * 1000)}`, '', `< ${mib(goals.largeMaxRss)}`,
        large.maxRss < goals.largeMaxRss)
    )
  } else {
    out.push(row('convert --jsonl, 15,000 documents', 'skipped (--quick)'))
  }

  if (results.hostile) out.push(...hostileRows(results.hostile))

  const {nodeMs, commands} = results.startup
  for (const [command, time] of Object.entries(commands)) {
    const goal = command === 'validate' ? goals.validateStartup : undefined
    out.push(
      row(`start-up: ${command} one page`, ms(time.ms), `node -e 0 ${ms(nodeMs)}`, times(time.ratio),
        goal ? `<= ${goal}x` : '', goal ? time.ratio <= goal : undefined)
    )
  }

  return out
}

/**
 * Two costs every conversion of the corpus pays, against the same I/O
 * floor, measured elsewhere in the run: remark-parse alone on the corpus's
 * Markdown documents (in process, warm: a batch's settled speed), and a
 * fresh process that parses one page (start-up, module loading, a cold
 * parse). Either above the goal's ratio puts the goal out of reach of any
 * conversion that reads Markdown with remark-parse in a fresh process.
 */
function floorReferences(results) {
  const floorMs = results.convert.floorMs
  const markdown = results.parse.markdown
  const out = [
    row(`  remark-parse alone, the corpus's Markdown (${markdown.documents}), warm`, ms(markdown.remarkMs),
      `I/O floor ${ms(floorMs)}`, times(markdown.remarkMs / floorMs), 'for reference')
  ]
  const parseStartup = results.startup?.commands.parse
  if (parseStartup) {
    out.push(
      row('  a fresh process parsing one page (start-up: parse)', ms(parseStartup.ms), `I/O floor ${ms(floorMs)}`,
        times(parseStartup.ms / floorMs), 'for reference')
    )
  }

  return out
}

/** One row per hostile document (see `hostile.js`): 4n against n. */
export function hostileRows(hostile) {
  return hostile.map((entry) =>
    row(`hostile: ${entry.name} (${entry.format}), ${count(4 * entry.n)} ${entry.unit}` +
      (entry.refused.length > 0 ? ` [${entry.refused.join(', ')}]` : ''),
      ms(entry.ms[1]), `${count(entry.n)}: ${ms(entry.ms[0])}`, times(entry.ratio),
      `<= ${goals.hostileLinearity}x`, entry.ratio <= goals.hostileLinearity)
  )
}

function count(value) {
  return value.toLocaleString('en-US')
}
