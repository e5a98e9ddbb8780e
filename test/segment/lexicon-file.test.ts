import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import Papa from 'papaparse'
import {describe, expect, test} from 'vitest'
import type {Lexicon} from '../../src/segment/lexicon.js'
import {LexiconError, parseLexicon} from '../../src/segment/lexicon-file.js'
import {loadLexicon} from '../../src/segment/load-lexicon.js'

function labels(lexicon: Lexicon): string[] {
  return [...lexicon.entries()].map((entry) => entry.label)
}

function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }

  return undefined
}

/** ESCO's skills CSV with its columns in another order than a download has them. */
const esco = [
  'description,altLabels,skillType,status,preferredLabel,conceptType,conceptUri',
  '"Plan, monitor and report on the budget.","manage budgets\ncontrol a budget",skill/competence,released,manage budget,KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/budget',
  'The laws on taxes.,tax law | taxation legislation,knowledge,released,tax legislation,KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/tax',
  ''
].join('\n')

describe('parseLexicon: ESCO skills CSV', () => {
  test('finds the columns by name in any order, with alternative labels separated by newlines or ` | `', () => {
    expect([...parseLexicon(esco, {file: 'skills.csv'}).entries()]).toEqual([
      {
        label: 'manage budget',
        uri: 'http://data.europa.eu/esco/skill/budget',
        skillType: 'skill/competence',
        kind: 'skill'
      },
      {
        label: 'manage budgets',
        uri: 'http://data.europa.eu/esco/skill/budget',
        skillType: 'skill/competence',
        kind: 'skill',
        preferredLabel: 'manage budget'
      },
      {
        label: 'control a budget',
        uri: 'http://data.europa.eu/esco/skill/budget',
        skillType: 'skill/competence',
        kind: 'skill',
        preferredLabel: 'manage budget'
      },
      {
        label: 'tax legislation',
        uri: 'http://data.europa.eu/esco/skill/tax',
        skillType: 'knowledge',
        kind: 'knowledge'
      },
      {
        label: 'tax law',
        uri: 'http://data.europa.eu/esco/skill/tax',
        skillType: 'knowledge',
        kind: 'knowledge',
        preferredLabel: 'tax legislation'
      },
      {
        label: 'taxation legislation',
        uri: 'http://data.europa.eu/esco/skill/tax',
        skillType: 'knowledge',
        kind: 'knowledge',
        preferredLabel: 'tax legislation'
      }
    ])
  })

  test('recognises the format from the header when no file name is given', () => {
    expect(labels(parseLexicon(esco))).toEqual(labels(parseLexicon(esco, {file: 'skills.csv'})))
  })

  test('takes the kind from `skillType`', () => {
    const lexicon = parseLexicon(esco)

    expect([lexicon.get('control a budget')?.kind, lexicon.get('tax law')?.kind]).toEqual(['skill', 'knowledge'])
  })

  test('reads a file that starts with a byte order mark', () => {
    const text = '\uFEFFconceptUri,preferredLabel,skillType\nhttp://x/tax,tax legislation,knowledge\n'
    const lexicon = parseLexicon(text, {file: 'skills.csv'})

    expect([...lexicon.entries()]).toEqual([
      {label: 'tax legislation', uri: 'http://x/tax', skillType: 'knowledge', kind: 'knowledge'}
    ])
  })

  test('reads a tab-separated file', () => {
    const lexicon = parseLexicon(
      'conceptUri\tpreferredLabel\tskillType\nhttp://x/budget\tmanage budgets\tskill/competence\n'
    )

    expect([...lexicon.entries()]).toEqual([
      {label: 'manage budgets', uri: 'http://x/budget', skillType: 'skill/competence', kind: 'skill'}
    ])
  })

  test('links a preferred label to its own concept, even when an earlier concept has it as an alternative label', () => {
    const lexicon = parseLexicon(
      [
        'conceptUri,preferredLabel,altLabels,skillType',
        'http://x/consumer-electronics,consumer electronics,electronics | home electronics,knowledge',
        'http://x/electronics,electronics,electronic engineering,knowledge'
      ].join('\n'),
      {file: 'skills.csv'}
    )

    expect(lexicon.get('electronics')?.uri).toBe('http://x/electronics')
    expect(lexicon.get('home electronics')?.uri).toBe('http://x/consumer-electronics')
  })
})

describe('parseLexicon: a CSV with a label column', () => {
  test('reads the labels of `skill_label,description`', () => {
    const lexicon = parseLexicon(
      'skill_label,description\nmanage budgets,"Plan, monitor and report on the budget."\ntax legislation,The laws on taxes.\n'
    )

    expect([...lexicon.entries()]).toEqual([{label: 'manage budgets'}, {label: 'tax legislation'}])
  })

  test('reads a one-column CSV named by its extension', () => {
    expect(labels(parseLexicon('label\nmanage budgets\n', {file: 'labels.csv'}))).toEqual(['manage budgets'])
  })
})

