import type {VFileMessage} from 'vfile-message'
import {fnv1a} from './hash.js'
import {lineIndex} from './lines.js'

/**
 * Problems a repository has accepted: counts by file, rule and fingerprint.
 * Written by `--update-baseline`, read by `--baseline`; keys are sorted so
 * the file diffs cleanly.
 */
export interface Baseline {
  version: 1
  /** File path (relative to the baseline file, `/`-separated) → rule id → fingerprint → count. */
  files: Record<string, Record<string, Record<string, number>>>
}

/** A checked file as the baseline sees it. */
export interface BaselineFile {
  /** Path relative to the baseline file, `/`-separated. */
  path: string
  messages: readonly VFileMessage[]
  /** The source, for fingerprints; without it only the reason is hashed. */
  text: string | undefined
}

/**
 * A message's fingerprint: a hash of the text of the line it is on (trimmed)
 * and its reason, so it survives lines added or removed elsewhere, and
 * changes when the offending text does.
 *
 * @param message
 *   The message.
 * @param line
 *   Text of its line.
 */
export function fingerprint(message: VFileMessage, line: string): string {
  return fnv1a(line.trim() + '\n' + message.reason)
}

/**
 * Record the errors and warnings of files (info never fails, so it is left out).
 *
 * @param files
 *   Checked files.
 */
export function createBaseline(files: readonly BaselineFile[]): Baseline {
  const entries: Record<string, Record<string, Record<string, number>>> = {}
  for (const file of [...files].sort((a, b) => compare(a.path, b.path))) {
    for (const [message, print] of fingerprinted(file)) {
      const rules = (entries[file.path] ??= {})
      const counts = (rules[message.ruleId ?? ''] ??= {})
      counts[print] = (counts[print] ?? 0) + 1
    }
  }

  return {version: 1, files: sortKeys(entries)}
}

/**
 * Drop the messages a baseline records (each recorded count once).
 *
 * @param baseline
 *   The baseline.
 * @param file
 *   A checked file.
 * @returns
 *   The messages left, and how many were dropped.
 */
export function applyBaseline(baseline: Baseline, file: BaselineFile): {messages: VFileMessage[]; suppressed: number} {
  const recorded = baseline.files[file.path]
  if (!recorded) return {messages: [...file.messages], suppressed: 0}
  const left = new Map<string, number>()
  const dropped = new Set<VFileMessage>()
  for (const [message, print] of fingerprinted(file)) {
    const key = (message.ruleId ?? '') + '\0' + print
    const remaining = left.get(key) ?? recorded[message.ruleId ?? '']?.[print] ?? 0
    if (remaining > 0) {
      dropped.add(message)
      left.set(key, remaining - 1)
    }
  }

  return {messages: file.messages.filter((message) => !dropped.has(message)), suppressed: dropped.size}
}

function* fingerprinted(file: BaselineFile): Generator<[VFileMessage, string]> {
  const lines = file.text === undefined ? undefined : lineIndex(file.text)
  for (const message of file.messages) {
    if (message.fatal === undefined || message.fatal === null) continue
    yield [message, fingerprint(message, lines?.line(message.line ?? 1) ?? '')]
  }
}

function sortKeys<Value>(record: Record<string, Value>): Record<string, Value> {
  const sorted: Record<string, Value> = {}
  for (const key of Object.keys(record).sort(compare)) {
    const value = record[key]!
    sorted[key] = (typeof value === 'object' && value !== null ? sortKeys(value as Record<string, unknown>) : value) as Value
  }

  return sorted
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
