import type {z} from 'zod'
import {locateIn} from '../locate.js'
import {builtinRule} from '../rule.js'
import {professionStrings} from '../strings.js'

const options = (zod: typeof z) =>
  zod.strictObject({
    words: zod
      .array(zod.string().min(1))
      .optional()
      .describe('Words and phrases that mark unfinished text, matched as whole words, case aside'),
    ellipsis: zod.boolean().optional().describe('Whether `…` and `...` count as placeholders (default: true)')
  })

/** Options of `placeholder-text`. */
export type PlaceholderTextOptions = Required<z.infer<ReturnType<typeof options>>>

/**
 * `placeholder-text`: unfinished text in any value — `TODO`, `TBD`,
 * `FIXME`, `XXX`, lorem ipsum, or an ellipsis where text was cut. Reported
 * at the placeholder itself.
 */
export const placeholderText = builtinRule<PlaceholderTextOptions>({
  id: 'placeholder-text',
  description: 'Placeholder text such as TODO, lorem ipsum or “…”',
  severity: 'error',
  tags: ['content'],
  inputs: ['document', 'json'],
  defaults: {words: ['TODO', 'TBD', 'FIXME', 'XXX', 'lorem ipsum'], ellipsis: true},
  options,
  check(context) {
    const patterns = placeholderPatterns(context.options)
    if (!patterns) return
    const {pattern, quick} = patterns
    for (const {pointer, value, label} of professionStrings(context.profession)) {
      if (!quick.test(value)) continue
      pattern.lastIndex = 0
      const counts = new Map<string, number>()
      for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
        const found = match[0]
        const key = found.toLowerCase()
        const occurrence = counts.get(key) ?? 0
        counts.set(key, occurrence + 1)
        context.report({
          reason: `Unexpected placeholder \`${found}\` in ${label}, expected finished text`,
          place: locateIn(context, pointer, found, occurrence),
          actual: found
        })
      }
    }
  }
})

const cache = new Map<string, {pattern: RegExp; quick: RegExp} | undefined>()

/**
 * One alternation of the words (escaped, whole words) and the ellipses, no
 * backtracking; and a cheaper one without the word-boundary checks that
 * most values fail, so the exact one runs only on candidates. Built once
 * per set of options.
 */
function placeholderPatterns(options: PlaceholderTextOptions): {pattern: RegExp; quick: RegExp} | undefined {
  const key = JSON.stringify([options.words, options.ellipsis])
  if (cache.has(key)) return cache.get(key)
  const words = options.words.map((word) => escape(word).replace(/ +/g, String.raw`\s+`))
  const ellipses = options.ellipsis ? ['…', String.raw`\.{3,}`] : []
  const exact = [
    ...words.map((word) => String.raw`(?<![\p{L}\p{N}_])` + word + String.raw`(?![\p{L}\p{N}_])`),
    ...ellipses
  ]
  const patterns =
    exact.length === 0
      ? undefined
      : {pattern: new RegExp(exact.join('|'), 'giu'), quick: new RegExp([...words, ...ellipses].join('|'), 'i')}
  cache.set(key, patterns)
  return patterns
}

function escape(value: string): string {
  return value.replace(/[$()*+.?[\\\]^{|}]/g, String.raw`\$&`)
}
