import {checkDetectors} from './check.js'
import type {Detector} from './detector.js'

/**
 * Combine detector lists, as micromark combines syntax extensions: each
 * later list replaces the detectors of the lists before it by id, in place
 * (keeping the registry order, and the locale words for that id), and adds
 * the others at the end — after every built-in, so their headings are tried
 * last and their values extracted last (they see every built-in value in
 * `context.profession`). For any other order, build the list yourself.
 *
 * @example
 *   parse(text, {detectors: combineDetectors(builtinDetectors, [salary])})
 *
 * @param lists
 *   Detector lists, first the base (usually `builtinDetectors`).
 * @returns
 *   A new frozen list, checked.
 * @throws {DetectorError}
 *   When a detector is malformed, or one list holds an id twice.
 */
export function combineDetectors(...lists: ReadonlyArray<readonly Detector[]>): readonly Detector[] {
  const combined: Detector[] = []
  const at = new Map<string, number>()
  for (const list of lists) {
    checkDetectors(list)
    for (const detector of list) {
      const index = at.get(detector.id)
      if (index === undefined) {
        at.set(detector.id, combined.length)
        combined.push(detector)
      } else {
        combined[index] = detector
      }
    }
  }

  return Object.freeze(combined)
}
