import {describe, expect, test} from 'vitest'
import {lessonOf} from '../../src/cli/convert/lesson.js'
import {reviveVocabulary, Vocabulary} from '../../src/cli/convert/vocabulary.js'
import {parse} from '../../src/parse.js'
import {learnLexicon} from '../../src/segment/learn.js'

const page = (title: string, line: string): string =>
  `Profession ${title}\n\nKnowledge\n\nStudio acoustics\nHow sound behaves in a room.\n\nOptional knowledge and skills\n\n${line}\n`

const documents = [
  page('producer', 'audio recording studio equipment select scripts'),
  page('agent', 'studio equipment select scripts'),
  page('engineer', 'mixing consoles, studio equipment')
]

describe('Vocabulary', () => {
  test('fed the lessons in order and finished, holds what learnLexicon learns from all results at once', () => {
    const results = documents.map((text) => parse(text, {format: 'text'}))
    const vocabulary = new Vocabulary()
    for (const result of results) vocabulary.learn(structuredClone(lessonOf(result)))
    vocabulary.finish()
    const expected = [...learnLexicon(results).entries()]

    expect(expected).toContainEqual({label: 'select scripts'})
    expect([...vocabulary.lexicon.entries()]).toEqual(expected)
    expect([...reviveVocabulary(vocabulary.share()).entries()]).toEqual(expected)
  })

  test('learns nothing from run-on lines before it is finished', () => {
    const vocabulary = new Vocabulary()
    vocabulary.learn(lessonOf(parse(documents[1]!, {format: 'text'})))

    expect(vocabulary.lexicon.get('select scripts')).toBeUndefined()
    vocabulary.finish()
    expect(vocabulary.lexicon.get('select scripts')).toEqual({label: 'select scripts'})
  })
})
