import {describe, expect, test} from 'vitest'
import {release} from '../../src/cli/convert/release.js'

describe('release', () => {
  test('frees the memory of bytes in a buffer of their own at once', () => {
    const before = process.memoryUsage().arrayBuffers
    const lines = Array.from({length: 200}, () => new TextEncoder().encode('x'.repeat(100_000)))
    expect(process.memoryUsage().arrayBuffers - before).toBeGreaterThan(15_000_000)

    for (const line of lines) release(line)

    // The views are still referenced: only `release` can have given their memory back.
    expect(lines.every((line) => line.byteLength === 0)).toBe(true)
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(1_000_000)
  })

  test('leaves a view into a shared buffer, and strings, alone', () => {
    const pooled = Buffer.from('{"path":"a.txt"}\n')
    const slice = new Uint8Array(new ArrayBuffer(64), 8, 16)
    release(pooled)
    release(slice)
    release('{"path":"b.txt"}\n')

    expect(pooled.toString()).toBe('{"path":"a.txt"}\n')
    expect(slice.byteLength).toBe(16)
  })
})
