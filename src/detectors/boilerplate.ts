import type {Detector} from '../sections/detector.js'

/**
 * Phrases of the promotional lines careers sites put between sections
 * ("Would you like to know what kind of career and professions suit you
 * best? Take our free Holland code career test and find out.").
 */
const phrases = [
  'would you like to know what kind of career',
  'take our free',
  'take the free',
  'holland code career test',
  'free career test',
  'free personality test',
  'find out which career suits you',
  'find out which profession suits you'
]

/** One case-insensitive alternation of the phrases (no nested quantifier: linear). */
const pattern = new RegExp(phrases.map((phrase) => phrase.replace(/ /g, '\\s+')).join('|'), 'i')

/**
 * Promotional lines: dropped wherever they appear, reported as info.
 */
export const boilerplate: Detector<never> = {
  id: 'boilerplate',
  description: 'Promotional boilerplate',
  isNoise(block) {
    if (block.kind !== 'line' || block.text.length > 400) return false
    return pattern.test(block.text)
  }
}
