import type {Detector} from '../sections/detector.js'

/**
 * What the profession is about: the prose between the title and the first
 * section, or a section headed "Description".
 */
export const description: Detector<string> = {
  id: 'description',
  description: 'Description of the profession',
  field: 'description',
  takesLeadingLines: true,
  extract(section, context) {
    const parts: string[] = []
    for (const block of section.blocks) {
      if (block.kind !== 'line' && block.kind !== 'item') continue
      if (parts.length === 0) context.locate([], block.position)
      else parts.push(block.gap === 0 ? ' ' : '\n\n')
      parts.push(block.text)
    }

    return parts.length > 0 ? parts.join('') : undefined
  },
  fromFrontMatter(frontMatter, context) {
    const value = frontMatter.data['description']
    if (typeof value !== 'string' || !value.trim()) return undefined
    const position = frontMatter.positions['description']
    if (position) context.locate([], position)
    return value.trim()
  }
}
