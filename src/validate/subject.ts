import type {Position} from 'unist'
import type {VFileMessage} from 'vfile-message'
import type {Profession} from '../model/profession.js'
import type {SectionInfo} from '../pipeline.js'
import {lineIndex, type LineIndex} from './lines.js'

/** What was checked: a parsed document or a converted profile (JSON). */
export type SubjectKind = 'document' | 'json'

/**
 * Everything rules look at, whatever the input was. The front end (the
 * parser for documents, the JSON reader for converted profiles) fills it in.
 */
export interface Subject {
  kind: SubjectKind
  /** File path or name put on messages. */
  file: string | undefined
  /** The source text, when there is one (not for a profession object). */
  text: string | undefined
  /** Offsets ↔ points in `text`, built on first use. */
  readonly lines: LineIndex | undefined
  /** The profession found, or read from JSON. */
  profession: Profession
  /** Whether `profession` has the model's shape, so rules can read it. */
  usable: boolean
  /** Source positions by JSON Pointer into `profession` (see `ParseResult`). */
  positions: Record<string, Position>
  /** Confidence of guessed values by JSON Pointer (documents only). */
  confidence: Record<string, number>
  /** Sections found (documents only). */
  sections: readonly SectionInfo[] | undefined
  /** Front matter data (Markdown documents only). */
  frontMatter: Record<string, unknown> | undefined
  /** Messages of the front end, ruleIds and all; the engine applies the config to them. */
  messages: VFileMessage[]
}

/** What a front end knows; `lines` is added lazily. */
export type SubjectInit = Omit<Subject, 'lines'>

/**
 * Make a subject whose line index is built only when a rule asks for it.
 *
 * @param init
 *   What the front end found.
 */
export function createSubject(init: SubjectInit): Subject {
  let lines: LineIndex | undefined
  return {
    ...init,
    get lines() {
      if (lines === undefined && init.text !== undefined) lines = lineIndex(init.text)
      return lines
    }
  }
}
