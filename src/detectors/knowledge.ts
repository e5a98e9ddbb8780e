import {extractEssentialItems} from '../extract/essential.js'
import {itemSkillScore} from '../extract/item-shape.js'
import type {EssentialItem} from '../model/profession.js'
import type {Detector} from '../sections/detector.js'

/**
 * Essential knowledge: items named by noun phrases ("Tax legislation"),
 * usually with a description. On copy-pasted pages the heading is often
 * lost; the first heading-less item group after the personality types is
 * knowledge when its items read as noun phrases.
 */
export const knowledge: Detector<EssentialItem[]> = {
  id: 'knowledge',
  description: 'Essential knowledge',
  field: 'knowledge',
  scoreItem(item) {
    return -itemSkillScore(item)
  },
  extract: extractEssentialItems
}
