import {expect, test} from 'vitest'
import * as api from '../src/index.js'

test('exposes exactly the documented public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'ConfigError',
    'EssentialItemSchema',
    'HollandTypeSchema',
    'ItemKindSchema',
    'LexiconError',
    'OptionalItemSchema',
    'PersonalityTypeSchema',
    'ProfessionSchema',
    'RelatedProfessionsSchema',
    'builtinDetectors',
    'builtinRules',
    'collectItems',
    'collectLabels',
    'configJsonSchema',
    'createLexicon',
    'createRule',
    'format',
    'formatFromPath',
    'formatProfession',
    'hollandCode',
    'hollandType',
    'hollandTypes',
    'learnLexicon',
    'loadLexicon',
    'parse',
    'parseFile',
    'parseLexicon',
    'professionJsonSchema',
    'sniffFormat',
    'tokenizeText',
    'validate'
  ])
})
