import {extractEssentialItems} from '../extract/essential.js'
import {itemSkillScore} from '../extract/item-shape.js'
import type {EssentialItem} from '../model/profession.js'
import type {Detector} from '../sections/detector.js'

/**
 * Essential skills: items named by verb phrases ("Manage budgets"), usually
 * with a description. On copy-pasted pages the heading is often lost; the
 * item group after the knowledge group (past a double blank line) is skills.
 */
export const skills: Detector<EssentialItem[]> = {
  id: 'skills',
  description: 'Essential skills',
  field: 'skills',
  scoreItem(item) {
    return itemSkillScore(item)
  },
  extract: extractEssentialItems
}