describe('parseLexicon: a plain list', () => {
  test('reads one label per line, past a byte order mark, blank lines, padding and CRLF line ends', () => {
    const lexicon = parseLexicon('\uFEFFmanage budgets\n\n  tax legislation  \r\n\r\nruby (computer programming)\n')

    expect(labels(lexicon)).toEqual(['manage budgets', 'tax legislation', 'ruby (computer programming)'])
  })

  test('keeps the first of duplicate labels, whatever their case and spacing', () => {
    const lexicon = parseLexicon('manage budgets\nManage  Budgets\nMANAGE BUDGETS\ntax legislation\n')

    expect(labels(lexicon)).toEqual(['manage budgets', 'tax legislation'])
  })

  test('skips lines starting with `#` as comments', () => {
    expect(labels(parseLexicon('# skills of a producer\nmanage budgets\n  # knowledge\ntax legislation\n'))).toEqual([
      'manage budgets',
      'tax legislation'
    ])
  })

  test('reads a list whose first label has commas as a list, not a CSV', () => {
    expect(labels(parseLexicon('fish, crustaceans and molluscs\nmanage budgets\n', {file: 'labels.txt'}))).toEqual([
      'fish, crustaceans and molluscs',
      'manage budgets'
    ])
  })

  test('reads an empty text as an empty lexicon', () => {
    expect(parseLexicon('').size).toBe(0)
  })
})

describe('parseLexicon: bad files', () => {
  test('throws a LexiconError at the line of an unterminated quote, counting lines inside quoted fields', () => {
    const text = [
      'preferredLabel,altLabels,description',
      'manage budget,"manage budgets',
      'control a budget",Plan the budget.',
      'tax legislation,,The laws on taxes.',
      'edit scripts,,"Rewrite scripts',
      'as needed.',
      'select scripts,,Choose scripts.'
    ]
    for (const newline of ['\n', '\r\n']) {
      const error = thrown(() => parseLexicon(text.join(newline), {file: 'skills.csv'}))

      expect(error).toBeInstanceOf(LexiconError)
      const {name, file, line, message} = error as LexiconError
      expect([name, file, line]).toEqual(['LexiconError', 'skills.csv', 5])
      expect(message).toMatch(/^skills\.csv:5: /)
    }
  })

  test('names the columns it saw when a CSV has no label column', () => {
    const error = thrown(() => parseLexicon('id,description,uri\n1,Plan the budget.,http://x/1\n', {file: 'ids.csv'}))

    expect(error).toBeInstanceOf(LexiconError)
    expect((error as LexiconError).line).toBe(1)
    expect((error as LexiconError).message).toBe(
      'ids.csv:1: Unexpected columns `id`, `description`, `uri`, expected a label column such as `preferredLabel`, `label` or `skill_label`'
    )
  })
})

describe('loadLexicon', () => {
  test('reads a file and names it in errors', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'profession-parser-lexicon-'))
    try {
      const good = join(folder, 'skills.csv')
      const bad = join(folder, 'bad.csv')
      await writeFile(good, esco)
      await writeFile(bad, 'preferredLabel,description\nmanage budgets,"Plan the budget.\n')

      expect(labels(await loadLexicon(good))).toEqual(labels(parseLexicon(esco)))
      const error = await loadLexicon(bad).catch((error: unknown) => error)
      expect(error).toBeInstanceOf(LexiconError)
      expect([(error as LexiconError).file, (error as LexiconError).line]).toEqual([bad, 2])
      expect((error as LexiconError).message.startsWith(bad + ':2: ')).toBe(true)
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })

  test('throws a LexiconError naming a missing file', async () => {
    const missing = fileURLToPath(new URL('no-such-lexicon.csv', import.meta.url))
    const error = await loadLexicon(missing).catch((error: unknown) => error)

    expect(error).toBeInstanceOf(LexiconError)
    expect([(error as LexiconError).file, (error as LexiconError).line]).toEqual([missing, 1])
    expect((error as LexiconError).message.startsWith(missing + ':1: ')).toBe(true)
  })
})

describe('loadLexicon: real ESCO collections from ../shared', () => {
  const folder = fileURLToPath(new URL('../../../shared/esco/collections/', import.meta.url))

  function collections(): string[] {
    if (!existsSync(folder)) {
      throw new Error(`Missing ${folder}: the ESCO collections are expected at ../shared/esco/collections`)
    }

    const files = readdirSync(folder).filter((name) => name.endsWith('.csv'))
    if (files.length === 0) throw new Error(`No CSV file in ${folder}`)
    return files.sort()
  }

  function rows(file: string): Array<Record<string, string>> {
    return Papa.parse<Record<string, string>>(readFileSync(join(folder, file), 'utf8'), {
      header: true,
      skipEmptyLines: true
    }).data
  }

  test('loads every file, with labels, and finds every preferred label', async () => {
    for (const file of collections()) {
      const lexicon = await loadLexicon(join(folder, file))
      const missing = rows(file)
        .map((row) => row['preferredLabel'] ?? '')
        .filter((label) => lexicon.get(label) === undefined)

      expect([file, lexicon.size > 0, missing]).toEqual([file, true, []])
    }
  })

  test('gives every preferred label its own concept URI and skill type', async () => {
    for (const file of collections()) {
      const lexicon = await loadLexicon(join(folder, file))
      const wrong = rows(file)
        .filter((row) => {
          const entry = lexicon.get(row['preferredLabel'] ?? '')
          return entry?.uri !== row['conceptUri'] || entry?.skillType !== row['skillType']
        })
        .map((row) => `${row['preferredLabel']} → ${lexicon.get(row['preferredLabel'] ?? '')?.preferredLabel}`)

      expect([file, wrong]).toEqual([file, []])
    }
  })
})
