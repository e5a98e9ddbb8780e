import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {edgeEvidence, insideEvidence, lexiconIds} from '../../src/segment/boundary.js'
import {createLexicon} from '../../src/segment/lexicon.js'
import {ownEvidence, ownLabels, OwnLabels} from '../../src/segment/own-labels.js'
import {tokenize} from '../../src/segment/tokens.js'
import {wordGeneration, wordOf} from '../../src/segment/words.js'

/** What a lexicon of the labels says about the line: the figures `ownEvidence` must give. */
function lexiconEvidence(line: string, labels: readonly string[]) {
  const tokens = tokenize(line)
  const count = tokens.length
  const lexicon = createLexicon(labels)
  const ids = lexicon.size === 0 ? undefined : lexiconIds(tokens, lexicon, new Int32Array(count))
  return {
    starts: [...edgeEvidence(ids, count, lexicon, 'start', new Float64Array(count))],
    ends: [...edgeEvidence(ids, count, lexicon, 'end', new Float64Array(count))],
    inside: [...(insideEvidence(ids, count, lexicon, new Uint8Array(count)) ?? new Uint8Array(count))]
  }
}

function evidence(line: string, labels: readonly string[]) {
  const tokens = tokenize(line)
  const count = tokens.length
  const starts = new Float64Array(count)
  const ends = new Float64Array(count)
  const inside = new Uint8Array(count)
  ownEvidence(tokens, new OwnLabels(labels.map((label) => ({label}))), starts, ends, inside)
  return {starts: [...starts], ends: [...ends], inside: [...inside]}
}

describe('ownEvidence', () => {
  test('counts only the labels’ words that are in the line, as a lexicon of the labels would', () => {
    const line = 'promote music financial jurisdiction record music'
    const labels = ['Record music', 'Compose music', 'Financial statements', 'music']
    const got = evidence(line, labels)

    expect(got).toEqual(lexiconEvidence(line, labels))
    // "music" ends three labels of three: strong end evidence; "record music" is a pair.
    expect(got.ends[1]).toBeGreaterThan(0)
    expect(got.starts[2]).toBeGreaterThan(0)
    expect(got.inside).toEqual([0, 0, 0, 0, 0, 1])
  })

  test('a label given twice, in another case or spacing, counts once', () => {
    const line = 'sales activities'
    expect(evidence(line, ['Sales strategies', 'sales  STRATEGIES', 'sales activities'])).toEqual(
      lexiconEvidence(line, ['Sales strategies', 'sales activities'])
    )
  })

  test('no labels, or none sharing a word with the line: no evidence', () => {
    expect(evidence('audiovisual equipment', [])).toEqual({starts: [0, 0], ends: [0, 0], inside: [0, 0]})
    expect(evidence('audiovisual equipment', ['tax law'])).toEqual({starts: [0, 0], ends: [0, 0], inside: [0, 0]})
  })

  test('the same figures as a lexicon of the labels, for any line and labels', () => {
    // Words outside ASCII and curly apostrophes take another path through the labels than ASCII ones.
    const word = fc.constantFrom('music', 'Music', 'sales', 'of', 'equipment', 'manage', 'tax', 'law', '(ict)', 'ict,', 'a', 'Café', 'café', 'o’neill', "O'Neill")
    const phrase = fc.array(word, {minLength: 1, maxLength: 5}).map((words) => words.join(' '))
    fc.assert(
      fc.property(fc.array(word, {maxLength: 30}), fc.array(phrase, {maxLength: 8}), (words, labels) => {
        const line = words.join(' ')
        expect(evidence(line, labels)).toEqual(lexiconEvidence(line, labels))
      }),
      {numRuns: 300}
    )
  })

  test('labels longer than the kept buffers, and labels split on tabs and no-break spaces, give the same figures', () => {
    const line = 'manage staff record music'
    const long = Array.from({length: 900}, (_, index) => (index % 2 ? 'staff' : 'manage')).join(' ')
    const labels = [long, 'Record\tmusic', 'record\u00a0music café', 'Manage staff']
    expect(evidence(line, labels)).toEqual(lexiconEvidence(line, labels))
  })

  test('lines of more distinct words than the pair table holds give the same figures', () => {
    const words = Array.from({length: 600}, (_, index) => 'word' + index)
    const line = words.join(' ')
    const labels = Array.from({length: 200}, (_, index) => words[index * 3] + ' ' + words[index * 3 + 1])
    const got = evidence(line, labels)

    expect(got).toEqual(lexiconEvidence(line, labels))
    expect(got.inside.filter(Boolean)).toHaveLength(200)
  })
})

describe('ownEvidence after the word table was emptied', () => {
  test('compares words by text when the line was read before and the labels after: the same figures', () => {
    const line = 'promote music financial jurisdiction record music'
    const labels = ['Record music', 'Compose music', 'Financial statements', 'music']
    const tokens = tokenize(line)
    const generation = wordGeneration()
    for (let index = 0; wordGeneration() === generation; index++) wordOf('filler-word-' + index)

    const starts = new Float64Array(tokens.length)
    const ends = new Float64Array(tokens.length)
    const inside = new Uint8Array(tokens.length)
    ownEvidence(tokens, new OwnLabels(labels.map((label) => ({label}))), starts, ends, inside)

    expect({starts: [...starts], ends: [...ends], inside: [...inside]}).toEqual(lexiconEvidence(line, labels))
    expect([...inside]).toEqual([0, 0, 0, 0, 0, 1])
  })
})

