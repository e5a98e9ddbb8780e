import {z} from 'zod'
import {hollandTypes} from './riasec.js'

/** One of the six Holland (RIASEC) personality type names. */
export const HollandTypeSchema = z
  .enum(hollandTypes)
  .describe('One of the six Holland (RIASEC) personality types')
