import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {ownLabels} from '../../src/segment/own-labels.js'
import {createLexicon} from '../../src/segment/lexicon.js'
import {segmentLine, type Segment, type SegmentOptions} from '../../src/segment/segmenter.js'

function texts(line: string, options?: SegmentOptions): string[] {
  return segmentLine(line, options).map((segment) => segment.text)
}

function matches(segments: readonly Segment[]): Array<[string, string | undefined]> {
  return segments.map((segment) => [segment.text, segment.entry?.label])
}

/**
 * A producer's page as the segmenter sees it: essential labels that show
 * which words start labels ("Financial …", "Sales …") and which end them
 * ("… music", "… equipment"), and descriptions with words in use.
 */
const producer = ownLabels({
  description: 'Producers promote music and films and look after their financing.',
  knowledge: [
    {name: 'Financial statements', description: 'The financial records of a company at the end of a period.'},
    {name: 'Financial management', description: 'The field of finance concerned with the allocation of resources.'},
    {name: 'Sales strategies', description: 'The principles of customer behaviour and target markets.'},
    {name: 'Lighting equipment', description: 'Lamps, dimmers and cables used on a film set.'}
  ],
  skills: [
    {name: 'Compose music', description: 'Create original pieces of music.'},
    {name: 'Record music', description: 'Record a live performance in a studio.'}
  ]
})

describe('segmentLine: the hard noun-noun cases', () => {
  test('splits two noun phrases that follow each other without a lexicon', () => {
    expect(texts('audiovisual equipment sales activities')).toEqual(['audiovisual equipment', 'sales activities'])
  })

  test('splits two noun phrases with what the document teaches', () => {
    expect(texts('audiovisual equipment sales activities', {document: producer})).toEqual([
      'audiovisual equipment',
      'sales activities'
    ])
  })

  test('ends a verb phrase before the adjective that opens the next noun phrase, with what the document teaches', () => {
    expect(texts('promote music financial jurisdiction select scripts', {document: producer})).toEqual([
      'promote music',
      'financial jurisdiction',
      'select scripts'
    ])
  })
})

describe('segmentLine: what a lexicon adds', () => {
  const lexicon = createLexicon(['audiovisual equipment', 'sales activities'])

  test('splits exactly on the labels a lexicon knows, and says which entry matched', () => {
    const segments = segmentLine('audiovisual equipment sales activities', {lexicons: [lexicon]})

    expect(matches(segments)).toEqual([
      ['audiovisual equipment', 'audiovisual equipment'],
      ['sales activities', 'sales activities']
    ])
  })

  test('splits a noun phrase off a verb phrase when the lexicon knows the noun phrase', () => {
    const segments = segmentLine('promote music financial jurisdiction select scripts', {
      lexicons: [createLexicon(['financial jurisdiction'])]
    })

    expect(matches(segments)).toEqual([
      ['promote music', undefined],
      ['financial jurisdiction', 'financial jurisdiction'],
      ['select scripts', undefined]
    ])
  })

  test('matches case- and whitespace-insensitively', () => {
    const segments = segmentLine('Audiovisual  Equipment SALES activities', {lexicons: [lexicon]})

    expect(matches(segments)).toEqual([
      ['Audiovisual  Equipment', 'audiovisual equipment'],
      ['SALES activities', 'sales activities']
    ])
  })

  test('never detaches a verb from its object because the lexicon knows the object', () => {
    expect(texts('audiovisual equipment supervise sales activities', {lexicons: [lexicon]})).toEqual([
      'audiovisual equipment',
      'supervise sales activities'
    ])
    expect(
      texts('implement marketing strategies edit scripts', {lexicons: [createLexicon(['marketing strategies'])]})
    ).toEqual(['implement marketing strategies', 'edit scripts'])
  })

  test('starts a label at a determiner such as "various" when the lexicon knows it, and never ends one there', () => {
    const known = createLexicon(['ensure mould uniformity', 'various types of sand'])
    const line = 'ensure mould uniformity various types of sand handle different pottery materials'

    expect(texts(line, {lexicons: [known]})).toEqual([
      'ensure mould uniformity',
      'various types of sand',
      'handle different pottery materials'
    ])
    expect(texts('inspect various materials')).toEqual(['inspect various materials'])
  })

  test('never leaves a word alone that the lexicon only knows as part of labels', () => {
    const known = createLexicon([
      'use spreadsheets',
      'use accounting software',
      'software testing',
      'open source software',
      'manage budgets'
    ])

    expect(texts('use spreadsheets software manage budgets', {lexicons: [known]})).toEqual([
      'use spreadsheets software',
      'manage budgets'
    ])
    // A word the lexicon knows as a label of its own may stand alone.
    expect(texts('use spreadsheets software manage budgets', {lexicons: [known, createLexicon(['software'])]})).toEqual([
      'use spreadsheets',
      'software',
      'manage budgets'
    ])
  })

  test('never joins across a clear verb boundary because a lexicon label runs across it', () => {
    const odd = createLexicon(['legislation manage', 'legislation liaise'])

    expect(texts('tax legislation manage budgets', {lexicons: [odd]})).toEqual(['tax legislation', 'manage budgets'])
    expect(texts('tax legislation liaise with financiers', {lexicons: [odd]})).toEqual([
      'tax legislation',
      'liaise with financiers'
    ])
  })
})

