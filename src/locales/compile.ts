import {hollandTypes, type HollandType} from '../model/riasec.js'
import type {LocalePack} from './locale.js'

/**
 * A locale pack in the form the parser reads it: lookups built once per
 * pack, never per document or per block.
 */
export interface CompiledLocale {
  readonly pack: LocalePack
  /** How ` & ` in a heading is read: the first conjunction, or `&` when there is none. */
  readonly and: string
  /** The conjunctions, lower case. */
  readonly conjunctions: readonly string[]
  /** Holland type names, lower case, to the canonical type: the pack's names, then the canonical ones. */
  readonly holland: ReadonlyMap<string, HollandType>
  /** How messages name each type: its first name in the pack. */
  readonly hollandNames: Readonly<Record<HollandType, string>>
  /** Every accepted spelling with its type, lower case (for suggestions). */
  readonly hollandSpellings: ReadonlyArray<{spelling: string; type: HollandType}>
  /** One case-insensitive alternation of the boilerplate phrases; `undefined` without phrases. */
  readonly boilerplate: RegExp | undefined
}

const cache = new WeakMap<LocalePack, CompiledLocale>()
// Documents of one run share a pack: one comparison instead of a WeakMap look-up.
let lastPack: LocalePack | undefined
let lastCompiled: CompiledLocale | undefined

/**
 * The compiled form of a pack, made once per pack object.
 *
 * @param pack
 *   A checked pack (see `checkLocale`).
 */
export function compileLocale(pack: LocalePack): CompiledLocale {
  if (pack === lastPack) return lastCompiled!
  let compiled = cache.get(pack)
  if (!compiled) {
    compiled = compile(pack)
    cache.set(pack, compiled)
  }

  lastPack = pack
  lastCompiled = compiled
  return compiled
}

function compile(pack: LocalePack): CompiledLocale {
  const holland = new Map<string, HollandType>()
  const hollandSpellings: Array<{spelling: string; type: HollandType}> = []
  const hollandNames = {} as Record<HollandType, string>
  for (const type of hollandTypes) {
    const names = pack.hollandTypes[type]
    hollandNames[type] = names[0]!.trim()
    // The canonical names, which the model holds, are read in every locale.
    for (const name of [...names, type]) {
      const spelling = name.trim().toLowerCase()
      if (holland.has(spelling)) continue
      holland.set(spelling, type)
      hollandSpellings.push({spelling, type})
    }
  }

  const conjunctions = (pack.conjunctions ?? []).map((word) => word.trim().toLowerCase())
  const phrases = pack.boilerplate ?? []
  // No nested quantifier: linear in the line.
  const boilerplate =
    phrases.length === 0
      ? undefined
      : new RegExp(phrases.map((phrase) => escape(phrase.trim()).replace(/\s+/g, '\\s+')).join('|'), 'i')

  return {
    pack,
    and: conjunctions[0] ?? '&',
    conjunctions,
    holland,
    hollandNames,
    hollandSpellings,
    boilerplate
  }
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
