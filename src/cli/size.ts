/**
 * `--max-file-size` by default: 10 MB. A profession profile is a few
 * kilobytes; a document a thousand times that is a mistake (a log, a dump, a
 * binary), and reading it would cost memory for nothing.
 */
export const defaultMaxFileSize = 10_000_000

/**
 * The largest `--max-file-size`: 512 MB. A document must fit in one
 * JavaScript string once decoded, and V8's longest string is about 536
 * million characters.
 */
export const largestMaxFileSize = 512_000_000

/** Bytes per unit: decimal units count in 1000s, binary ones (`KiB`) in 1024s. */
const units: Record<string, number> = {
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3
}

/**
 * A size as typed: a number of bytes (`1048576`), or a number and a unit,
 * `B`, `KB`, `MB`, `GB` (powers of 1000) or `KiB`, `MiB`, `GiB` (powers of
 * 1024), in any case, with or without a space: `10MB`, `512kb`, `1.5 MiB`.
 * A bare `K` or `M` is refused: it does not say which of the two it means.
 *
 * @param text
 *   The size as typed.
 * @returns
 *   Whole bytes (a fraction is rounded down), or `undefined` when the text
 *   is not a size.
 */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text)
  if (!match) return undefined
  const unit = units[(match[2] || 'b').toLowerCase()]
  if (unit === undefined) return undefined
  return Math.floor(Number(match[1]) * unit)
}

/**
 * Bytes as people read them in a message: `10,000,001 bytes`.
 *
 * @param bytes
 *   A number of bytes.
 */
export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} ${bytes === 1 ? 'byte' : 'bytes'}`
}
