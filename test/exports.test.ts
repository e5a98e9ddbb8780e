import {expect, test} from 'vitest'
import * as api from '../src/index.js'

test('exposes exactly the documented public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'EssentialItemSchema',
    'HollandTypeSchema',
    'ItemKindSchema',
    'OptionalItemSchema',
    'PersonalityTypeSchema',
    'ProfessionSchema',
    'RelatedProfessionsSchema',
    'builtinDetectors',
    'collectItems',
    'collectLabels',
    'formatFromPath',
    'hollandCode',
    'hollandType',
    'hollandTypes',
    'parse',
    'parseFile',
    'sniffFormat',
    'tokenizeText'
  ])
})
