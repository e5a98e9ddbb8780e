import type {Position} from 'unist'
import type {Report} from '../messages/report.js'
import type {Detector} from './detector.js'

/**
 * Wrap every hook of every detector so that one that throws is reported as
 * an error naming it (`detector-error`) and treated as having found
 * nothing, while the other sections still parse. Each detector's failure is
 * reported once per hook.
 */
export function guardDetectors(detectors: readonly Detector[], report: Report): Detector[] {
  return detectors.map((detector) => guard(detector, report))
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

function guard(detector: Detector, report: Report): Detector {
  const reported = new Set<Hook>()
  const wrapped: Record<string, unknown> = {...detector}

  for (const hook of Object.keys(placeOf) as Hook[]) {
    const original = detector[hook] as ((...parameters: unknown[]) => unknown) | undefined
    if (typeof original !== 'function') continue
    wrapped[hook] = (...parameters: unknown[]) => {
      try {
        return original.apply(detector, parameters)
      } catch (error) {
        if (!reported.has(hook)) {
          reported.add(hook)
          report.add({
            ruleId: 'detector-error',
            severity: 'error',
            reason: `Cannot use detector \`${detector.id}\`: its \`${hook}\` failed: ${messageOf(error)}`,
            place: placeOf[hook](parameters[0])
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
