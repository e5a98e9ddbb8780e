import {compileLocale} from '../locales/compile.js'
import {en} from '../locales/en.js'
import type {Detector} from '../sections/detector.js'

/**
 * Promotional lines careers sites put between sections ("Would you like to
 * know what kind of career and professions suit you best? Take our free
 * Holland code career test and find out."): dropped wherever they appear,
 * reported as info. The phrases are the locale's `boilerplate`.
 */
export const boilerplate: Detector<never> = {
  id: 'boilerplate',
  description: 'Promotional boilerplate',
  isNoise(block, context) {
    if (block.kind !== 'line' || block.text.length > 400) return false
    const pattern = compileLocale(context.locale ?? en).boilerplate
    return pattern !== undefined && pattern.test(block.text)
  }
}
