import {VFileMessage} from 'vfile-message'
import {describe, expect, test} from 'vitest'
import {applyBaseline, createBaseline, fingerprint} from '../../src/validate/baseline.js'

function message(reason: string, ruleId: string, line: number, severity: 'error' | 'warning' | 'info' = 'error'): VFileMessage {
  const value = new VFileMessage(reason, {place: {line, column: 1}, ruleId})
  value.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  return value
}

const text = 'one\n  TODO here\nthree\n  TODO here\n'

describe('baseline', () => {
  test('fingerprints by the trimmed text of the line and the reason, not the line number', () => {
    const a = message('Unexpected placeholder `TODO`', 'placeholder-text', 2)
    expect(fingerprint(a, '  TODO here')).toBe(fingerprint(a, 'TODO here'))
    expect(fingerprint(a, 'TODO here')).not.toBe(fingerprint(a, 'TODO there'))
    expect(fingerprint(a, 'TODO here')).toMatch(/^[\da-f]{8}$/)
  })

  test('records errors and warnings with counts, files and keys sorted, info left out', () => {
    const baseline = createBaseline([
      {path: 'b.md', text, messages: [message('Unexpected placeholder `TODO`', 'placeholder-text', 2), message('Unexpected placeholder `TODO`', 'placeholder-text', 4)]},
      {path: 'a.md', text, messages: [message('Dropped', 'boilerplate', 1, 'info'), message('Unexpected x', 'duplicate-item', 3, 'warning')]}
    ])
    const print = fingerprint(message('Unexpected placeholder `TODO`', 'placeholder-text', 2), 'TODO here')
    expect(baseline).toEqual({
      version: 1,
      files: {
        'a.md': {'duplicate-item': {[fingerprint(message('Unexpected x', 'duplicate-item', 3), 'three')]: 1}},
        'b.md': {'placeholder-text': {[print]: 2}}
      }
    })
    expect(Object.keys(baseline.files)).toEqual(['a.md', 'b.md'])
  })

  test('drops as many matching messages as recorded, and keeps the rest', () => {
    const recorded = createBaseline([{path: 'a.md', text, messages: [message('Unexpected placeholder `TODO`', 'placeholder-text', 2)]}])
    const now = [
      message('Unexpected placeholder `TODO`', 'placeholder-text', 2),
      message('Unexpected placeholder `TODO`', 'placeholder-text', 4),
      message('Dropped', 'boilerplate', 1, 'info')
    ]
    const {messages, suppressed} = applyBaseline(recorded, {path: 'a.md', text, messages: now})
    expect(suppressed).toBe(1)
    expect(messages.map((entry) => [entry.ruleId, entry.line])).toEqual([
      ['placeholder-text', 4],
      ['boilerplate', 1]
    ])
    expect(applyBaseline(recorded, {path: 'other.md', text, messages: now}).suppressed).toBe(0)
  })
})