describe('segmentLine: the document’s own labels', () => {
  const document = ownLabels({
    knowledge: [
      {name: 'Film production process', description: 'The stages of making a film, from script to distribution.'}
    ]
  })

  test('are not matched as optional labels, but their words still keep a phrase together', () => {
    const segments = segmentLine('film production process project management principles', {document})

    expect(matches(segments)).toEqual([
      ['film production process', undefined],
      ['project management principles', undefined]
    ])
  })

  test('are not matched even when a user’s lexicon knows them too', () => {
    const lexicon = createLexicon(['film production process', 'project management principles'])
    const segments = segmentLine('film production process project management principles', {
      document,
      lexicons: [lexicon]
    })

    expect(matches(segments)).toEqual([
      ['film production process', undefined],
      ['project management principles', 'project management principles']
    ])
  })
})

describe('segmentLine: punctuation inside labels', () => {
  test('never splits a label at its commas', () => {
    expect(texts('tax legislation fish, crustaceans and molluscs edit scripts')).toEqual([
      'tax legislation',
      'fish, crustaceans and molluscs',
      'edit scripts'
    ])
    expect(texts('edit scripts fish, crustaceans and molluscs')).toEqual([
      'edit scripts',
      'fish, crustaceans and molluscs'
    ])
    expect(texts('tax legislation clean, maintain and repair microphones edit scripts')).toEqual([
      'tax legislation',
      'clean, maintain and repair microphones',
      'edit scripts'
    ])
  })

  test('never splits a parenthesised qualifier off its label', () => {
    expect(texts('ruby (computer programming) manage budgets')).toEqual([
      'ruby (computer programming)',
      'manage budgets'
    ])
    expect(texts('ruby (computer programming) python (computer programming) manage budgets')).toEqual([
      'ruby (computer programming)',
      'python (computer programming)',
      'manage budgets'
    ])
  })
})

describe('segmentLine: segments', () => {
  const line =
    'types of audiovisual formats perform project management hire background musicians supervise sound production tax legislation liaise with financiers accounting techniques edit scripts'

  test('have a confidence above 0 and at most 1', () => {
    const segments = segmentLine(line)

    expect(segments.length).toBe(8)
    for (const segment of segments) {
      expect([segment.text, segment.confidence > 0 && segment.confidence <= 1]).toEqual([segment.text, true])
    }
  })

  test('have confidence 1 when the line is one label', () => {
    expect(segmentLine('Python').map((segment) => segment.confidence)).toEqual([1])
  })

  test('point into the line, whatever spaces, tabs and no-break spaces are between words', () => {
    const spaced = '  tax legislation\tliaise  with financiers\u00A0edit scripts  '
    const segments = segmentLine(spaced)

    expect(segments.map((segment) => [segment.text, segment.start, segment.end])).toEqual([
      ['tax legislation', 2, 17],
      ['liaise  with financiers', 18, 41],
      ['edit scripts', 42, 54]
    ])
    for (const segment of segments) expect(spaced.slice(segment.start, segment.end)).toBe(segment.text)
  })

  test('are in order, do not overlap, and cover every word of the line', () => {
    const segments = segmentLine(line)

    expect(segments.map((segment) => segment.text).join(' ')).toBe(line)
    for (const [index, segment] of segments.entries()) {
      expect(line.slice(segment.start, segment.end)).toBe(segment.text)
      if (index > 0) expect(segment.start).toBeGreaterThan(segments[index - 1]!.end)
    }
  })

  test('are none for an empty or whitespace-only line', () => {
    expect(segmentLine('')).toEqual([])
    expect(segmentLine(' \t\u00A0  ')).toEqual([])
    expect(segmentLine('', {lexicons: [createLexicon(['tax legislation'])], document: producer})).toEqual([])
  })
})

