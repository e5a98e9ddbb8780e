import {builtinDetectors, type Detector} from '../../../src/index.js'
import {detectorError} from '../../../src/validate/rules/detector-error.js'
import {ruleTester, validProfile} from '../rule-tester.js'

const broken: Detector = {
  id: 'broken',
  description: 'A detector that throws',
  isNoise() {
    throw new Error('out of order')
  }
}

ruleTester(detectorError, {
  valid: [{name: 'the built-in detectors', text: validProfile}],
  invalid: [
    {
      name: 'a detector whose hook throws, at the block it was given',
      text: validProfile,
      settings: {detectors: [...builtinDetectors, broken]},
      messages: [{line: 1, column: 1, reason: 'Cannot use detector `broken`: its `isNoise` failed: out of order'}]
    }
  ]
})
