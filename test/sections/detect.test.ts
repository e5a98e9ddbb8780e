import {describe, expect, test} from 'vitest'
import {builtinDetectors} from '../../src/index.js'
import {parseMarkdown} from '../../src/markdown/parse-markdown.js'
import {Report} from '../../src/messages/report.js'
import {detectSections} from '../../src/sections/detect.js'
import type {Format} from '../../src/sections/detector.js'
import {flatten} from '../../src/sections/flatten.js'
import {tokenizeText} from '../../src/tokenize/tokenize-text.js'

function detect(text: string, format: Format = 'text') {
  const report = new Report(undefined)
  const tree = format === 'markdown' ? parseMarkdown(text, report).tree : tokenizeText(text)
  const detection = detectSections(flatten(tree, text), builtinDetectors, format, report)
  return {detection, report}
}

/** `detector:blockTexts` for each section. */
function summary(text: string, format: Format = 'text') {
  return detect(text, format).detection.sections.map((section) => [
    section.detector,
    section.blocks.map((block) => block.text)
  ])
}

describe('detectSections: headings', () => {
  test('gives each recognised heading the blocks under it', () => {
    expect(
      summary('Profession baker\n\nPersonality Type\n\nSocial / Realistic\n\nCommon job titles\n\n• Baker\n• Head baker\n')
    ).toEqual([
      ['title', []],
      ['personality', ['Social / Realistic']],
      ['job-titles', ['Baker', 'Head baker']]
    ])
  })

  test('keeps the heading block and the argument of a prefixed heading', () => {
    const [, section] = detect('Profession baker\n\nRelated professions Food\n').detection.sections

    expect(section?.heading?.text).toBe('Related professions Food')
    expect(section?.argument).toBe('Food')
    expect(section?.inferred).toBe(false)
    expect(section?.confidence).toBe(1)
  })

  test('splits “Heading: value” lines into a section with one block', () => {
    const [, section] = detect('Profession baker\nPersonality Type: Social / Realistic\n').detection.sections

    expect(section?.detector).toBe('personality')
    expect(section?.blocks.map((block) => [block.text, block.position.start.column])).toEqual([
      ['Social / Realistic', 19]
    ])
  })

  test('keeps `### Name` items under a `## Skills` heading', () => {
    expect(summary('# Baker\n\n## Skills\n\n### Operate ovens\n\nBake.\n', 'markdown')).toEqual([
      ['title', []],
      ['skills', ['Operate ovens', 'Bake.']]
    ])
  })
})

describe('detectSections: wrapped lines', () => {
  test('reads a line that goes on with the sentence above it as part of it, not as a heading', () => {
    expect(
      summary(
        'Profession baker\n\nBakers knead dough and take on various\ntasks such as baking bread, and other\nskills of the trade.\n\nCommon job titles\n\n• Baker\n'
      )
    ).toEqual([
      ['title', []],
      ['description', ['Bakers knead dough and take on various', 'tasks such as baking bread, and other', 'skills of the trade.']],
      ['job-titles', ['Baker']]
    ])
  })

  test('still reads a heading right under a line that ends a sentence, or in capitals', () => {
    expect(summary('Profession baker\n\nBakers bake bread.\nskills\n\n• Knead dough\n').map(([id]) => id)).toEqual([
      'title',
      'description',
      'skills'
    ])
    expect(summary('Profession baker\n\nBakers bake bread\nSkills\n\n• Knead dough\n').map(([id]) => id)).toEqual([
      'title',
      'description',
      'skills'
    ])
  })
})

describe('detectSections: leading lines and noise', () => {
  test('gives the lines after the title to the description, inferred', () => {
    const {detection} = detect('Profession baker\n\nBakers bake.\nAt night.\n\nCommon job titles\n\n• Baker\n')
    const section = detection.sections.find((entry) => entry.detector === 'description')

    expect(section?.blocks.map((block) => block.text)).toEqual(['Bakers bake.', 'At night.'])
    expect(section?.inferred).toBe(true)
    expect(section?.heading).toBe(undefined)
  })

  test('drops boilerplate before sections are found and reports it as info', () => {
    const {detection, report} = detect(
      'Profession baker\n\nBakers bake.\n\nTake our free Holland code career test and find out.\n\nCommon job titles\n\n• Baker\n'
    )

    expect(detection.sections.map((section) => section.detector)).toEqual(['title', 'description', 'job-titles'])
    expect(report.messages.map((message) => [message.ruleId, message.line, message.fatal])).toEqual([
      ['boilerplate', 5, undefined]
    ])
  })
})

describe('detectSections: the rest', () => {
  test('collects Markdown headings no detector knows, with their content', () => {
    const {detection} = detect('# Baker\n\n## Hobbies\n\n- Fishing\n\n## Job titles\n\n- Baker\n', 'markdown')

    expect(detection.unknown.map((entry) => [entry.heading.text, entry.blocks.map((block) => block.text)])).toEqual([
      ['Hobbies', ['Fishing']]
    ])
    expect(detection.sections.map((section) => section.detector)).toEqual(['title', 'job-titles'])
  })

  test('leaves prose outside every section unassigned', () => {
    const {detection} = detect(
      'Profession baker\n\nPersonality Type\n\nSocial / Realistic\n\nA stray remark about bakeries, which is long.\n'
    )

    expect(detection.unassigned.map((block) => block.text)).toEqual([
      'A stray remark about bakeries, which is long.'
    ])
  })

  test('gives 200,000 lines after the title to the description without overflowing the stack', () => {
    const lines = Array.from({length: 200_000}, (_, index) => `Line ${index}`)
    const found = summary('Profession baker\n\n' + lines.join('\n') + '\n\nCommon job titles\n\n• Baker\n')
    expect(found.map(([detector, blocks]) => [detector, blocks?.length])).toEqual([
      ['title', 0],
      ['description', 200_000],
      ['job-titles', 1]
    ])
  })
})
