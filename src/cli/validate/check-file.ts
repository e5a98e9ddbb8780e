import {VFileMessage} from 'vfile-message'
import {messageSource} from '../../messages/report.js'
import {emptyProfession} from '../../model/empty.js'
import {runPipeline, type FrontEnds} from '../../pipeline.js'
import {formatFromPath, type FormatOption} from '../../read/format.js'
import type {Detector} from '../../sections/detector.js'
import type {Lexicon} from '../../segment/lexicon.js'
import {documentSubject} from '../../validate/document.js'
import {runRules, type RuleSettings} from '../../validate/engine.js'
import {builtinRules} from '../../validate/registry.js'
import {createSubject, type Subject} from '../../validate/subject.js'
import {describeError} from '../errors.js'
import {readDocument, TooLargeError} from '../read-document.js'
import type {InputFile} from './inputs.js'

/** How documents are parsed. */
export interface CheckOptions {
  /** `--format`; default from the extension. */
  format?: FormatOption | undefined
  /** The loaded `--lexicon` files. */
  lexicon?: readonly Lexicon[] | undefined
  /** The detectors of the file's configuration (its plugins); default: the built-ins. */
  detectors?: readonly Detector[] | undefined
  /** `--locale`; default: detected. */
  locale?: string | undefined
  /** `--max-file-size`: a larger file is not read, and gets an error message. */
  maxFileSize: number
}

/** A checked file. */
export interface CheckedFile {
  file: InputFile
  messages: VFileMessage[]
  /** The source text, for baseline fingerprints. */
  text: string | undefined
}

/**
 * Check one file: read it, run it through its front end — the JSON reader
 * for `.json`, else the parser (the Markdown front end and zod are loaded
 * only when a file needs them) — then the rules. A file that cannot be read
 * (or is larger than `--max-file-size`, or is not a regular file) gets one
 * error message and does not stop the batch.
 *
 * @param file
 *   The file.
 * @param settings
 *   Its rule settings.
 * @param options
 *   `--format` for documents (default from the extension), the loaded
 *   `--lexicon` files, the configuration's detectors, `--locale` and
 *   `--max-file-size`.
 */
export async function checkFile(
  file: InputFile,
  settings: RuleSettings,
  options: CheckOptions
): Promise<CheckedFile> {
  let bytes: Uint8Array
  try {
    bytes = await readDocument(file.absolute, options.maxFileSize)
  } catch (error) {
    const reason =
      error instanceof TooLargeError ? `File skipped: ${error.message}` : `Cannot read file: ${describeError(error)}`
    const message = new VFileMessage(reason, {
      place: {line: 1, column: 1},
      ruleId: 'unreadable-file',
      source: messageSource
    })
    message.fatal = true
    message.file = file.display
    // Through the engine, so the configuration's level for `unreadable-file` applies.
    return {file, messages: runRules(unreadSubject(file.display, message), settings, builtinRules), text: undefined}
  }

  const subject = file.absolute.toLowerCase().endsWith('.json')
    ? await jsonSubject(bytes, file.display)
    : await documentSubjectOf(bytes, file, options)
  return {file, messages: runRules(subject, settings, builtinRules), text: subject.text}
}

/** A file that was not read: nothing to check, one message. */
function unreadSubject(display: string, message: VFileMessage): Subject {
  return createSubject({
    kind: display.toLowerCase().endsWith('.json') ? 'json' : 'document',
    file: display,
    text: undefined,
    profession: emptyProfession(),
    usable: false,
    positions: {},
    confidence: {},
    sections: undefined,
    frontMatter: undefined,
    messages: [message]
  })
}

async function jsonSubject(bytes: Uint8Array, display: string): Promise<Subject> {
  const {readProfessionJson} = await import('../../validate/json/read.js')
  return readProfessionJson(new TextDecoder().decode(bytes), display)
}

async function documentSubjectOf(
  bytes: Uint8Array,
  file: InputFile,
  options: CheckOptions
): Promise<Subject> {
  const format = options.format ?? formatFromPath(file.absolute)
  const frontEnds: FrontEnds = {}
  if (format !== 'text') frontEnds.markdown = (await import('../../markdown/parse-markdown.js')).parseMarkdown
  if (format === 'html' || format === 'auto') frontEnds.html = (await import('../../html/read-html.js')).readHtml
  const result = runPipeline(
    bytes,
    {format, file: file.display, lexicon: options.lexicon, detectors: options.detectors, locale: options.locale},
    frontEnds
  )
  return documentSubject(result, bytes, file.display)
}
