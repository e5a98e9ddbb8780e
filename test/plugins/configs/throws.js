import {defineDetector} from 'profession-parser'

/** Well formed, but its `extract` throws on every document. */
export const salary = defineDetector({
  id: 'salary',
  description: 'Salary range',
  headings: ['salary'],
  extract() {
    throw new Error('no currency table loaded')
  }
})

export const detectors = [salary]
