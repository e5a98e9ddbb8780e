import type {Position} from 'unist'
import {Report} from '../../messages/report.js'
import {emptyProfession} from '../../model/empty.js'
import {ProfessionSchema, type Profession} from '../../model/profession.js'
import {createSubject, type Subject} from '../subject.js'
import {issueText} from './issues.js'
import {unknownKeys} from './keys.js'
import {parseJsonTree} from './tree.js'

/**
 * The JSON front end: read a converted profile, check it against the model
 * (zod's `ProfessionSchema`, plus the unknown keys zod strips), and report
 * every problem at the offending value or key (`json-syntax`,
 * `profession-schema`, `missing-title`, `unknown-holland-type`). Rules then
 * run on the profile when it fits the model.
 *
 * @param text
 *   The JSON text.
 * @param file
 *   File path or name put on messages.
 */
export function readProfessionJson(text: string, file?: string | undefined): Subject {
  const report = new Report(file)
  const tree = parseJsonTree(text)
  const base = {kind: 'json' as const, file, text, confidence: {}, sections: undefined, frontMatter: undefined}

  if ('reason' in tree) {
    report.add({ruleId: 'json-syntax', severity: 'error', reason: tree.reason, place: tree.place})
    return createSubject({...base, profession: emptyProfession(), usable: false, positions: {}, messages: report.messages})
  }

  const result = ProfessionSchema.safeParse(tree.value)
  for (const issue of result.error?.issues ?? []) {
    const {ruleId, reason, actual, expected} = issueText(issue, tree.value)
    const pointer = issue.path.length === 0 ? '' : '/' + issue.path.join('/')
    report.add({ruleId, severity: 'error', reason, actual, expected, place: placeOf(tree.values, pointer)})
  }

  for (const {pointer, key, where, allowed} of unknownKeys(tree.value)) {
    report.add({
      ruleId: 'profession-schema',
      severity: 'error',
      reason: `Unexpected key \`${key}\` in ${where}, expected one of ${allowed.join(', ')}`,
      place: tree.keys[pointer]
    })
  }

  return createSubject({
    ...base,
    profession: result.success ? result.data : emptyProfession(),
    usable: result.success,
    positions: itemPositions(tree.values),
    messages: report.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  })
}

/** A value's place, or its nearest parent's (a missing key is reported at its object). */
function placeOf(values: Record<string, Position>, pointer: string): Position | undefined {
  for (let current = pointer; ; current = current.slice(0, current.lastIndexOf('/'))) {
    const position = values[current]
    if (position || current === '') return position
  }
}

/**
 * Documents locate an item by its name: give `/knowledge/0` the place of
 * `/knowledge/0/name`, so rules point at the same thing in both.
 */
function itemPositions(values: Record<string, Position>): Record<string, Position> {
  const positions: Record<string, Position> = {...values}
  for (const [pointer, position] of Object.entries(values)) {
    if (pointer.endsWith('/name') && /^\/(?:knowledge|skills|optionalSkills)\/\d+\/name$/.test(pointer)) {
      positions[pointer.slice(0, -5)] = position
    }
  }

  return positions
}

