import type {Profession} from '../model/profession.js'
import type {Detector} from './detector.js'

/**
 * The value a detector without a `field` extracted, from
 * `profession.extensions[detector.id]`, typed as the detector's value (as
 * `defineDetector` inferred it from the schema).
 *
 * @param profession
 *   A parsed profession.
 * @param detector
 *   The detector.
 * @returns
 *   The value, or `undefined` when the document had none.
 */
export function getExtension<Value>(profession: Profession, detector: Detector<Value>): Value | undefined {
  const {extensions} = profession
  return extensions !== undefined && Object.hasOwn(extensions, detector.id) ? (extensions[detector.id] as Value) : undefined
}