describe('segmentLine: a line of megabytes', () => {
  // 20 clear verbs × 15 objects: 300 labels, each starting with a verb.
  const verbs = `manage prepare negotiate supervise calculate operate inspect maintain install analyse
    evaluate coordinate compile organise select edit promote implement assess arrange`.split(/\s+/)
  const objects = [
    'budgets',
    'scripts',
    'contracts',
    'sound equipment',
    'production costs',
    'film crews',
    'lighting rigs',
    'music rights',
    'stage props',
    'sales activities',
    'safety procedures',
    'recording sessions',
    'marketing campaigns',
    'tour schedules',
    'funding applications'
  ]
  const labels = verbs.flatMap((verb) => objects.map((object) => verb + ' ' + object))
  const unit = labels.join(' ')
  const repeats = Math.ceil(2_000_000 / (unit.length + 1))
  const line = Array.from({length: repeats}, () => unit).join(' ')

  test('segments and finishes, one segment per label', () => {
    expect(labels.length).toBe(300)
    expect(line.length).toBeGreaterThan(2_000_000)

    const segments = segmentLine(line)
    let wrong = 0
    for (const [index, segment] of segments.entries()) {
      if (segment.text !== labels[index % labels.length]) wrong++
    }

    expect(segments.length).toBe(labels.length * repeats)
    expect(wrong).toBe(0)
    expect(segments.at(-1)?.end).toBe(line.length)
  })

  test('gives about twice the segments for twice the line', () => {
    const single = segmentLine(line).length
    const double = segmentLine(line + ' ' + line).length

    expect(Math.abs(double / single - 2) < 0.01).toBe(true)
  })
})

describe('segmentLine: names, adjectives and shared words', () => {
  test('a name in capitals after a capitalised word starts a new label', () => {
    expect(texts('Visual Basic MDX select scripts')).toEqual(['Visual Basic', 'MDX', 'select scripts'])
  })

  test('two names in capitals in a row are two labels ("C#" is one; "SAP R3" stays one name)', () => {
    expect(texts('Haskell LDAP AJAX select scripts')).toEqual(['Haskell', 'LDAP', 'AJAX', 'select scripts'])
    expect(texts('C# ASP.NET select scripts')).toEqual(['C#', 'ASP.NET', 'select scripts'])
    expect(texts('SAP R3 select scripts')).toEqual(['SAP R3', 'select scripts'])
  })

  test('a name in capitals may be a label of one word', () => {
    expect(texts('manage budgets SPARK select scripts')).toEqual(['manage budgets', 'SPARK', 'select scripts'])
  })

  test('a capitalised word that looks like an adjective may end a name before a lower-case label', () => {
    const lexicon = createLexicon(['manage budgets', 'basic statistics', 'basic life support', 'screen reader'])

    expect(texts('Visual Basic computer programming')).toEqual(['Visual Basic', 'computer programming'])
    expect(texts('Visual Basic augmented reality', {lexicons: [lexicon]})).toEqual(['Visual Basic', 'augmented reality'])
    expect(texts('apply basic statistics manage budgets', {lexicons: [lexicon]})).toEqual(['apply basic statistics', 'manage budgets'])
  })

  test('a name with a capital inside is a name of its own after a capitalised word', () => {
    // The lexicon knows "JavaScript" in more labels than itself, so it is not a word known only alone.
    const lexicon = createLexicon(['JavaScript', 'JavaScript frameworks', 'edit scripts'])

    expect(texts('Haskell JavaScript edit scripts', {lexicons: [lexicon]})).toEqual(['Haskell', 'JavaScript', 'edit scripts'])
    // A capitalised word that looks like an adjective ends a name before it too.
    expect(texts('Crucible JavaScript edit scripts', {lexicons: [lexicon]})).toEqual(['Crucible', 'JavaScript', 'edit scripts'])
    // A name in capitals is not one: "SAP R3", "Visual Basic" stay one name.
    expect(texts('Visual Basic edit scripts', {lexicons: [lexicon]})).toEqual(['Visual Basic', 'edit scripts'])
  })

  test('a lower-case adjective is never a label of one word', () => {
    const lexicon = createLexicon(['keep kitchen surfaces', 'edit scripts'])

    expect(texts('keep kitchen surfaces hygienic edit scripts', {lexicons: [lexicon]})).not.toContain('hygienic')
  })

  test('an -ular adjective does not end a label', () => {
    expect(texts('explain the molecular basis of a disease to patients select scripts')).toEqual([
      'explain the molecular basis of a disease to patients',
      'select scripts'
    ])
  })

  test('a subordinating word never opens a label', () => {
    const segments = texts('advise patients on infectious diseases when travelling select scripts')
    expect(segments.some((text) => text.startsWith('when'))).toBe(false)
  })

  test('a known one-word label that many labels share is not pulled out of a compound', () => {
    // "surgery" is a label, but it also ends many others: "epilepsy surgery"
    // is one noun phrase here.
    const kinds = 'cardiac eye dental plastic brain hand knee spine heart lung liver skin bone vascular'.split(' ')
    const lexicon = createLexicon(['surgery', ...kinds.map((kind) => kind + ' surgery'), 'manage budgets'])
    expect(texts('assist in epilepsy surgery manage budgets', {lexicons: [lexicon]})).toEqual([
      'assist in epilepsy surgery',
      'manage budgets'
    ])
  })
})

