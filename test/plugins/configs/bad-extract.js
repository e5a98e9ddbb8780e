import {defineDetector} from 'profession-parser'

/** Malformed: `extract` is a string. `defineDetector` throws while the module is imported. */
export const salary = defineDetector({
  id: 'salary',
  description: 'Salary range',
  headings: ['salary'],
  extract: 'the first number'
})
