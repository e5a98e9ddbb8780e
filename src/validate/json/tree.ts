import type {Point, Position} from 'unist'
import {lineIndex, type LineIndex} from '../lines.js'

/** JSON read with the place of every value and key. */
export interface JsonTree {
  /** The value, as `JSON.parse` gives it. */
  value: unknown
  /** Where each value is, by JSON Pointer (`""` is the root). */
  values: Record<string, Position>
  /** Where each object key is, by the JSON Pointer of its value. */
  keys: Record<string, Position>
}

/** JSON that does not parse: why, and where. */
export interface JsonSyntaxError {
  reason: string
  place: Point
}

/**
 * Read JSON, recording the position of every value and key by JSON Pointer,
 * so schema problems can be reported where they are written. A small
 * recursive-descent reader (linear, no regexes); strings and numbers are
 * decoded by `JSON.parse` on their own slice.
 *
 * @param text
 *   The JSON text (a byte order mark is skipped).
 * @returns
 *   The tree, or the first syntax error.
 */
export function parseJsonTree(text: string): JsonTree | JsonSyntaxError {
  const lines = lineIndex(text)
  const reader = new Reader(text, lines)
  try {
    reader.skipSpace()
    const value = reader.value('')
    reader.skipSpace()
    if (reader.at < text.length) reader.fail('end of input')
    return {value, values: reader.values, keys: reader.keys}
  } catch (error) {
    if (error instanceof SyntaxFailure) return {reason: error.message, place: lines.point(error.at)}
    throw error
  }
}

class SyntaxFailure extends Error {
  constructor(
    message: string,
    readonly at: number
  ) {
    super(message)
  }
}

/**
 * How deeply arrays and objects may nest: the reader recurses once per level,
 * and a converted profile is four levels deep.
 */
export const maxJsonDepth = 1000

class Reader {
  at: number
  /** Arrays and objects open around the current value. */
  depth = 0
  readonly values: Record<string, Position> = Object.create(null) as Record<string, Position>
  readonly keys: Record<string, Position> = Object.create(null) as Record<string, Position>

  constructor(
    readonly text: string,
    readonly lines: LineIndex
  ) {
    this.at = text.charCodeAt(0) === 0xfe_ff ? 1 : 0
  }

  value(pointer: string): unknown {
    const start = this.at
    const code = this.text.charCodeAt(this.at)
    let value: unknown
    if ((code === 123 /* { */ || code === 91) /* [ */ && this.depth === maxJsonDepth) {
      this.fail(`at most ${maxJsonDepth} levels`, start, `\`${this.text[start]!}\` nested ${maxJsonDepth + 1} levels deep`)
    }

    this.depth++
    if (code === 123) value = this.object(pointer)
    else if (code === 91) value = this.array(pointer)
    else if (code === 34 /* " */) value = this.string()
    else if (code === 45 /* - */ || (code >= 48 && code <= 57)) value = this.number()
    else value = this.literal()
    this.depth--
    this.values[pointer] = this.position(start, this.at)
    return value
  }

  object(pointer: string): Record<string, unknown> {
    const result = Object.create(null) as Record<string, unknown>
    this.at++
    this.skipSpace()
    if (this.eat(125 /* } */)) return {...result}
    for (;;) {
      this.skipSpace()
      if (this.text.charCodeAt(this.at) !== 34) this.fail('a key in double quotes')
      const keyStart = this.at
      const key = this.string()
      const child = pointer + '/' + key.replace(/~/g, '~0').replace(/\//g, '~1')
      this.keys[child] = this.position(keyStart, this.at)
      this.skipSpace()
      if (!this.eat(58 /* : */)) this.fail('`:` after the key')
      this.skipSpace()
      result[key] = this.value(child)
      this.skipSpace()
      if (this.eat(125)) return {...result}
      if (!this.eat(44 /* , */)) this.fail('`,` or `}`')
    }
  }

  array(pointer: string): unknown[] {
    const result: unknown[] = []
    this.at++
    this.skipSpace()
    if (this.eat(93 /* ] */)) return result
    for (;;) {
      this.skipSpace()
      result.push(this.value(pointer + '/' + result.length))
      this.skipSpace()
      if (this.eat(93)) return result
      if (!this.eat(44)) this.fail('`,` or `]`')
    }
  }

  string(): string {
    const start = this.at
    this.at++
    for (;;) {
      const code = this.text.charCodeAt(this.at)
      if (Number.isNaN(code) || code === 10) this.fail('a closing `"`', start, 'unclosed string')
      this.at++
      if (code === 92 /* \ */) this.at++
      else if (code === 34) break
    }

    return this.decode(start) as string
  }

  number(): number {
    const start = this.at
    while (this.at < this.text.length && '+-0123456789.eE'.includes(this.text[this.at]!)) this.at++
    return this.decode(start) as number
  }

  literal(): boolean | null {
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length
        return value
      }
    }

    return this.fail('a value')
  }

  decode(start: number): unknown {
    try {
      return JSON.parse(this.text.slice(start, this.at))
    } catch {
      return this.fail('a valid ' + (this.text.charCodeAt(start) === 34 ? 'string' : 'number'), start)
    }
  }

  skipSpace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.at)
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return
      this.at++
    }
  }

  eat(code: number): boolean {
    if (this.text.charCodeAt(this.at) !== code) return false
    this.at++
    return true
  }

  fail(expected: string, at = this.at, what?: string): never {
    const found = this.text.slice(at, at + 1)
    const actual = what ?? (found === '' ? 'end of input' : found === '\n' ? 'line break' : `\`${found}\``)
    throw new SyntaxFailure(`Unexpected ${actual} in JSON, expected ${expected}`, at)
  }

  position(start: number, end: number): Position {
    return {start: this.lines.point(start), end: this.lines.point(end)}
  }
}
