import {defineDetector} from 'profession-parser'
import {z} from 'zod'

/** ISO 4217 codes of the currency symbols a range may start with. */
const currencies = {'€': 'EUR', $: 'USD', '£': 'GBP'}

/**
 * "€2,500 – €3,800 per month": a currency symbol, two amounts (commas
 * group thousands) joined by a dash or "to", and a period.
 */
const range =
  /([€$£])\s*(\d[\d,]*(?:\.\d+)?)\s*(?:–|—|-|to)\s*[€$£]?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:per|a|an|\/)\s*(hour|day|week|month|year)\b/i

/** A "Salary" section: its first salary range, as `{currency, min, max, period}`. */
export const salary = defineDetector({
  id: 'salary',
  description: 'Salary range',
  headings: ['salary', 'salary range', 'pay'],
  schema: z
    .object({
      currency: z.enum(['EUR', 'USD', 'GBP']),
      min: z.number().nonnegative(),
      max: z.number().nonnegative(),
      period: z.enum(['hour', 'day', 'week', 'month', 'year'])
    })
    .refine((value) => value.min <= value.max, {message: 'min must not exceed max', path: ['max']}),
  extract(section, context) {
    for (const block of section.blocks) {
      const match = range.exec(block.text)
      if (!match) continue
      context.locate([], block.position)
      return {
        currency: currencies[match[1]],
        min: amount(match[2]),
        max: amount(match[3]),
        period: match[4].toLowerCase()
      }
    }

    context.report.add({
      ruleId: 'salary',
      source: 'salary-plugin',
      severity: 'warning',
      reason: 'Unexpected salary section without a range, expected one such as “€2,500 – €3,800 per month”',
      place: section.heading?.position
    })
    return undefined
  }
})

/** "2,500" → 2500. */
function amount(text) {
  return Number(text.replaceAll(',', ''))
}

export default salary
