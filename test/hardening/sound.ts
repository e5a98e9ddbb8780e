/*
 * What every result of `parse` and `validate` must be, however hostile the
 * input: plain data, one-line messages placed inside the document, and
 * `Object.prototype` left as it was.
 */
import {expect} from 'vitest'
import type {Point, Position} from 'unist'
import type {VFileMessage} from 'vfile-message'
import type {ParseResult} from '../../src/index.js'

const prototypeKeys = Reflect.ownKeys(Object.prototype)
const prototypeDescriptors = Object.getOwnPropertyDescriptors(Object.prototype)

/** `Object.prototype` has the keys and values it had when this module loaded. */
export function expectPrototypeIntact(): void {
  expect(Reflect.ownKeys(Object.prototype)).toEqual(prototypeKeys)
  for (const key of prototypeKeys) {
    const before = Reflect.getOwnPropertyDescriptor(prototypeDescriptors, key)?.value as PropertyDescriptor
    const now = Object.getOwnPropertyDescriptor(Object.prototype, key)
    expect(now?.value, String(key)).toBe(before.value)
    expect(now?.get, String(key)).toBe(before.get)
    expect(now?.set, String(key)).toBe(before.set)
  }

  expect(Object.getPrototypeOf(Object.prototype)).toBe(null)
  expect(({} as Record<string, unknown>)['polluted']).toBe(undefined)
}

/**
 * The text positions refer to: UTF-8 bytes decoded (invalid ones as U+FFFD),
 * a byte order mark removed. (UTF-16 input is not used by these tests.)
 */
export function decodedText(input: string | Uint8Array): string {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input)
  return text.charCodeAt(0) === 0xfe_ff ? text.slice(1) : text
}

/** Start offsets of the lines of `text`, at LF, CRLF or a lone CR. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }

  return starts
}

/**
 * A check that a point lies inside `text`: its line, its column (up to one
 * past the line's last character) and its offset (which must agree with
 * both). Returns what is wrong, or `undefined`.
 */
export function pointChecker(text: string): (point: Point | undefined) => string | undefined {
  const starts = lineStarts(text)
  return (point) => {
    if (!point) return undefined
    const {line, column, offset} = point
    if (!Number.isInteger(line) || line < 1 || line > starts.length) return `line ${line} of ${starts.length}`
    const start = starts[line - 1]!
    // Where the line ends, before its line ending.
    let end = text.length
    const next = starts[line]
    if (next !== undefined) end = next - (next >= 2 && text.charCodeAt(next - 2) === 13 && text.charCodeAt(next - 1) === 10 ? 2 : 1)
    if (!Number.isInteger(column) || column < 1 || column > end - start + 1) {
      return `column ${column} of line ${line} (${end - start} characters)`
    }

    if (offset !== undefined && offset !== start + column - 1) return `offset ${offset} at ${line}:${column}`
    return undefined
  }
}

function isPosition(place: Point | Position): place is Position {
  return 'start' in place
}

/**
 * What is wrong with the places of messages and value positions: every
 * message must be one line, and placed inside the document (its line,
 * column and offset, start and end); so must every value position.
 */
export function misplaced(
  messages: readonly VFileMessage[],
  positions: Record<string, Position> | undefined,
  text: string
): string[] {
  const check = pointChecker(text)
  const problems: string[] = []
  const note = (what: string, problem: string | undefined) => {
    if (problem) problems.push(`${what}: ${problem}`)
  }

  for (const message of messages) {
    const what = `${message.ruleId} “${message.reason.slice(0, 50)}”`
    if (message.reason.includes('\n')) problems.push(`${what}: more than one line`)
    if (typeof message.line !== 'number' || typeof message.column !== 'number') problems.push(`${what}: no place`)
    else note(what, check({line: message.line, column: message.column}))
    const place = message.place
    if (place && isPosition(place)) {
      note(what + ' start', check(place.start))
      note(what + ' end', check(place.end))
    } else {
      note(what, check(place))
    }
  }

  for (const [pointer, position] of Object.entries(positions ?? {})) {
    note(pointer + ' start', check(position.start))
    note(pointer + ' end', check(position.end))
  }

  return problems
}

/** `misplaced` finds nothing (the first few problems are shown when it does). */
export function expectPlacesInside(
  messages: readonly VFileMessage[],
  positions: Record<string, Position> | undefined,
  text: string
): void {
  expect(misplaced(messages, positions, text).slice(0, 5)).toEqual([])
}

/**
 * The result is plain data: what JSON carries comes back the same, with no
 * prototype tricks on the way.
 */
export function expectPlainData(result: ParseResult): void {
  const data = {
    profession: result.profession,
    format: result.format,
    locale: result.locale,
    sections: result.sections,
    positions: result.positions,
    confidence: result.confidence,
    frontMatter: result.frontMatter ?? null
  }
  expect(JSON.parse(JSON.stringify(data))).toEqual(data)
  expect(Object.getPrototypeOf(result.profession)).toBe(Object.prototype)
  for (const value of Object.values(result.profession)) {
    if (Array.isArray(value)) expect(Object.getPrototypeOf(value)).toBe(Array.prototype)
  }
}

/** All of the above, for one parse of `input`. */
export function expectSound(result: ParseResult, input: string | Uint8Array): void {
  expectPlacesInside(result.messages, result.positions, decodedText(input))
  expectPlainData(result)
  expectPrototypeIntact()
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d_2b_79_f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32
  }
}
