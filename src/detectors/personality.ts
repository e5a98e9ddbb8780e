import {mentionsHollandType, readHollandLine} from '../extract/holland.js'
import {compileLocale} from '../locales/compile.js'
import {en} from '../locales/en.js'
import type {LocalePack} from '../locales/locale.js'
import {hollandCode, hollandTypes, type HollandType} from '../model/riasec.js'
import type {PersonalityType} from '../model/profession.js'
import type {Block} from '../sections/block.js'
import type {Detector, ExtractContext} from '../sections/detector.js'
import {partOf} from '../sections/part-of.js'

/**
 * Holland (RIASEC) personality types: one "A / B" line or item per
 * combination, or a letter code ("EA"). The section ends at the first block
 * that is not a personality line (one that names a type but cannot be read
 * stays, and is reported): on pages whose personality section is
 * empty, the knowledge items follow straight after the heading. Type names
 * are read in the document's locale ("Sociaal / Onderzoekend") and written
 * as the canonical English names.
 */
export const personality: Detector<PersonalityType[]> = {
  id: 'personality',
  description: 'Holland personality types',
  field: 'personalityTypes',
  extent(section, context) {
    // Under an authored Markdown heading, everything belongs to the section
    // (a line that is not a type is an error there); on a copy-pasted page the
    // section ends at the first line that is not one, as an empty section is
    // followed straight by the knowledge items.
    if (context.format === 'markdown' && section.heading?.kind === 'heading') {
      return section.blocks.length
    }

    const locale = context.locale ?? en
    const {blocks} = section
    let count = 0
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index]!
      if (!isPersonalityBlock(block, locale) && !isMisreadPersonalityLine(block, blocks[index + 1], locale)) break
      count++
    }

    return count
  },
  extract(section, context) {
    const values: PersonalityType[] = []
    for (const block of section.blocks) {
      const value = readBlock(block.text, block, context)
      if (value) {
        context.locate([values.length], block.position)
        values.push(value)
      }
    }

    return values
  },
  fromFrontMatter(frontMatter, context) {
    const key = ['holland', 'personality', 'personalityTypes', 'riasec'].find(
      (name) => frontMatter.data[name] !== undefined
    )
    if (!key) return undefined
    const raw = frontMatter.data[key]
    const lines = Array.isArray(raw) ? raw : [raw]
    const values: PersonalityType[] = []
    for (const [index, line] of lines.entries()) {
      if (typeof line !== 'string') continue
      const position =
        frontMatter.positions[key + '/' + index] ?? frontMatter.positions[key] ?? frontMatter.position
      const value = readBlock(line, {position}, context)
      if (value) {
        context.locate([values.length], position)
        values.push(value)
      }
    }

    return values
  }
}

function isPersonalityBlock(block: Block, locale: LocalePack): boolean {
  if (block.kind !== 'line' && block.kind !== 'item') return false
  if (block.details.length > 0) return false
  return readHollandLine(block.text, locale) !== undefined
}

/**
 * A line that names a Holland type but does not read as personality types
 * ("Enterprising / Artistic types"), right under the heading or the line
 * before, and alone in its group (a double blank line, a personality line
 * or nothing after it): it stays in the section, to be reported as
 * `unknown-holland-type`, rather than going to the next section.
 */
function isMisreadPersonalityLine(block: Block, next: Block | undefined, locale: LocalePack): boolean {
  if (block.kind !== 'line' && block.kind !== 'item') return false
  if (block.details.length > 0 || block.gap >= 2) return false
  if (next !== undefined && next.gap < 2 && !isPersonalityBlock(next, locale)) return false
  return mentionsHollandType(block.text, locale)
}

/** Read one personality line, reporting words that are not Holland types. */
function readBlock(
  text: string,
  block: Pick<Block, 'position'>,
  context: ExtractContext
): PersonalityType | undefined {
  const line = readHollandLine(text, context.locale)
  const {hollandNames} = compileLocale(context.locale)
  if (!line) {
    context.report.add({
      ruleId: 'unknown-holland-type',
      severity: 'error',
      reason: `Unexpected personality line \`${text}\`, expected Holland types such as \`${hollandNames.Enterprising} / ${hollandNames.Artistic}\` or a code such as \`EA\``,
      place: block.position
    })
    return undefined
  }

  for (const unknown of line.unknown) {
    const suggestion = unknown.suggestion ? hollandNames[unknown.suggestion] : undefined
    context.report.add({
      ruleId: 'unknown-holland-type',
      severity: 'error',
      reason:
        `Unexpected Holland type \`${unknown.word}\`, expected one of ${hollandTypes.map((type) => hollandNames[type]).join(', ')}` +
        (suggestion ? ` (did you mean \`${suggestion}\`?)` : ''),
      place: partOf(block.position, unknown.offset, undefined, {source: context.source, text}).start,
      actual: unknown.word,
      expected: suggestion ? [suggestion] : undefined
    })
  }

  const types: HollandType[] = line.types
  return types.length > 0 ? {code: hollandCode(types), types} : undefined
}
