import type {Root} from 'mdast'
import {frontmatterToMarkdown} from 'mdast-util-frontmatter'
import {toMarkdown, type Options} from 'mdast-util-to-markdown'

/**
 * How the canonical form is spelled: `-` bullets, `**strong**`, one space
 * after a bullet (continuation paragraphs indented by two), ATX headings.
 */
const options: Options = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  listItemIndent: 'one',
  rule: '-',
  fences: true,
  setext: false,
  extensions: [frontmatterToMarkdown(['yaml'])]
}

/** Serialise an mdast tree with mdast-util-to-markdown: Markdown escapes are its job. */
export function serialize(tree: Root): string {
  return toMarkdown(tree, options)
}
