import type {z} from 'zod'
import {builtinRule} from '../rule.js'

const options = (zod: typeof z) =>
  zod.strictObject({
    minimum: zod
      .number()
      .min(0.5)
      .max(1)
      .optional()
      .describe('Lowest acceptable mean confidence of the labels, 0.5–1 (default: 0.7)')
  })

/** Options of `uncertain-segmentation`. */
export type UncertainSegmentationOptions = Required<z.infer<ReturnType<typeof options>>>

const prefix = '/optionalSkills/'

/**
 * `uncertain-segmentation`: a run-on optional list ("Optional knowledge and
 * skills" as one line of labels without separators) that the parser split
 * with a low mean confidence (`result.confidence`). Reported once per list,
 * at its start, with the least sure labels in `note`.
 */
export const uncertainSegmentation = builtinRule<UncertainSegmentationOptions>({
  id: 'uncertain-segmentation',
  description: 'A run-on optional list split with low confidence',
  severity: 'warn',
  tags: ['content'],
  inputs: ['document'],
  defaults: {minimum: 0.7},
  options,
  check(context) {
    const rated: Array<{index: number; confidence: number}> = []
    for (const [pointer, confidence] of Object.entries(context.confidence)) {
      if (pointer.startsWith(prefix)) rated.push({index: Number(pointer.slice(prefix.length)), confidence})
    }

    if (rated.length === 0) return
    const mean = rated.reduce((sum, entry) => sum + entry.confidence, 0) / rated.length
    if (mean >= context.options.minimum) return
    // Not `Math.min(...list)`: spreading 100,000 arguments or more overflows the stack.
    const first = rated.reduce((least, entry) => Math.min(least, entry.index), Number.POSITIVE_INFINITY)
    const least = [...rated]
      .sort((a, b) => a.confidence - b.confidence || a.index - b.index)
      .slice(0, 5)
      .map(({index, confidence}) => `\`${context.profession.optionalSkills[index]?.name ?? '?'}\` (${confidence.toFixed(2)})`)
    context.report({
      reason: `Unexpected uncertain split of the optional list (mean confidence ${mean.toFixed(2)}, below ${context.options.minimum}), expected labels separated by commas, semicolons or line breaks`,
      place: context.positions[prefix + first],
      note: `Least sure labels: ${least.join(', ')}. Check them, or separate the labels in the document, or pass a lexicon.`
    })
  }
})
