import {describe, expect, test} from 'vitest'
import {parseMarkdown} from '../../src/markdown/parse-markdown.js'
import {Report} from '../../src/messages/report.js'

function read(text: string) {
  const report = new Report(undefined)
  const {frontMatter} = parseMarkdown(text, report)
  return {frontMatter, messages: report.messages}
}

describe('parseMarkdown: front matter', () => {
  test('reads YAML whose lines end with a lone CR as lines, as the rest of the document', () => {
    const {frontMatter} = read('---\ntitle: Baker\rholland: EA\r---\n# Baker\n')
    expect(frontMatter?.data).toEqual({title: 'Baker', holland: 'EA'})
    expect(frontMatter?.positions['holland']?.start).toEqual({line: 3, column: 10})
  })

  test('reads a comment after a lone CR as a comment line (the yaml package alone sees a comment glued to a token)', () => {
    const {frontMatter, messages} = read('---\n\r# baker\n---\n')
    expect(messages).toEqual([])
    expect(frontMatter?.data).toEqual({})
  })

  test('places a YAML error on the line after a lone CR', () => {
    const {messages} = read('---\ntitle: Baker\rb: : 2\n---\n')
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['front-matter-yaml', 3, 4]])
  })
})
