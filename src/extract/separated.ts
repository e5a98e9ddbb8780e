/*
 * Lists written on one line: "Baker; Head baker; Pastry chef", or with
 * commas, middle dots or bullets between the entries.
 */

/** One entry of a line, trimmed, and where it starts in the line. */
export interface LinePart {
  name: string
  offset: number
}

/** The characters `splitOnSeparators` splits on: `,` `;` `|` `·` `•`. */
const separator = /[,;|\u00b7\u2022]/

/** Separators that are never part of a label, unlike commas ("fish, crustaceans and molluscs"): `;` `|` `·` `•`. */
const strongSeparator = /[;|\u00b7\u2022]/

/** Whether `line` has a character `splitOnSeparators` splits on: one native scan. */
export function hasSeparator(line: string): boolean {
  return separator.test(line)
}

/** Whether `line` has a separator other than a comma (`;` `|` `·` `•`). */
export function hasStrongSeparator(line: string): boolean {
  return strongSeparator.test(line)
}

/**
 * Split a line into its entries, dropping empty ones. A line with `;` `|`
 * `·` or `•` is split on those only, so commas stay inside its entries
 * ("Producer, branded & original content; Video producer"); any other line
 * on its commas. Linear in the line.
 */
export function splitOnSeparators(line: string): LinePart[] {
  const commas = !hasStrongSeparator(line)
  const parts: LinePart[] = []
  let start = 0
  for (let index = 0; index <= line.length; index++) {
    const code = index === line.length ? -1 : line.charCodeAt(index)
    if (code === -1 || (code === 44 && commas) || code === 59 || code === 124 || code === 0xb7 || code === 0x20_22) {
      const raw = line.slice(start, index)
      const name = raw.trim()
      if (name) parts.push({name, offset: start + raw.indexOf(name)})
      start = index + 1
    }
  }

  return parts
}
