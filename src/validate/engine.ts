import {VFileMessage} from 'vfile-message'
import {messageSource} from '../messages/report.js'
import {fatalOf, type Level} from './level.js'
import type {Rule} from './rule.js'
import type {Subject} from './subject.js'

/** How one rule is configured. */
export interface RuleSetting {
  level: Level
  /** Options given by the configuration (merged over the rule's defaults). */
  options?: Record<string, unknown> | undefined
}

/** Rule settings by rule id; a rule not listed is off. */
export type RuleSettings = Record<string, RuleSetting>

/**
 * Check a subject: the front end's messages get the severity their rule is
 * configured at (or are dropped when it is off; messages of ids no rule
 * knows, such as a custom detector's, keep theirs), then every rule that is
 * on and looks at this kind of input runs. A rule that throws becomes an
 * error message naming it; the other rules still run.
 *
 * @param subject
 *   What the front end found.
 * @param settings
 *   Rule settings (see `resolveSettings`).
 * @param rules
 *   The rules to apply.
 * @returns
 *   Messages in document order.
 */
export function runRules(subject: Subject, settings: RuleSettings, rules: readonly Rule[]): VFileMessage[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]))
  const messages: VFileMessage[] = []

  for (const message of subject.messages) {
    const rule = message.ruleId ? byId.get(message.ruleId) : undefined
    if (!rule) {
      messages.push(message)
      continue
    }

    const level = settings[rule.id]?.level ?? 'off'
    if (level === 'off') continue
    message.fatal = fatalOf(level)
    if (rule.url !== undefined) message.url = rule.url
    messages.push(message)
  }

  if (subject.usable) {
    for (const rule of rules) {
      const setting = settings[rule.id]
      if (!rule.check || !setting || setting.level === 'off' || !rule.inputs.includes(subject.kind)) continue
      // Not `push(...list)`: spreading 100,000 messages or more overflows the stack.
      for (const message of runGuarded(rule, subject, setting.level, setting.options)) messages.push(message)
    }
  }

  return messages.sort(byPlace)
}

function runGuarded(
  rule: Rule,
  subject: Subject,
  level: Exclude<Level, 'off'>,
  options: Record<string, unknown> | undefined
): VFileMessage[] {
  try {
    return rule.run(subject, level, options)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const message = new VFileMessage(`Cannot check rule \`${rule.id}\`: ${reason}`, {
      place: {line: 1, column: 1},
      ruleId: rule.id,
      source: rule.source ?? messageSource
    })
    message.fatal = true
    if (rule.url !== undefined) message.url = rule.url
    if (subject.file !== undefined) message.file = subject.file
    return [message]
  }
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}
