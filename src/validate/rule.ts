import type {Point, Position} from 'unist'
import {VFileMessage} from 'vfile-message'
import type {z} from 'zod'
import {messageSource} from '../messages/report.js'
import {fatalOf, type Level} from './level.js'
import type {Subject, SubjectKind} from './subject.js'

/** Where rule documentation lives: `<docsBase><id>.md`. */
export const docsBase = 'https://unpkg.com/profession-parser/docs/rules/'

/** What a rule reports: the rest (ruleId, source, url, severity, file) is stamped on. */
export interface RuleReport {
  /** "Unexpected X, expected Y". */
  reason: string
  /** Where; the start of the document when omitted. */
  place?: Point | Position | undefined
  /** A related place, such as the first of two duplicates. */
  cause?: {reason: string; place: Point | Position | undefined} | undefined
  /** What was found. */
  actual?: string | undefined
  /** What would have been right. */
  expected?: string[] | undefined
  /** Extra explanation. */
  note?: string | undefined
}

/** What a rule's `check` gets. */
export interface RuleContext<Options> extends Subject {
  /** The rule's options: its defaults, overridden by the configuration. */
  options: Options
  /** Report a problem. */
  report(init: RuleReport): void
}

/** How a rule is written (see `createRule`). */
export interface RuleDefinition<Options> {
  /** Stable id, kebab-case: used in messages, configuration and `docs/rules/<id>.md`. */
  id: string
  /** One line saying what the rule checks. */
  description: string
  /** The level in the `recommended` preset. */
  severity: Exclude<Level, 'off'>
  /**
   * `parser` for messages the parser or JSON reader raises (the rule only
   * sets their severity); `content` and `structure` for checks of the result.
   */
  tags: readonly string[]
  /** What the rule looks at. */
  inputs: readonly SubjectKind[]
  /** Options used when the configuration gives none. */
  defaults: Options
  /**
   * The options' schema, built with the zod namespace passed in so rules do
   * not load zod themselves (only the configuration loader does). Every
   * field optional: given options are merged over `defaults`.
   */
  options?: ((zod: typeof z) => z.ZodType) | undefined
  /**
   * The rule's documentation page: put on its messages (`url`) and in SARIF
   * output (`helpUri`). The built-in rules link to this package's
   * `docs/rules/<id>.md`; a rule without one links nowhere.
   */
  url?: string | undefined
  /**
   * The `source` of its messages, naming who checks: the package or project
   * the rule comes from. Default: `profession-parser`.
   */
  source?: string | undefined
  /** Look at the subject and report problems. Parser rules have none. */
  check?(context: RuleContext<Options>): void
}

/** A rule, as registered: its definition, ready to run. */
export interface Rule<Options = unknown> extends RuleDefinition<Options> {
  /** Documentation page, when the rule has one. */
  readonly url: string | undefined
  /**
   * Run the rule at a level with options (merged over the defaults) and
   * return its messages, stamped with `ruleId`, `source`, `url` and severity.
   */
  run(subject: Subject, level: Exclude<Level, 'off'>, options: Partial<Options> | undefined): VFileMessage[]
}

/**
 * Create a rule: the factory stamps `ruleId`, `source`, `url`, the file and
 * the configured severity on every message, so rules only say what is wrong
 * and where.
 *
 * @param definition
 *   The rule's metadata and its check.
 */
export function createRule<Options>(definition: RuleDefinition<Options>): Rule<Options> {
  const url = definition.url
  const source = definition.source ?? messageSource
  return {
    ...definition,
    url,
    run(subject, level, options) {
      const messages: VFileMessage[] = []
      if (!definition.check) return messages
      const report = (init: RuleReport) => {
        // A message is data: skip the stack trace every `Error` captures (most of its cost).
        const limit = Error.stackTraceLimit
        Error.stackTraceLimit = 0
        const message = new VFileMessage(init.reason, {
          place: init.place ?? {line: 1, column: 1},
          ruleId: definition.id,
          source,
          cause: init.cause
            ? new VFileMessage(init.cause.reason, {
                place: init.cause.place,
                ruleId: definition.id,
                source
              })
            : undefined
        })
        Error.stackTraceLimit = limit
        message.fatal = fatalOf(level)
        if (url !== undefined) message.url = url
        if (subject.file !== undefined) message.file = subject.file
        if (init.actual !== undefined) message.actual = init.actual
        if (init.expected) message.expected = init.expected
        if (init.note !== undefined) message.note = init.note
        messages.push(message)
      }

      // A prototype link rather than a spread keeps the subject's lazy getters lazy.
      const context = Object.assign(Object.create(subject) as Subject, {
        options: {...definition.defaults, ...options} as Options,
        report
      })
      definition.check(context)
      return messages
    }
  }
}

/**
 * A built-in rule: `createRule` with the rule's page in this package's
 * `docs/rules/` as its documentation.
 *
 * @internal
 */
export function builtinRule<Options>(definition: Omit<RuleDefinition<Options>, 'url' | 'source'>): Rule<Options> {
  return createRule({...definition, url: docsBase + definition.id + '.md'})
}
