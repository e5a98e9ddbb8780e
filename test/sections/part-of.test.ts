import {describe, expect, test} from 'vitest'
import {partOf} from '../../src/sections/part-of.js'

const line = {start: {line: 3, column: 5, offset: 20}, end: {line: 3, column: 25, offset: 40}}

describe('partOf', () => {
  test('places a part of a one-line block at its columns and offsets', () => {
    expect(partOf(line, 4, 6)).toEqual({start: {line: 3, column: 9, offset: 24}, end: {line: 3, column: 15, offset: 30}})
  })

  test('ends a part without a length where the block ends', () => {
    expect(partOf(line, 4)).toEqual({start: {line: 3, column: 9, offset: 24}, end: line.end})
  })

  test('never goes past the end of the block (its text may be longer than the source: nothing is, but offsets may be wrong)', () => {
    expect(partOf(line, 30, 5)).toEqual({start: line.end, end: line.end})
    expect(partOf(line, 18, 5).end).toEqual(line.end)
  })

  test('places a part of a block over several lines at the whole block: its offsets are no columns', () => {
    const lines = {start: {line: 3, column: 5, offset: 20}, end: {line: 4, column: 3, offset: 45}}
    expect(partOf(lines, 30, 5)).toBe(lines)
  })
})
