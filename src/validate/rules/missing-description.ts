import {builtinRule} from '../rule.js'

/**
 * `missing-description`: an essential knowledge or skill item without a
 * description. ESCO itself leaves some items undescribed, so this is a
 * warning in `recommended` and an error only in `strict`.
 */
export const missingDescription = builtinRule({
  id: 'missing-description',
  description: 'An essential knowledge or skill item without a description',
  severity: 'warn',
  tags: ['content'],
  inputs: ['document', 'json'],
  defaults: {},
  check(context) {
    for (const field of ['knowledge', 'skills'] as const) {
      const what = field === 'knowledge' ? 'knowledge item' : 'skill'
      for (const [index, item] of context.profession[field].entries()) {
        if (item.description !== undefined && item.description.trim() !== '') continue
        context.report({
          reason: `Unexpected essential ${what} \`${item.name}\` without a description, expected a description under it`,
          place: context.positions[`/${field}/${index}`]
        })
      }
    }
  }
})