describe('segmentLine: noun phrases and what a lexicon says about words', () => {
  test('splits two noun phrases of two words each without a lexicon', () => {
    expect(texts('image recognition data engineering')).toEqual(['image recognition', 'data engineering'])
    expect(texts('financial forecasting insolvency law')).toEqual(['financial forecasting', 'insolvency law'])
    expect(texts('quantum computing data science')).toEqual(['quantum computing', 'data science'])
  })

  test('splits them with a lexicon that knows neither, too', () => {
    const lexicon = createLexicon(['manage budgets', 'edit scripts'])

    expect(texts('image recognition data engineering', {lexicons: [lexicon]})).toEqual(['image recognition', 'data engineering'])
    expect(texts('quantum computing data science', {lexicons: [lexicon]})).toEqual(['quantum computing', 'data science'])
  })

  test('does not end a label on a participle', () => {
    expect(texts('advise on fitted ventilation systems')).toEqual(['advise on fitted ventilation systems'])
    expect(texts('assess integrated domotics systems manage budgets')).toEqual(['assess integrated domotics systems', 'manage budgets'])
  })

  test('keeps a word the rules take for a verb inside a label when the lexicon seldom starts a label with it', () => {
    // "oil" is a verb to the rules, but every label that has it has it inside.
    const lexicon = createLexicon(['crude oil', 'lubricating oil', 'engine oil', 'vegetable oil', 'olive oil production'])

    expect(texts('manage ocean-going oil tankers')).toEqual(['manage ocean-going', 'oil tankers'])
    expect(texts('manage ocean-going oil tankers', {lexicons: [lexicon]})).toEqual(['manage ocean-going oil tankers'])
  })

  test('starts a label at a verb that also names things when an article follows it, whatever the lexicon says', () => {
    // "increase" ends the lexicon's labels, never starts one; but "increase the impact" is a verb and its object.
    const lexicon = createLexicon(['sales increase', 'price increase', 'manage budgets'])

    expect(texts('demonstrate disciplinary expertise increase the impact of science on policy and society', {lexicons: [lexicon]})).toEqual([
      'demonstrate disciplinary expertise',
      'increase the impact of science on policy and society'
    ])
  })

  test('with a list of labels that knows much of the line, starts a label at a verb that also names things when a word and a preposition follow it', () => {
    // "process data from …" acts on "data"; without the rule, "process" stays on the noun before ("teamwork process").
    const lexicon = createLexicon(['JavaScript', 'manage budgets', 'edit scripts', 'promote music', 'design websites', 'design logos', 'apply varnish'])

    expect(texts('manage budgets teamwork process data from sorting machines edit scripts', {lexicons: [lexicon]})).toEqual([
      'manage budgets',
      'teamwork',
      'process data from sorting machines',
      'edit scripts'
    ])
    expect(texts('manage budgets fraud design indicators for storm damage edit scripts', {lexicons: [lexicon]})).toContain(
      'design indicators for storm damage'
    )
    // Not before "and", which joins like parts, nor before an article (see above).
    expect(texts('manage budgets teamwork balance loads and heating circuits edit scripts', {lexicons: [lexicon]})).not.toContain(
      'balance loads and heating circuits'
    )
  })

  test('lets a verb phrase run long with a list of labels that knows most of the line, but not a noun phrase', () => {
    const line = 'apply laboratory safety guidelines and chemical hygiene principles in teaching activities manage budgets edit scripts promote music'
    const list = createLexicon(['manage budgets', 'edit scripts', 'promote music', 'ethics'])

    expect(texts(line, {lexicons: [list]})).toEqual([
      'apply laboratory safety guidelines and chemical hygiene principles in teaching activities',
      'manage budgets',
      'edit scripts',
      'promote music'
    ])
  })

  test('with a list of labels that knows most of the line, reads three words of a noun phrase it does not know as two labels sooner', () => {
    const line = 'manage budgets edit scripts wildlife ecology taxidermy promote music tune pianos'
    const list = createLexicon(['manage budgets', 'edit scripts', 'promote music', 'tune pianos'])

    expect(texts(line, {lexicons: [list]})).toEqual(['manage budgets', 'edit scripts', 'wildlife ecology', 'taxidermy', 'promote music', 'tune pianos'])
    // With a list that knows little of the line, the plain prior: one label.
    expect(texts(line, {lexicons: [createLexicon(['manage budgets', 'ethics'])]})).toContain('wildlife ecology taxidermy')
  })

  test('keeps long phrases short with a list that knows little of the line', () => {
    const line = 'apply laboratory safety guidelines and chemical hygiene principles in teaching activities manage budgets edit scripts promote music'
    const list = createLexicon(['manage budgets', 'ethics'])

    expect(texts(line, {lexicons: [list]}).slice(0, 2)).toEqual(['apply laboratory safety guidelines and chemical hygiene', 'principles in teaching activities'])
  })

  test('keeps long phrases short with a lexicon that has prose, as a learned one does', () => {
    const line = 'apply laboratory safety guidelines and chemical hygiene principles in teaching activities manage budgets edit scripts promote music'
    const learned = createLexicon(['manage budgets', 'edit scripts', 'promote music', 'ethics'])
    learned.addText('Managers plan budgets and check them.')

    expect(texts(line, {lexicons: [learned]}).slice(0, 2)).toEqual(['apply laboratory safety guidelines and chemical hygiene', 'principles in teaching activities'])
  })

  test('starts a label at a word the lexicon knows only as a label of its own', () => {
    const lexicon = createLexicon(['xcode', 'visual studio', 'maintain databases'])

    expect(matches(segmentLine('visual basic xcode maintain databases', {lexicons: [lexicon]}))).toEqual([
      ['visual basic', undefined],
      ['xcode', 'xcode'],
      ['maintain databases', 'maintain databases']
    ])
  })

  test('still starts a label there when two lexicons both know the word only as a label of its own', () => {
    const learned = createLexicon(['xcode', 'visual studio'])
    const user = createLexicon(['xcode', 'maintain databases'])

    expect(matches(segmentLine('visual basic xcode maintain databases', {lexicons: [learned, user]}))).toEqual([
      ['visual basic', undefined],
      ['xcode', 'xcode'],
      ['maintain databases', 'maintain databases']
    ])
  })
})

