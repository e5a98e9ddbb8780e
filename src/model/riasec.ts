/*
 * The Holland (RIASEC) types as plain data, free of zod, so the parsing
 * pipeline does not load the schema library (start-up time matters for the
 * CLI). `holland.ts` builds the schema from this list.
 */

/**
 * The six Holland (RIASEC) personality types, in RIASEC order.
 */
export const hollandTypes = [
  'Realistic',
  'Investigative',
  'Artistic',
  'Social',
  'Enterprising',
  'Conventional'
] as const

/** One of the six Holland (RIASEC) personality type names. */
export type HollandType = (typeof hollandTypes)[number]

/**
 * Look up a Holland type by its name or initial, case-insensitively.
 *
 * @param word
 *   A type name (`"artistic"`) or its initial (`"A"`).
 * @returns
 *   The canonical name, or `undefined` when `word` is not a Holland type.
 */
export function hollandType(word: string): HollandType | undefined {
  const key = word.trim().toLowerCase()
  if (key.length === 1) {
    return hollandTypes.find((type) => type[0]!.toLowerCase() === key)
  }

  return hollandTypes.find((type) => type.toLowerCase() === key)
}

/**
 * The letter code of a list of Holland types: their initials in the order given.
 *
 * @example
 *   hollandCode(['Enterprising', 'Artistic']) // => 'EA'
 */
export function hollandCode(types: readonly HollandType[]): string {
  return types.map((type) => type[0]).join('')
}
