import {learnSegmented, type RunOnLines} from '../../segment/learn.js'
import {createLexicon, type Lexicon, type LexiconEntry} from '../../segment/lexicon.js'
import type {Lesson} from './lesson.js'

/** A learned vocabulary as JSON-ready data: labels in order, distinct texts. */
interface VocabularyData {
  entries: LexiconEntry[]
  /** Each text prefixed with `1` (imperative) or `0`. */
  texts: string[]
}

/**
 * The batch's vocabulary, built from the lessons of the first pass of
 * `--learn`. Fed lessons in input order and then finished, it holds the
 * same lexicon `learnLexicon` would make from all results at once,
 * whichever thread parsed them.
 */
export class Vocabulary {
  /** The learned labels. */
  readonly lexicon: Lexicon = createLexicon([])
  /** Documents learned from. */
  documents = 0
  /** Texts already read; `addText` only fills sets, so a text read twice teaches nothing new. */
  private readonly texts = new Set<string>()
  /** The run-on lines of the documents learned from, until `finish`. */
  private runOn: RunOnLines[] = []

  /** Take in one document's lesson. */
  learn(lesson: Lesson): void {
    this.documents++
    for (const entry of lesson.entries) this.lexicon.add(entry)
    for (const [text, imperative] of lesson.texts) {
      const key = (imperative ? '1' : '0') + text
      if (this.texts.has(key)) continue
      this.texts.add(key)
      this.lexicon.addText(text, {imperative})
    }

    if (lesson.runOn) {
      // The document's own labels are all in the lexicon now: keep its
      // entries, shared by every document, not a copy per document. (Their
      // kinds may differ from this document's; segmenting never reads them.)
      const own = lesson.runOn.own.map((entry) => this.lexicon.get(entry.label) ?? entry)
      this.runOn.push({own, lines: lesson.runOn.lines})
    }
  }

  /** After the last lesson: segment the batch's run-on lines with all it knows, and learn from them (`learnSegmented`). */
  finish(): void {
    learnSegmented(this.lexicon, this.runOn)
    this.runOn = []
  }

  /**
   * The vocabulary in shared memory, to hand to every worker without a copy
   * per task. Distinct texts only: ESCO descriptions repeat across
   * occupations, so this stays far smaller than the batch.
   */
  share(): SharedArrayBuffer {
    const data: VocabularyData = {entries: [...this.lexicon.entries()], texts: [...this.texts]}
    const bytes = Buffer.from(JSON.stringify(data))
    const shared = new SharedArrayBuffer(bytes.byteLength)
    new Uint8Array(shared).set(bytes)
    return shared
  }
}

/**
 * Rebuild the lexicon of a shared vocabulary. Replaying the labels in their
 * order and the texts in any order gives the lexicon that was shared: a
 * label's first entry wins, and texts only fill sets.
 *
 * @param shared
 *   What `Vocabulary#share` made.
 */
export function reviveVocabulary(shared: SharedArrayBuffer): Lexicon {
  // Decoders refuse views of shared memory: copy it out first.
  const data = JSON.parse(Buffer.from(new Uint8Array(shared).slice()).toString('utf8')) as VocabularyData
  const lexicon = createLexicon(data.entries)
  for (const text of data.texts) lexicon.addText(text.slice(1), {imperative: text.startsWith('1')})
  return lexicon
}
