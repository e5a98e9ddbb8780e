import type {Profession} from '../model/profession.js'
import type {ParseResult} from '../parse.js'
import {createLexicon, type Lexicon, type LexiconEntry} from './lexicon.js'
import {OwnLabels} from './own-labels.js'
import {segmentLine} from './segmenter.js'
import {copyOf} from './words.js'

/**
 * How sure the segmenter must be of a label of a run-on line before the
 * batch takes it as known. Measured on the dev corpus, F1 of the learned
 * mode is flat from 0.95 to 0.995 (and lower above): the exact value matters
 * little, taking only near-certain labels does.
 */
export const confidentLabel = 0.98

/**
 * What one document teaches a batch's lexicon: its essential knowledge and
 * skill names are labels it knows, with their kinds — which words start and
 * end labels, which pairs go together. With `text`, its descriptions too:
 * which words go together in prose, and which are verbs (skill descriptions
 * open with one: "Manage employees …"). Reading the prose costs more than it
 * helps a single document (it is measured: under half a point of F1), so
 * parsing one document reads only its names (`ownLabels`); a learned batch
 * keeps the prose.
 */
export function documentLexicon(
  profession: Readonly<Partial<Profession>>,
  into?: Lexicon,
  options: {text?: boolean} = {}
): Lexicon {
  const lexicon = into ?? createLexicon([])
  const text = options.text === true
  for (const item of profession.knowledge ?? []) {
    lexicon.add({label: copyOf(item.name), kind: 'knowledge'})
    if (text && item.description) lexicon.addText(item.description)
  }

  for (const item of profession.skills ?? []) {
    lexicon.add({label: copyOf(item.name), kind: 'skill'})
    if (text && item.description) lexicon.addText(item.description, {imperative: true})
  }

  if (text && profession.description) lexicon.addText(profession.description)
  return lexicon
}

/**
 * A document's run-on optional lines, as the second step of learning needs
 * them: the lines, and the labels the document itself knows.
 */
export interface RunOnLines {
  /** The document's essential names with their kinds (what `documentLexicon` adds; duplicates possible). */
  own: LexiconEntry[]
  /** Each segmented line, its labels joined by spaces. */
  lines: string[]
}

/**
 * The run-on lines of a parsed document — its optional labels that were
 * segmented (`confidence` lists them), grouped by the line they come from —
 * or `undefined` when it has none.
 */
export function runOnLinesOf(result: ParseResult): RunOnLines | undefined {
  const lines: string[] = []
  let line: string[] = []
  let lineNumber = -1
  for (const [index, item] of result.profession.optionalSkills.entries()) {
    const pointer = '/optionalSkills/' + index
    if (result.confidence[pointer] === undefined) continue
    const at = result.positions[pointer]?.start.line ?? -1
    if (at !== lineNumber && line.length > 0) {
      lines.push(line.join(' '))
      line = []
    }

    lineNumber = at
    line.push(item.name)
  }

  if (line.length > 0) lines.push(line.join(' '))
  if (lines.length === 0) return undefined
  // The entries `documentLexicon` would add, without building a lexicon of them here.
  const {knowledge, skills} = result.profession
  const own: LexiconEntry[] = [
    ...knowledge.map((item): LexiconEntry => ({label: item.name, kind: 'knowledge'})),
    ...skills.map((item): LexiconEntry => ({label: item.name, kind: 'skill'}))
  ]
  return {own, lines}
}

/**
 * What one parsed document teaches a batch's lexicon, the first step of
 * `learnLexicon`: its essential names, its optional items that needed no
 * segmentation, and its prose. Names are kept as copies (`copyOf`): the
 * lexicon outlives the document, and a name cut from it would keep the
 * whole document alive.
 */
export function learnDocument(result: ParseResult, lexicon: Lexicon): void {
  documentLexicon(result.profession, lexicon, {text: true})
  for (const [index, item] of result.profession.optionalSkills.entries()) {
    if (result.confidence['/optionalSkills/' + index] === undefined) {
      lexicon.add({label: copyOf(item.name), kind: item.kind})
    }
  }
}

/**
 * The second step of `learnLexicon`: segment every run-on line of the batch
 * again with all the batch knows, and take the labels it is now nearly sure
 * of (`confidentLabel`) as known. A label one page runs into its
 * neighbours is often clear on another page, where its neighbours differ;
 * once known, it is clear on both. The labels are found first and added
 * after, so the result does not depend on the order of the lines.
 */
export function learnSegmented(lexicon: Lexicon, documents: Iterable<RunOnLines>): void {
  const found: string[] = []
  for (const {own, lines} of documents) {
    const document = new OwnLabels(own)
    for (const line of lines) {
      for (const segment of segmentLine(line, {document, lexicons: [lexicon]})) {
        if (segment.confidence >= confidentLabel && segment.entry === undefined) found.push(segment.text)
      }
    }
  }

  for (const label of found) lexicon.add({label: copyOf(label)})
}

/**
 * Learn a vocabulary from a batch of parsed documents, for a second pass
 * that segments each optional line with it (`parse(text, {lexicon})`):
 * optional items of one profession are very often essential items of
 * another. Takes every essential item (with its kind), every optional item
 * that needed no segmentation (from lists and separated lines), and the
 * descriptions' words and phrases; then segments each document's run-on
 * lines again with all that, and takes the labels it is nearly sure of
 * (see `learnSegmented`).
 *
 * @param results
 *   Results of `parse`, in any number; pass `into` to keep adding to one
 *   lexicon (the run-on lines of each call are segmented with everything
 *   learned so far).
 */
export function learnLexicon(results: Iterable<ParseResult>, into?: Lexicon): Lexicon {
  const lexicon = into ?? createLexicon([])
  const documents: RunOnLines[] = []
  for (const result of results) {
    learnDocument(result, lexicon)
    const runOn = runOnLinesOf(result)
    if (runOn) documents.push(runOn)
  }

  learnSegmented(lexicon, documents)
  return lexicon
}
