import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {Report} from '../messages/report.js'
import type {Block} from '../sections/block.js'
import {flatten} from '../sections/flatten.js'
import {htmlToMdast} from './to-mdast.js'
import {toSource} from './to-source.js'

const processor = unified().use(rehypeParse).freeze()

/**
 * The HTML front end: parse a saved page with rehype-parse (as a browser
 * would, so broken markup still parses), turn it into the mdast a
 * copy-pasted page gives (see `htmlToMdast`), flatten that into blocks, and
 * point the blocks back into the HTML.
 *
 * @param text
 *   The page, decoded.
 * @param report
 *   Where to report a page that cannot be read.
 * @returns
 *   The page's blocks, positioned in `text`.
 */
export function readHtml(text: string, report: Report): Block[] {
  let page
  try {
    page = htmlToMdast(processor.parse(text), text)
  } catch (error) {
    // hast-util-from-parse5 recurses once per level of nesting.
    if (!(error instanceof RangeError)) throw error
    report.add({
      ruleId: 'html-too-deep',
      severity: 'error',
      reason: 'Unexpected HTML nested too deeply to read, expected a page nested at most a few thousand elements deep'
    })
    return []
  }

  const blocks = flatten(page.tree, page.text.value)
  toSource(blocks, page.tree, page.text, text)
  return blocks
}
