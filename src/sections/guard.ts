import type {Position} from 'unist'
import type {Report} from '../messages/report.js'
import type {Detector} from './detector.js'

/**
 * Detectors whose hooks never throw: a hook that does is reported as an
 * error naming its detector (`detector-error`, once per detector and hook
 * in a document) and treated as having found nothing, while the other
 * sections still parse.
 */
export interface GuardedDetectors {
  /** The wrapped detectors, in the same order. */
  detectors: readonly Detector[]
  /**
   * Run `work` with failures reported to `report`. Wrappers are made once
   * per detector list and reused: only the report changes per document.
   */
  run<T>(report: Report, work: (detectors: readonly Detector[]) => T): T
}

type Hook = 'matchHeading' | 'extent' | 'scoreItem' | 'isNoise' | 'fromFrontMatter' | 'extract'

/** Where each hook's first argument says the problem is. */
const placeOf: Record<Hook, (argument: unknown) => Position | undefined> = {
  matchHeading: (block) => (block as {position?: Position}).position,
  isNoise: (block) => (block as {position?: Position}).position,
  scoreItem: (item) => (item as {position?: Position}).position,
  extent: (section) => sectionPlace(section),
  extract: (section) => sectionPlace(section),
  fromFrontMatter: (frontMatter) => (frontMatter as {position?: Position}).position
}

interface Scope {
  report: Report | undefined
  /** `detector id` + hook pairs already reported in this document. */
  reported: Set<string>
}

const cache = new WeakMap<readonly Detector[], GuardedDetectors>()

/** The guarded form of a detector list, made once per list. */
export function guardDetectors(detectors: readonly Detector[]): GuardedDetectors {
  let guarded = cache.get(detectors)
  if (!guarded) {
    const scope: Scope = {report: undefined, reported: new Set()}
    const wrapped = detectors.map((detector) => guard(detector, scope))
    guarded = {
      detectors: wrapped,
      run(report, work) {
        // Save and restore, so a detector may itself call `parse`.
        const outer = {report: scope.report, reported: scope.reported}
        scope.report = report
        scope.reported = new Set()
        try {
          return work(wrapped)
        } finally {
          scope.report = outer.report
          scope.reported = outer.reported
        }
      }
    }
    cache.set(detectors, guarded)
  }

  return guarded
}

function guard(detector: Detector, scope: Scope): Detector {
  const wrapped: Record<string, unknown> = {...detector}

  for (const hook of Object.keys(placeOf) as Hook[]) {
    const original = detector[hook] as ((...parameters: unknown[]) => unknown) | undefined
    if (typeof original !== 'function') continue
    wrapped[hook] = (first: unknown, second: unknown) => {
      try {
        return original.call(detector, first, second)
      } catch (error) {
        const key = detector.id + ' ' + hook
        if (!scope.reported.has(key)) {
          scope.reported.add(key)
          scope.report?.add({
            ruleId: 'detector-error',
            severity: 'error',
            reason: `Cannot use detector \`${detector.id}\`: its \`${hook}\` failed: ${messageOf(error)}`,
            place: placeOf[hook](first)
          })
        }

        return undefined
      }
    }
  }

  return wrapped as unknown as Detector
}

function sectionPlace(section: unknown): Position | undefined {
  const value = section as {heading?: {position?: Position}; blocks?: Array<{position?: Position}>}
  return value.heading?.position ?? value.blocks?.[0]?.position
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  const newline = text.indexOf('\n')
  return newline === -1 ? text : text.slice(0, newline)
}
