import type {Root} from 'mdast'
// For its types only: the `settings`, `micromarkExtensions` and `fromMarkdownExtensions` of a processor's data.
import type {} from 'remark-parse'
import type {Plugin, Processor} from 'unified'
import {fromMarkdown as untypedFromMarkdown} from './from-markdown.js'

/** What `markdownParser` hands the copy of mdast-util-from-markdown. */
interface FromMarkdownOptions {
  extensions: unknown[]
  mdastExtensions: unknown[]
}

const fromMarkdown = untypedFromMarkdown as unknown as (value: string, options: FromMarkdownOptions) => Root

/**
 * remark-parse, on this package's copy of mdast-util-from-markdown (see
 * `from-markdown.ts` for why): the processor parses Markdown into mdast with
 * the micromark and mdast extensions that plugins such as remark-frontmatter
 * registered on its data, as remark-parse does.
 */
export const markdownParser: Plugin<[], string, Root> = function (this: Processor) {
  // Read when parsing, not now: plugins used after this one register their extensions then.
  const processor = this
  this.parser = (document: string) =>
    fromMarkdown(document, {
      ...processor.data('settings'),
      extensions: processor.data('micromarkExtensions') ?? [],
      mdastExtensions: processor.data('fromMarkdownExtensions') ?? []
    })
}
