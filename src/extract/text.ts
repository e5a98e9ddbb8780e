/**
 * Small text helpers shared by the detectors. All linear, none backtracking.
 */

/** Whitespace other than a plain space. */
const otherSpace = /[^\S ]/

/** Collapse runs of whitespace to one space and trim. */
export function collapse(value: string): string {
  // Most values are already clean; native scans tell so without a copy.
  const tidy =
    value.charCodeAt(0) !== 32 &&
    value.charCodeAt(value.length - 1) !== 32 &&
    !value.includes('  ') &&
    !otherSpace.test(value)
  return tidy ? value : value.replace(/\s+/g, ' ').trim()
}

/**
 * `collapse` of a value with no whitespace but spaces (a line of a plain
 * text, see `decodeText`): the same result, without looking for other
 * whitespace.
 */
export function collapseSpaces(value: string): string {
  let at = value.indexOf('  ')
  const tidy = value.charCodeAt(0) !== 32 && value.charCodeAt(value.length - 1) !== 32 && at === -1
  if (tidy) return value
  // Each run of spaces made one by slices: a value has few (a regular expression replacing
  // through the whole value cost several times more on a long line).
  let collapsed = ''
  let from = 0
  while (at !== -1) {
    let end = at + 2
    while (value.charCodeAt(end) === 32) end++
    collapsed += value.slice(from, at + 1)
    from = end
    at = value.indexOf('  ', end)
  }

  return (collapsed + value.slice(from)).trim()
}

/** Comparison key: lower case, whitespace collapsed, surrounding punctuation gone. */
export function normalizeKey(value: string): string {
  return trimPunctuation(collapse(value).toLowerCase())
}

/** Remove emphasis marks, colons and similar punctuation around a value. */
export function trimPunctuation(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && isEdgePunctuation(value.charCodeAt(start))) start++
  while (end > start && isEdgePunctuation(value.charCodeAt(end - 1))) end--
  return value.slice(start, end).trim()
}

function isEdgePunctuation(code: number): boolean {
  return (
    code === 42 /* * */ ||
    code === 95 /* _ */ ||
    code === 58 /* : */ ||
    code === 35 /* # */ ||
    code === 32 ||
    code === 9
  )
}

/** Number of space-separated words. */
export function wordCount(value: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < value.length; index++) {
    const space = value.charCodeAt(index) === 32
    if (!space && !inWord) count++
    inWord = !space
  }

  return count
}

/** Whether a line ends like a sentence (`.`, `!`, `?`, `…`). */
export function endsLikeSentence(value: string): boolean {
  const last = value.charCodeAt(value.length - 1)
  return last === 46 || last === 33 || last === 63 || last === 0x20_26
}

/** Whether a value starts with a lower-case letter ("tasks such as …", "é…"), in any script that has case. */
export function startsLowerCase(value: string): boolean {
  const first = value.charAt(0)
  return first !== first.toUpperCase()
}

/** Whether a value starts with a capital letter ("Bake bread", "Élevage"), in any script that has case. */
export function startsUpperCase(value: string): boolean {
  const first = value.charAt(0)
  return first !== first.toLowerCase()
}

/**
 * Whether a line reads as a label (a heading, an item name, a job title)
 * rather than prose: a few words, no closing full stop.
 */
export function isLabelLike(value: string, maxWords = 12): boolean {
  return (
    value.length > 0 &&
    value.length <= maxWords * 12 &&
    !endsLikeSentence(value) &&
    wordCount(value) <= maxWords
  )
}

/**
 * Split `Name: description` (or `Name – description`) when the part before
 * the separator reads as a label and something follows it.
 */
export function splitNameDescription(
  value: string
): {name: string; description: string; offset: number} | undefined {
  const limit = Math.min(value.length, 120)
  for (let index = 1; index < limit; index++) {
    const code = value.charCodeAt(index)
    let separatorEnd = -1
    if (code === 58 /* : */ && value.charCodeAt(index + 1) === 32) separatorEnd = index + 1
    else if (
      code === 32 &&
      (value.charCodeAt(index + 1) === 0x20_13 || value.charCodeAt(index + 1) === 0x20_14) &&
      value.charCodeAt(index + 2) === 32
    ) {
      separatorEnd = index + 2
    }

    if (separatorEnd === -1) continue
    const name = value.slice(0, index).trim()
    const description = value.slice(separatorEnd).trim()
    if (name && description && isLabelLike(name)) {
      return {name, description, offset: value.length - value.slice(separatorEnd).trimStart().length}
    }

    return undefined
  }

  return undefined
}
