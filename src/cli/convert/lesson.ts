import type {ParseResult} from '../../parse.js'
import {learnLexicon} from '../../segment/learn.js'
import {Lexicon, type LexiconEntry} from '../../segment/lexicon.js'

/** Running text a document teaches, and whether it is imperative (skill descriptions). */
export type TextLesson = [text: string, imperative: boolean]

/**
 * What one document teaches the batch's vocabulary, as plain data that can
 * cross from a worker to the main thread: the labels, in the order
 * `learnLexicon` adds them (the first entry for a label wins, so order
 * matters), and the running text it reads.
 */
export interface Lesson {
  entries: LexiconEntry[]
  texts: TextLesson[]
}

/**
 * A lexicon that also records what goes into it. Lexicons keep their state
 * private and have no serialised form, so the only faithful way to move what
 * `learnLexicon` learned across threads is to replay its calls.
 */
class RecordingLexicon extends Lexicon {
  readonly lesson: Lesson = {entries: [], texts: []}

  override add(entry: LexiconEntry): void {
    this.lesson.entries.push(entry)
    super.add(entry)
  }

  override addText(text: string, options: {imperative?: boolean} = {}): void {
    this.lesson.texts.push([text, options.imperative === true])
    super.addText(text, options)
  }
}

/**
 * What a parsed document teaches, exactly as `learnLexicon([result])` would
 * take it in.
 *
 * @param result
 *   The document's parse result.
 */
export function lessonOf(result: ParseResult): Lesson {
  const recorder = new RecordingLexicon()
  learnLexicon([result], recorder)
  return recorder.lesson
}
