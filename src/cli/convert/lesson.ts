import type {ParseResult} from '../../parse.js'
import {learnDocument, runOnLinesOf, type RunOnLines} from '../../segment/learn.js'
import {Lexicon, type LexiconEntry} from '../../segment/lexicon.js'

/** Running text a document teaches, and whether it is imperative (skill descriptions). */
export type TextLesson = [text: string, imperative: boolean]

/**
 * What one document teaches the batch's vocabulary, as plain data that can
 * cross from a worker to the main thread: the labels, in the order
 * `learnLexicon` adds them (the first entry for a label wins, so order
 * matters), the running text it reads, and its run-on lines for the
 * second step of learning (`learnSegmented`).
 */
export interface Lesson {
  entries: LexiconEntry[]
  texts: TextLesson[]
  runOn: RunOnLines | undefined
}

/**
 * A lexicon that also records what goes into it. Lexicons keep their state
 * private and have no serialised form, so the only faithful way to move what
 * `learnLexicon` learned across threads is to replay its calls.
 */
class RecordingLexicon extends Lexicon {
  readonly lesson: Lesson = {entries: [], texts: [], runOn: undefined}

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
 * What a parsed document teaches, exactly as the first step of
 * `learnLexicon` takes it in, with its run-on lines for the second.
 *
 * @param result
 *   The document's parse result.
 */
export function lessonOf(result: ParseResult): Lesson {
  const recorder = new RecordingLexicon()
  learnDocument(result, recorder)
  recorder.lesson.runOn = runOnLinesOf(result)
  return recorder.lesson
}
