import type {Point, Position} from 'unist'
import {VFileMessage} from 'vfile-message'

/** Where every message of this package says it came from. */
export const messageSource = 'profession-parser'

/**
 * How serious a message is. Maps onto vfile's `fatal`: `true` for errors,
 * `false` for warnings, `undefined` for info.
 */
export type Severity = 'error' | 'warning' | 'info'

/** What a message says, apart from where. */
export interface MessageInit {
  /** Rule id users can look up in `docs/messages.md` or turn off. */
  ruleId: string
  /** Human text: "Unexpected X, expected Y". */
  reason: string
  severity: Severity
  /** Where; the start of the document when omitted. */
  place?: Point | Position | undefined
  /** What the rule expected, for tools that offer fixes. */
  expected?: string[] | undefined
  /** What the document had. */
  actual?: string | undefined
  /** Extra explanation shown under the reason. */
  note?: string | undefined
  /**
   * Who raises the message, shown beside the rule id: a plugin names its
   * package or project. Default: `profession-parser`.
   */
  source?: string | undefined
}

const documentStart: Point = {line: 1, column: 1, offset: 0}

/**
 * Collects the messages of one document, stamping `file`, `source` and the
 * severity on each so callers only say what went wrong and where.
 */
export class Report {
  /** Messages in the order they were raised. */
  readonly messages: VFileMessage[] = []

  constructor(
    /** File path or name put on every message. */
    readonly file: string | undefined
  ) {}

  add(init: MessageInit): VFileMessage {
    // A message is data about the document: the parser's own stack trace
    // says nothing to its reader, and capturing one is the dearest part of
    // making a message.
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    let message: VFileMessage
    try {
      message = new VFileMessage(init.reason, {
        place: init.place ?? documentStart,
        ruleId: init.ruleId,
        source: init.source ?? messageSource
      })
    } finally {
      Error.stackTraceLimit = limit
    }

    message.fatal =
      init.severity === 'error' ? true : init.severity === 'warning' ? false : undefined
    if (this.file !== undefined) message.file = this.file
    if (init.expected) message.expected = init.expected
    if (init.actual !== undefined) message.actual = init.actual
    if (init.note !== undefined) message.note = init.note
    this.messages.push(message)
    return message
  }
}

/** The severity of a vfile message, from its `fatal` field. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}