describe('segmentLine: spans that open on a forbidden gap', () => {
  // Words that forbid a boundary before or after them ("of", "the", "and", "staff,", "(ICT)"), in runs
  // long and short, among words that start and end labels.
  const word = fc.constantFrom(
    'manage', 'staff', 'promote', 'music', 'financial', 'jurisdiction', 'sales', 'activities', 'Python', 'ICT',
    'of', 'the', 'and', 'in', 'a', 'to', 'staff,', '(ICT)', 'principles', 'record', 'legislation', 'various'
  )
  const own = ownLabels({knowledge: [{name: 'Sales activities'}, {name: 'Financial jurisdiction'}], skills: [{name: 'Manage staff'}]})
  const lexicon = createLexicon(['promote music', 'principles of the law', 'record music', 'python'])
  const settings: SegmentOptions[] = [{}, {document: own}, {document: own, lexicons: [lexicon]}]

  // Runs of up to 14 function words: those a span can go round, and those it cannot.
  const run = fc.array(fc.constantFrom('of', 'the', 'and', 'in', 'a', 'to'), {minLength: 1, maxLength: 14}).map((words) => words.join(' '))

  test('are skipped with the same segments, entries and confidences as when every span is scored', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(word, word, run), {minLength: 1, maxLength: 40}), fc.integer({min: 0, max: settings.length - 1}), (words, index) => {
        const line = words.join(' ')
        const options = settings[index]!
        expect(segmentLine(line, options)).toEqual(segmentLine(line, {...options, exhaustive: true}))
      }),
      {numRuns: 500}
    )
  })

  test('a run of forbidden gaps too long to go round is scored in full, and still read', () => {
    const line = 'manage staff ' + Array.from({length: 14}, () => 'of').join(' ') + ' promote music'
    const segments = segmentLine(line)

    expect(segments).toEqual(segmentLine(line, {exhaustive: true}))
    expect(segments.map((segment) => segment.text).join(' ')).toBe(line)
  })
})
