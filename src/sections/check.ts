import {professionFields} from '../model/fields.js'
import type {Detector} from './detector.js'

/**
 * A detector that cannot work: a missing or malformed id, a hook that is not
 * a function, a `field` the model does not have, a duplicate id. A
 * programming error, not bad input: thrown by `defineDetector`,
 * `combineDetectors` and `parse` (the first time it sees a detector list),
 * never reported as a message.
 */
export class DetectorError extends Error {
  constructor(
    message: string,
    /** Id of the detector, or `#<index>` in its list when it has no usable id. */
    readonly detector: string,
    /** The property at fault: `id`, `extract`, `field`, … */
    readonly property: string
  ) {
    super(message)
    this.name = 'DetectorError'
  }
}

const kebab = /^[a-z][a-z\d]*(?:-[a-z\d]+)*$/
const hooks = ['matchHeading', 'extent', 'scoreItem', 'isNoise', 'fromFrontMatter', 'extract'] as const
const known = new Set<string>([
  'id',
  'description',
  'field',
  'headings',
  'headingPrefixes',
  'takesLeadingLines',
  'needsHeading',
  'schema',
  ...hooks
])
const checkedDetectors = new WeakSet<object>()
const checkedLists = new WeakSet<readonly Detector[]>()

/**
 * Check one detector (remembered per object).
 *
 * @param detector
 *   What claims to be a detector.
 * @param index
 *   Its place in a list, to name it when it has no usable id.
 * @throws {DetectorError}
 *   Naming the detector and the property.
 */
export function checkDetector(detector: unknown, index?: number): Detector {
  if (typeof detector === 'object' && detector !== null && checkedDetectors.has(detector)) {
    return detector as Detector
  }

  const where = index === undefined ? '' : ` (#${index} in the list)`
  const rawId = isRecord(detector) ? detector['id'] : undefined
  const name = typeof rawId === 'string' && rawId !== '' ? rawId : index === undefined ? '(no id)' : `#${index}`
  const fail = (property: string, expected: string, actual: unknown): never => {
    const label = typeof rawId === 'string' && rawId !== '' ? `\`${rawId}\`${where}` : where.trim() || '(no id)'
    throw new DetectorError(
      `Invalid detector ${label}: \`${property}\` must be ${expected}, got ${describe(actual)}`,
      name,
      property
    )
  }

  if (!isRecord(detector)) return fail('(detector)', 'an object', detector)
  if (typeof rawId !== 'string' || !kebab.test(rawId)) fail('id', 'a kebab-case string such as `salary-range`', rawId)

  for (const key of Object.keys(detector)) {
    if (!known.has(key)) fail(key, `absent (known properties: ${[...known].join(', ')})`, detector[key])
  }

  const description = detector['description']
  if (typeof description !== 'string' || description.trim() === '' || description.includes('\n')) {
    fail('description', 'a one-line string', description)
  }

  const field = detector['field']
  if (field !== undefined && !(professionFields as readonly unknown[]).includes(field)) {
    fail('field', `a profession field (${professionFields.join(', ')}), or absent to write to \`extensions\``, field)
  }

  for (const key of ['headings', 'headingPrefixes'] as const) {
    const words = detector[key]
    if (words !== undefined && !(Array.isArray(words) && words.every((word) => typeof word === 'string' && word.trim() !== ''))) {
      fail(key, 'a list of non-empty strings', words)
    }
  }

  for (const hook of hooks) {
    if (detector[hook] !== undefined && typeof detector[hook] !== 'function') fail(hook, 'a function', detector[hook])
  }

  const leading = detector['takesLeadingLines']
  if (leading !== undefined && typeof leading !== 'boolean') fail('takesLeadingLines', 'a boolean', leading)
  const needsHeading = detector['needsHeading']
  if (needsHeading !== undefined && typeof needsHeading !== 'boolean') fail('needsHeading', 'a boolean', needsHeading)

  const schema = detector['schema']
  if (schema !== undefined) {
    const standard = isRecord(schema) ? schema['~standard'] : undefined
    if (!isRecord(standard) || typeof standard['validate'] !== 'function') {
      fail('schema', 'a zod schema (such as `z.object({…})`)', schema)
    }
  }

  checkedDetectors.add(detector)
  return detector as unknown as Detector
}

/**
 * Check a detector list (remembered per list): each detector, and that no
 * two share an id.
 *
 * @throws {DetectorError}
 *   Naming the first bad detector and the property.
 */
export function checkDetectors(detectors: readonly Detector[]): readonly Detector[] {
  if (checkedLists.has(detectors)) return detectors
  if (!Array.isArray(detectors)) {
    throw new DetectorError(`Invalid detectors: expected a list, got ${describe(detectors)}`, '(list)', 'detectors')
  }

  const ids = new Map<string, number>()
  for (const [index, detector] of detectors.entries()) {
    checkDetector(detector, index)
    const first = ids.get(detector.id)
    if (first !== undefined) {
      throw new DetectorError(
        `Invalid detector \`${detector.id}\` (#${index} in the list): \`id\` must be unique, but #${first} has it too; use \`combineDetectors\` to replace a detector by id`,
        detector.id,
        'id'
      )
    }

    ids.set(detector.id, index)
  }

  checkedLists.add(detectors)
  return detectors
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value)
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`
  return typeof value
}
