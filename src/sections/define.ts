import type {z} from 'zod'
import {checkDetector} from './check.js'
import type {Detector} from './detector.js'

/**
 * Write a detector: checks it (a malformed one throws a `DetectorError`
 * naming it and the property) and gives it its type. With a `schema`, the
 * type of the value — what `extract` and `fromFrontMatter` return, and what
 * `getExtension` reads back — is inferred from the schema.
 *
 * @example
 *   const salary = defineDetector({
 *     id: 'salary',
 *     description: 'Salary range',
 *     headings: ['salary'],
 *     schema: z.object({currency: z.string(), min: z.number(), max: z.number(), period: z.string()}),
 *     extract(section) { … } // must return {currency, min, max, period} or undefined
 *   })
 *
 * @param detector
 *   The detector.
 * @returns
 *   The same object.
 * @throws {DetectorError}
 *   When the detector is malformed.
 */
export function defineDetector<const Schema extends z.core.$ZodType>(
  detector: Detector<z.output<Schema>> & {readonly schema: Schema}
): Detector<z.output<Schema>> & {readonly schema: Schema}
export function defineDetector<Value = unknown>(detector: Detector<Value>): Detector<Value>
export function defineDetector(detector: Detector): Detector {
  return checkDetector(detector)
}
