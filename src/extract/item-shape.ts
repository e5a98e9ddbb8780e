import {skillScore} from '../language/shape.js'
import type {CollectedItem} from './items.js'

/**
 * Log-odds that an item is a skill rather than knowledge (see `skillScore`),
 * computed once per item: knowledge and skills both score every heading-less
 * item.
 */
export function itemSkillScore(item: CollectedItem): number {
  item.skillScore ??= skillScore(item.name, item.description)
  return item.skillScore
}