describe('ownLabels', () => {
  test('knows the essential names with their kinds, knowledge first', () => {
    const own = ownLabels({
      knowledge: [{name: 'Tax legislation'}],
      skills: [{name: 'Manage staff'}, {name: 'tax  legislation'}]
    })

    expect(own.get('TAX LEGISLATION')).toEqual({label: 'Tax legislation', kind: 'knowledge'})
    expect(own.getWords(['manage', 'staff'])).toEqual({label: 'Manage staff', kind: 'skill'})
    expect(own.getWords(['manage'])).toBeUndefined()
    expect(own.get('staff')).toBeUndefined()
  })

  test('finds a label as a lexicon of the labels does, on the first call and after, in any case and spacing', () => {
    const vocabulary = ['manage', 'Staff', 'tax', 'legislation', 'tax,', '(ict)', 'café', 'o’neill', "O'Neill", 'a\u00a0b']
    const label = fc
      .array(fc.constantFrom(...vocabulary), {minLength: 1, maxLength: 4})
      .chain((words) => fc.constantFrom(' ', '  ', '\t').map((space) => words.join(space)))
    fc.assert(
      // A label of no words ("  ") is in no lexicon.
      fc.property(fc.array(fc.oneof(label, fc.constant('  ')), {maxLength: 8}), fc.array(label, {minLength: 1, maxLength: 4}), (labels, asked) => {
        const own = new OwnLabels(labels.map((name) => ({label: name})))
        const lexicon = createLexicon(labels)
        for (const name of [...asked, ...labels]) expect(own.get(name)).toEqual(lexicon.get(name))
      }),
      {numRuns: 300}
    )
  })

  test('finds a label by its words as a lexicon of the labels does, whichever words share its first or last word', () => {
    const vocabulary = ['manage', 'staff', 'tax', 'legislation', 'budget', 'plan', 'tax,', '(ict)']
    const label = fc.array(fc.constantFrom(...vocabulary), {minLength: 1, maxLength: 4}).map((words) => words.join(' '))
    fc.assert(
      fc.property(fc.array(label, {maxLength: 8}), fc.array(fc.constantFrom(...vocabulary), {maxLength: 4}), (labels, words) => {
        const own = new OwnLabels(labels.map((name) => ({label: name})))
        expect(own.getWords(words)).toEqual(createLexicon(labels).getWords(words))
      })
    )
  })

  test('finds a span of the line by its words’ bare forms as a lexicon of the labels does, for any line and labels', () => {
    const vocabulary = ['manage', 'staff', 'tax', 'legislation', 'budget', 'plan', 'tax,', '(ict)', 'ict', 'Staff', 'café', 'Café,', 'o’neill']
    const label = fc.array(fc.constantFrom(...vocabulary), {minLength: 1, maxLength: 4}).map((words) => words.join(' '))
    fc.assert(
      fc.property(fc.array(label, {maxLength: 8}), fc.array(fc.constantFrom(...vocabulary), {minLength: 1, maxLength: 12}), (labels, words) => {
        const tokens = tokenize(words.join(' '))
        const count = tokens.length
        const spans = ownEvidence(
          tokens,
          new OwnLabels(labels.map((name) => ({label: name}))),
          new Float64Array(count),
          new Float64Array(count),
          new Uint8Array(count)
        )
        const lexicon = createLexicon(labels)
        for (let from = 0; from < count; from++) {
          for (let to = from + 1; to <= count; to++) {
            expect(spans.entryAt(from, to)).toEqual(lexicon.getWords(tokens.slice(from, to).map((token) => token.bare)))
          }
        }
      })
    )
  })

  test('a span that is a label gets the first entry of its key; one that is part of a label, none', () => {
    const tokens = tokenize('manage staff, plan budget')
    const count = tokens.length
    const own = new OwnLabels([
      {label: 'Manage  Staff', kind: 'skill'},
      {label: 'manage staff', kind: 'knowledge'},
      {label: 'plan budget carefully', kind: 'skill'}
    ])
    const spans = ownEvidence(tokens, own, new Float64Array(count), new Float64Array(count), new Uint8Array(count))

    expect(spans.entryAt(0, 2)).toEqual({label: 'Manage  Staff', kind: 'skill'})
    expect(spans.entryAt(0, 1)).toBeUndefined()
    expect(spans.entryAt(2, 4)).toBeUndefined()
  })

  test('finds a span of words read before the word table was emptied', () => {
    const tokens = tokenize('manage staff')
    const generation = wordGeneration()
    for (let index = 0; wordGeneration() === generation; index++) wordOf('filler-word-' + index)
    const own = new OwnLabels([{label: 'Manage staff', kind: 'skill'}])
    const spans = ownEvidence(tokens, own, new Float64Array(2), new Float64Array(2), new Uint8Array(2))

    expect(spans.entryAt(0, 2)).toEqual({label: 'Manage staff', kind: 'skill'})
    expect(spans.entryAt(0, 1)).toBeUndefined()
  })
})
