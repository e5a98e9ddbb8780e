import {expect, test} from 'vitest'
import * as api from '../src/index.js'

test('exposes exactly the documented public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'EssentialItemSchema',
    'HollandTypeSchema',
    'ItemKindSchema',
    'LexiconError',
    'OptionalItemSchema',
    'PersonalityTypeSchema',
    'ProfessionSchema',
    'RelatedProfessionsSchema',
    'builtinDetectors',
    'collectItems',
    'collectLabels',
    'createLexicon',
    'formatFromPath',
    'hollandCode',
    'hollandType',
    'hollandTypes',
    'learnLexicon',
    'loadLexicon',
    'parse',
    'parseFile',
    'parseLexicon',
    'sniffFormat',
    'tokenizeText'
  ])
})
