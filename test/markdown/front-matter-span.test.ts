import {describe, expect, test} from 'vitest'
import {blankPrefix, bodyStart, frontMatterEnd} from '../../src/markdown/front-matter-span.js'

describe('frontMatterEnd', () => {
  test('ends after the closing fence, before its line ending', () => {
    const text = '---\ntitle: Baker\n---\n# Baker\n'
    expect(frontMatterEnd(text)).toBe(text.indexOf('\n# Baker'))
    expect(frontMatterEnd('---  \r\na: 1\r\n--- \r\nx')).toBe(17)
    expect(frontMatterEnd('---\n---')).toBe(7)
  })

  test('is 0 without front matter: no opening fence, no closing fence, a fence that is not alone', () => {
    expect(frontMatterEnd('# Baker\n---\na: 1\n---\n')).toBe(0)
    expect(frontMatterEnd('---\ntitle: Baker\n')).toBe(0)
    expect(frontMatterEnd('----\na: 1\n----\n')).toBe(0)
    expect(frontMatterEnd('---')).toBe(0)
  })
})

describe('bodyStart', () => {
  test('is the line after the front matter, past LF or CRLF, or 0', () => {
    expect(bodyStart('---\n---\nx', 7)).toBe(8)
    expect(bodyStart('---\r\n---\r\nx', 8)).toBe(10)
    expect(bodyStart('---\n---', 7)).toBe(7)
    expect(bodyStart('x', 0)).toBe(0)
  })
})

describe('blankPrefix', () => {
  test('turns the prefix to spaces, keeping line endings, so lines and offsets stay', () => {
    expect(blankPrefix('---\r\na: 1\n---\nrest', 13)).toBe('   \r\n    \n   \nrest')
    expect(blankPrefix('abc', 0)).toBe('abc')
  })
})
