import type {Element, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import type {Point} from 'unist'
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
    const tree = processor.parse(text)
    const deep = tooDeep(tree)
    if (deep) {
      refuse(report, deep.position?.start)
      return []
    }

    page = htmlToMdast(tree, text)
  } catch (error) {
    // hast-util-from-parse5 recurses once per level of nesting, and a thread's
    // stack may not hold `maxHtmlDepth` levels of it.
    if (!(error instanceof RangeError)) throw error
    refuse(report, undefined)
    return []
  }

  const blocks = flatten(page.tree, page.text.value)
  toSource(blocks, page.tree, page.text, text)
  return blocks
}

/**
 * How deeply elements may nest in a page that is read. Past it the page is
 * refused, the same on every thread: deeper pages overflow the stack of
 * some (the main thread of the CLI holds about 1,800 levels, a worker about
 * 7,000), and no page a browser displays sensibly comes near.
 */
export const maxHtmlDepth = 1000

function refuse(report: Report, place: Point | undefined): void {
  report.add({
    ruleId: 'html-too-deep',
    severity: 'error',
    reason: `Unexpected HTML nested more than ${maxHtmlDepth} elements deep, expected a page nested at most ${maxHtmlDepth} elements deep`,
    place
  })
}

/** The first element nested deeper than `maxHtmlDepth`, found without recursion. */
function tooDeep(tree: Root): Element | undefined {
  const stack: Array<{node: Root | Element; depth: number}> = [{node: tree, depth: 0}]
  while (stack.length > 0) {
    const {node, depth} = stack.pop()!
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (depth + 1 > maxHtmlDepth) return child
      stack.push({node: child, depth: depth + 1})
    }
  }

  return undefined
}
