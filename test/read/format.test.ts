import {describe, expect, test} from 'vitest'
import {formatFromPath, parse, sniffFormat} from '../../src/index.js'

describe('formatFromPath', () => {
  test('reads `.md` and `.markdown` files as Markdown, whatever the case', () => {
    expect(['a.md', 'dir/b.markdown', 'C.MD', 'd.Markdown'].map(formatFromPath)).toEqual([
      'markdown',
      'markdown',
      'markdown',
      'markdown'
    ])
  })

  test('reads every other file as text', () => {
    expect(['a.txt', 'b', 'md', 'c.md.txt', 'd.mdx', 'e.xhtml.txt'].map(formatFromPath)).toEqual([
      'text',
      'text',
      'text',
      'text',
      'text',
      'text'
    ])
  })
})

describe('sniffFormat', () => {
  test('reads a document opening with front matter as Markdown', () => {
    expect(sniffFormat('---\ntitle: Baker\n---\n')).toBe('markdown')
    expect(sniffFormat('---\r\ntitle: Baker\r\n---\r\n')).toBe('markdown')
  })

  test('reads a document with an ATX heading as Markdown', () => {
    expect(sniffFormat('# Baker\n\nText')).toBe('markdown')
    expect(sniffFormat('Intro line\n\n## Skills\n')).toBe('markdown')
    expect(sniffFormat('###### Deep')).toBe('markdown')
  })

  test('reads a document with `- **Name**` items as Markdown', () => {
    expect(sniffFormat('Baker\n\n- **Food safety**: Keep food safe.')).toBe('markdown')
    expect(sniffFormat('* **Food safety**')).toBe('markdown')
  })

  test('reads a copy-pasted page as text', () => {
    expect(sniffFormat('Profession baker\n\n  • Food safety\n')).toBe('text')
    expect(sniffFormat('- Plain dash item\n- Another')).toBe('text')
  })

  test('does not take hashtags or seven hashes for headings', () => {
    expect(sniffFormat('#hashtag')).toBe('text')
    expect(sniffFormat('####### seven')).toBe('text')
  })

  test('looks no further than the first 200 lines', () => {
    expect(sniffFormat('line\n'.repeat(200) + '# Late heading')).toBe('text')
    expect(sniffFormat('line\n'.repeat(199) + '# Late heading')).toBe('markdown')
  })
})

describe('parse format option', () => {
  const markdown = '# Baker\n\n## Job titles\n\n- Baker\n'

  test('sniffs the format by default', () => {
    expect(parse(markdown).format).toBe('markdown')
    expect(parse('Profession baker\n\nCommon job titles\n\n• Baker\n').format).toBe('text')
  })

  test('lets the caller force a format', () => {
    expect(parse(markdown, {format: 'text'}).format).toBe('text')
    expect(parse('Profession baker\n', {format: 'markdown'}).format).toBe('markdown')
    expect(parse(markdown, {format: 'auto'}).format).toBe('markdown')
  })
})
