import type {Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import {stringify} from 'yaml'
import {collapse} from '../extract/text.js'
import type {EssentialItem, Profession} from '../model/profession.js'
import type {Detector} from '../sections/detector.js'
import {descriptionFits, relatedHeading, titleHeading} from './placement.js'

/** The section headings of the canonical form. */
export const canonicalHeadings = {
  personalityTypes: 'Personality type',
  knowledge: 'Knowledge',
  skills: 'Skills',
  optionalSkills: 'Optional knowledge and skills',
  jobTitles: 'Common job titles',
  tasks: 'Tasks'
} as const

/**
 * Build the canonical mdast tree of a profession: `# Title`, the description
 * paragraphs, then one `##` section per field in model order. The five
 * sections of every profile are always written, even when empty, so a
 * section's items are never taken for another's (a lone `## Knowledge` of
 * verb phrases would otherwise be read as skills); tasks and related
 * professions only when the profession has them.
 *
 * Values are written as the parser reads them: whitespace collapsed, and a
 * description split into paragraphs at blank lines.
 */
export function professionToMdast(profession: Profession, detectors: readonly Detector[]): Root {
  const children: RootContent[] = []
  const matter: Record<string, string> = {}
  const title = collapse(profession.title)
  const description = paragraphsOf(profession.description)

  const titleText = title === '' ? undefined : titleHeading(title, detectors)
  if (titleText === undefined) {
    if (title !== '') matter['title'] = title
  } else {
    children.push(heading(1, titleText))
  }

  // Lines before the first section are the description only under a title
  // heading: without one, the first line could be taken for the title.
  if (titleText !== undefined && descriptionFits(description, detectors)) {
    for (const text of description) children.push(paragraph([textNode(text)]))
  } else if (description.length > 0) {
    matter['description'] = description.join('\n\n')
  }

  const types = profession.personalityTypes.map((entry) => entry.types.join(' / '))
  children.push(heading(2, canonicalHeadings.personalityTypes), ...labelList(types))
  children.push(heading(2, canonicalHeadings.knowledge), ...itemList(profession.knowledge))
  children.push(heading(2, canonicalHeadings.skills), ...itemList(profession.skills))
  const optional = profession.optionalSkills.map((item) => item.name)
  children.push(heading(2, canonicalHeadings.optionalSkills), ...labelList(optional))
  children.push(heading(2, canonicalHeadings.jobTitles), ...labelList(profession.jobTitles))

  if (profession.tasks) {
    children.push(heading(2, canonicalHeadings.tasks), ...labelList(profession.tasks))
  }

  const related = profession.relatedProfessions
  if (related) {
    const area = collapse(related.area)
    // No spelling keeps an area with edge punctuation, which the parser
    // trims from every heading; such an area never comes from
    // parsing one, so it is written as is and read the parser's way.
    const text = relatedHeading(area, detectors) ?? ('Related professions ' + area).trim()
    children.push(heading(2, text), ...labelList(related.professions))
  }

  if (Object.keys(matter).length > 0) {
    children.unshift({type: 'yaml', value: stringify(matter, {lineWidth: 0}).trimEnd()})
  }

  return {type: 'root', children}
}

/** `- **Name**: description`, further paragraphs indented under the item. */
function itemList(items: readonly EssentialItem[]): List[] {
  if (items.length === 0) return []
  return [list(items.map((item) => essentialItem(item)))]
}

function essentialItem(item: EssentialItem): ListItem {
  let name = collapse(item.name)
  // The parser drops one colon that ends a bold name (`**C#:** text`).
  if (name.endsWith(':')) name += ':'
  const lead: PhrasingContent = {type: 'strong', children: [textNode(name)]}
  const [first, ...rest] = paragraphsOf(item.description ?? '')
  if (first === undefined) return listItem([paragraph([lead])])
  // The parser strips separators (`:`, `-`, `–`, `—`, `.`) after a bold name,
  // so a description starting with one goes on its own paragraph.
  if (startsWithSeparator(first)) {
    return listItem([paragraph([lead]), ...[first, ...rest].map((text) => paragraph([textNode(text)]))])
  }

  return listItem([
    paragraph([lead, textNode(': ' + first)]),
    ...rest.map((text) => paragraph([textNode(text)]))
  ])
}

/** One item per label: personality types, optional items, job titles, tasks, related professions. */
function labelList(labels: readonly string[]): List[] {
  if (labels.length === 0) return []
  return [list(labels.map((label) => listItem([paragraph([labelContent(collapse(label))])])))]
}

/**
 * A label's content. One that opens with `**` or `__` is wrapped in
 * emphasis: as plain text the parser would read those marks as a bold name
 * (`** **` as an empty one, dropping the item).
 */
function labelContent(label: string): PhrasingContent {
  const text = textNode(label)
  return label.startsWith('**') || label.startsWith('__') ? {type: 'emphasis', children: [text]} : text
}

function list(children: ListItem[]): List {
  return {type: 'list', ordered: false, spread: false, children}
}

function listItem(children: Paragraph[]): ListItem {
  return {type: 'listItem', spread: children.length > 1, children}
}

function heading(depth: Heading['depth'], text: string): Heading {
  return {type: 'heading', depth, children: [textNode(text)]}
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return {type: 'paragraph', children}
}

function textNode(value: string): PhrasingContent {
  return {type: 'text', value}
}

/** A description's paragraphs: split at blank lines, whitespace collapsed, empty ones dropped. */
function paragraphsOf(value: string): string[] {
  return value
    .split(/\n[\t ]*\n/)
    .map((part) => collapse(part))
    .filter((part) => part !== '')
}

function startsWithSeparator(value: string): boolean {
  const code = value.charCodeAt(0)
  return code === 58 || code === 45 || code === 0x20_13 || code === 0x20_14 || code === 46
}
