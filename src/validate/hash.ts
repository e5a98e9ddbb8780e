/**
 * FNV-1a, 32 bits, as 8 hex digits: a small, stable, dependency-free hash
 * for fingerprints (not for security).
 *
 * @param value
 *   Text to hash (UTF-16 code units).
 */
export function fnv1a(value: string): string {
  let hash = 0x81_1c_9d_c5
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index)
    hash = Math.imul(hash, 0x01_00_01_93)
  }

  return (hash >>> 0).toString(16).padStart(8, '0')
}
