/**
 * The bench's closing table: one row per figure, with what it is compared
 * to, the ratio, the goal, and whether the goal is met.
 */

/** A row: `measure`, `value`, `reference`, `ratio`, `goal`, `met` (true, false or undefined). */
export function row(measure, value, reference = '', ratio = '', goal = '', met = undefined) {
  return {measure, value, reference, ratio, goal, met}
}

/** Milliseconds, readable. */
export function ms(value) {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`
}

/** Bytes as MiB. */
export function mib(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`
}

/** A rate. */
export function perSecond(value, unit = 'docs/s') {
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${unit}`
}

/** A ratio. */
export function times(value) {
  return `${value.toFixed(2)}x`
}

/** The rows as an aligned plain-text table. */
export function formatTable(rows) {
  const header = row('measure', 'value', 'against', 'ratio', 'goal')
  const cells = (entry) => [
    entry.measure,
    entry.value,
    entry.reference,
    entry.ratio,
    entry.goal,
    entry === header ? 'met' : entry.met === undefined ? '' : entry.met ? 'yes' : 'NO'
  ]
  const all = [header, ...rows].map(cells)
  const widths = all[0].map((_, column) => Math.max(...all.map((line) => line[column].length)))
  const lines = all.map((line) => line.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd())
  lines.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '))
  return lines.join('\n')
}
