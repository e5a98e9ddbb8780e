/**
 * Layout facts the loose-text tokenizer keeps on the mdast nodes it makes.
 * Markdown trees get the same fields from `markdown/parse-markdown.ts`, so
 * later stages read one shape whatever the input format.
 */
declare module 'mdast' {
  interface ParagraphData {
    /** Blank lines between this node and the previous content line. */
    blankLinesBefore?: number | undefined
    /** Width of the indentation before the first line (tab = to next multiple of 4). */
    indent?: number | undefined
  }

  interface ListItemData {
    /** Blank lines between this item and the previous content line. */
    blankLinesBefore?: number | undefined
    /** Width of the indentation before the bullet. */
    indent?: number | undefined
    /** The bullet as written: `•`, `-`, `*`, `·`, `▪`, `◦`, `–`, `1.`… */
    marker?: string | undefined
  }

  interface ListData {
    /** Blank lines between this list and the previous content line. */
    blankLinesBefore?: number | undefined
  }

  interface HeadingData {
    /** Blank lines between this heading and the previous content line. */
    blankLinesBefore?: number | undefined
  }
}

export {}
