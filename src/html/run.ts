import type {Emphasis, PhrasingContent, Strong, Text} from 'mdast'
import type {Position} from 'unist'
import type {VirtualText} from './virtual-text.js'

/** Phrasing content of one paragraph or heading, and where it is. */
export interface RunContent {
  children: PhrasingContent[]
  position: Position
}

interface Wrapper {
  type: 'strong' | 'emphasis'
  /** Made when the first character inside arrives, so empty wrappers never exist. */
  node: Strong | Emphasis | undefined
}

/**
 * Inline content being collected into one paragraph (or heading), written
 * to the virtual text as it comes. Whitespace collapses as a browser renders
 * it: runs become one space, none at the start or end, none around a
 * `<br>`; `<b>`/`<strong>` and `<i>`/`<em>` become mdast strong and emphasis,
 * so `<li><strong>Name</strong> …` reads as `**Name** …` does.
 */
export class Run {
  private children: PhrasingContent[] | undefined
  private start: Position['start'] | undefined
  private readonly wrappers: Wrapper[] = []
  /** Source offset of a space owed before the next character (-1: none). */
  private space = -1
  /** `<br>`s owed before the next character, with the source offset of the first. */
  private breaks = 0
  private breakSource = 0
  /** Inside `<pre>`: whitespace is kept, line feeds break lines. */
  preformatted = 0

  constructor(private readonly text: VirtualText) {}

  /** Whether the paragraph has content yet. */
  get open(): boolean {
    return this.children !== undefined
  }

  /** Open `<strong>`/`<em>`. */
  enter(type: Wrapper['type']): void {
    this.wrappers.push({type, node: undefined})
  }

  /** Close the innermost wrapper. */
  exit(): void {
    this.wrappers.pop()
  }

  /** A `<br>`. */
  lineBreak(source: number): void {
    if (!this.children) return
    if (this.breaks === 0) this.breakSource = source
    this.breaks++
    this.space = -1
  }

  /**
   * Text of a text node.
   *
   * @param offsets
   *   Source offset of each character of `value`.
   */
  add(value: string, offsets: (index: number) => number | undefined): void {
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      if (code === 10 && this.preformatted > 0) {
        this.lineBreak(offsets(index) ?? 0)
      } else if (isWhitespace(code) && this.preformatted === 0) {
        if (this.children && this.breaks === 0 && this.space === -1) this.space = offsets(index) ?? 0
      } else {
        const pair = code >= 0xd8_00 && code <= 0xdb_ff && index + 1 < value.length
        const next = index + (pair ? 2 : 1)
        // Where the next character starts is where this one ends in the source (after `;` for `&#39;`).
        this.character(pair ? value.slice(index, next) : value[index]!, offsets(index), offsets(next))
        index = next - 1
      }
    }
  }

  /** End the paragraph: its content, or `undefined` when it had none. */
  close(): RunContent | undefined {
    const children = this.children
    const start = this.start
    this.children = undefined
    this.start = undefined
    this.space = -1
    this.breaks = 0
    for (const wrapper of this.wrappers) wrapper.node = undefined
    if (!children || !start) return undefined
    return {children, position: {start, end: this.text.here()}}
  }

  private character(value: string, source: number | undefined, sourceEnd: number | undefined): void {
    if (!this.children) {
      this.children = []
      this.start = this.text.begin()
    }

    if (this.breaks > 0) {
      for (let count = 0; count < this.breaks; count++) this.append(this.parent(false), '\n', this.breakSource)
      this.breaks = 0
    } else if (this.space !== -1) {
      // The space goes before any wrapper that opens at this character.
      this.append(this.parent(false), ' ', this.space)
    }

    this.space = -1
    this.append(this.parent(true), value, source, sourceEnd)
  }

  /** The innermost node to append to; with `open`, wrappers still owed are made first. */
  private parent(open: boolean): PhrasingContent[] {
    let children = this.children!
    for (const wrapper of this.wrappers) {
      let node = wrapper.node
      if (!node) {
        if (!open) return children
        const point = this.text.begin()
        const position = {start: point, end: point}
        node = wrapper.type === 'strong' ? {type: 'strong', children: [], position} : {type: 'emphasis', children: [], position}
        wrapper.node = node
        children.push(node)
      }

      children = node.children
    }

    return children
  }

  private append(children: PhrasingContent[], value: string, source: number | undefined, sourceEnd?: number | undefined): void {
    let last = children.at(-1)
    if (last?.type !== 'text') {
      const point = this.text.begin()
      last = {type: 'text', value: '', position: {start: point, end: point}} satisfies Text
      children.push(last)
    }

    this.text.write(value, source, sourceEnd)
    last.value += value
    const end = this.text.here()
    last.position!.end = end
    for (const wrapper of this.wrappers) if (wrapper.node) wrapper.node.position!.end = end
  }
}

/** HTML's collapsible whitespace: space, tab, line feed, form feed, carriage return. */
function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13
}
