import {describe, expect, test} from 'vitest'
import {Report} from '../../src/messages/report.js'

describe('Report', () => {
  test('stamps the file, the severity and the parser as source', () => {
    const report = new Report('a.md')
    const message = report.add({ruleId: 'empty-document', severity: 'error', reason: 'Unexpected empty document, expected a profile'})
    expect([message.file, message.fatal, message.source, message.line, message.column]).toEqual(['a.md', true, 'profession-parser', 1, 1])
  })

  test('keeps the source a plugin names', () => {
    const report = new Report(undefined)
    const message = report.add({ruleId: 'salary', source: 'salary-plugin', severity: 'warning', reason: 'Unexpected x, expected y'})
    expect([message.source, message.fatal]).toEqual(['salary-plugin', false])
  })
})
