import type {Point} from 'unist'
import {normalizeKey} from '../../extract/text.js'
import {builtinRule} from '../rule.js'
import type {Subject} from '../subject.js'

/**
 * `title-mismatch`: a Markdown profile whose front matter `title:` (or
 * `name:`) names a different profession than its `#` heading. The heading
 * wins when parsing, so the front matter is probably stale. Reported at the
 * heading, with the front matter value as `cause`.
 */
export const titleMismatch = builtinRule({
  id: 'title-mismatch',
  description: 'A front matter title that disagrees with the heading',
  severity: 'warn',
  tags: ['content'],
  inputs: ['document'],
  defaults: {},
  check(context) {
    const data = context.frontMatter
    const heading = context.sections?.find((section) => section.detector === 'title' && !section.inferred)
    if (!data || !heading?.heading) return
    const key = typeof data['title'] === 'string' ? 'title' : typeof data['name'] === 'string' ? 'name' : undefined
    if (!key) return
    const declared = String(data[key])
    if (comparable(declared) === comparable(context.profession.title)) return
    context.report({
      reason: `Unexpected title \`${context.profession.title}\` in the heading, expected \`${declared.trim()}\` as in the front matter`,
      place: context.positions['/title'] ?? heading.position,
      cause: {reason: `Front matter \`${key}\` here`, place: frontMatterKey(context, key)},
      actual: context.profession.title,
      expected: [declared.trim()]
    })
  }
})

/** Case, spacing, punctuation and a "Profession" prefix aside. */
function comparable(value: string): string {
  const key = normalizeKey(value)
  return key.startsWith('profession ') ? key.slice(11) : key
}

/** The value of a top-level `key:` line in the front matter that opens the text. */
function frontMatterKey(subject: Subject, key: string): Point | undefined {
  const {lines} = subject
  if (!lines) return undefined
  for (let line = 2; line < 200; line++) {
    const text = lines.line(line)
    if (text === '---' || text === '...') return undefined
    const match = new RegExp(`^${key}\\s*:\\s*`).exec(text)
    if (match) return {line, column: match[0].length + 1}
  }

  return undefined
}
