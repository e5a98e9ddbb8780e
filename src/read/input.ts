/**
 * The document `parse` and `validate` were given, when it is one: a string
 * or bytes. Anything else (`null`, a number, an array from a JavaScript
 * caller) is a mistake in the calling code, not a bad document, and gets a
 * `TypeError` that says what came instead of a failure deep inside.
 *
 * @param input
 *   What the caller passed.
 * @param caller
 *   The function's name, for the message.
 * @throws {TypeError}
 *   When `input` is neither a string nor a `Uint8Array`.
 */
export function checkDocument(input: unknown, caller: string): string | Uint8Array {
  if (typeof input === 'string' || input instanceof Uint8Array) return input
  throw new TypeError(`${caller}: expected the document as a string or a Uint8Array, got ${describe(input)}`)
}

/** `null`, `undefined`, `a number`, `an array`, `an object`, … */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (Array.isArray(value)) return 'an array'
  const type = typeof value
  return (/^[aeiou]/.test(type) ? 'an ' : 'a ') + type
}
