import {spawn} from 'node:child_process'
import {closeSync, openSync} from 'node:fs'
import {readFile, truncate} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {parseSize} from '../../src/cli/size.js'
import {bakerMarkdown, bakerText} from './documents.js'
import {bin, build, cli, listFiles, type Run} from './run.js'
import {lines, pages, poolSized, summaryPattern, workspace} from '../convert/helpers.js'

beforeAll(build, 120_000)

/** The baker page, padded with trailing blank lines to exactly `size` bytes. */
function bakerOfSize(size: number): string {
  return bakerText + '\n'.repeat(size - Buffer.byteLength(bakerText))
}

const size = Buffer.byteLength(bakerText)

describe('--max-file-size values', () => {
  test('reads bytes, decimal units (1000s) and binary units (1024s), in any case', () => {
    expect(parseSize('1048576')).toBe(1_048_576)
    expect(parseSize('10MB')).toBe(10_000_000)
    expect(parseSize('512KB')).toBe(512_000)
    expect(parseSize('512kb')).toBe(512_000)
    expect(parseSize('1MiB')).toBe(1_048_576)
    expect(parseSize('1.5 KiB')).toBe(1536)
    expect(parseSize('2GB')).toBe(2_000_000_000)
    expect(parseSize('100B')).toBe(100)
  })

  test('refuses what does not say its unit plainly', () => {
    for (const value of ['', 'ten', '10M', '10 K', '-1', '1e6', '10 MB extra', '0x10']) expect(parseSize(value), value).toBeUndefined()
  })

  test('exits 2 on a value that is not a size, or out of range, on every command', async () => {
    const cwd = await workspace({'a.txt': bakerText})
    for (const command of ['parse', 'convert', 'validate', 'format']) {
      for (const value of ['10M', 'lots', '0', '600MB']) {
        const run = await cli([command, 'a.txt', '--max-file-size', value], {cwd})
        expect(run.code, `${command} ${value}`).toBe(2)
        expect(lines(run.stderr)[0]).toMatch(/^error: option '--max-file-size <size>' argument '.+' is invalid\. Expected a size/)
      }
    }
  }, 60_000)

  test('is in the help of every command that reads documents, with its default', async () => {
    const cwd = await workspace()
    for (const command of ['parse', 'convert', 'validate', 'format']) {
      const help = (await cli([command, '--help'], {cwd})).stdout
      expect(help, command).toMatch(/--max-file-size <size>\s+skip documents larger than this/)
      expect(help.replaceAll(/\s+/g, ' '), command).toContain('at most 512MB (default: 10MB)')
    }
  })
})

describe('parse --max-file-size', () => {
  test('reads a file of exactly the limit, and skips one a byte over it, naming it, its size and the limit (exit 1)', async () => {
    const cwd = await workspace({'at.txt': bakerOfSize(2000), 'over.txt': bakerOfSize(2001)})
    const at = await cli(['parse', 'at.txt', '--max-file-size', '2KB', '-q'], {cwd})
    const over = await cli(['parse', 'over.txt', '--max-file-size', '2KB'], {cwd})

    expect(at.code).toBe(0)
    expect(JSON.parse(at.stdout)).toMatchObject({title: 'baker'})
    expect([over.code, over.stdout, over.stderr]).toEqual([
      1,
      '',
      'over.txt: skipped: 2,001 bytes is over the --max-file-size limit of 2,000 bytes\n'
    ])
  })

  test('skips a file over 10 MB by default, without reading it: even one of 8 GiB', async () => {
    const cwd = await workspace({'over.txt': '', 'huge.txt': ''})
    // Sparse files: they take no room, but reading one would take its size in memory.
    await truncate(path.join(cwd, 'over.txt'), 10_000_001)
    await truncate(path.join(cwd, 'huge.txt'), 8 * 1024 ** 3)
    const over = await cli(['parse', 'over.txt'], {cwd})
    const huge = await cli(['parse', 'huge.txt'], {cwd})

    expect([over.code, over.stderr]).toEqual([1, 'over.txt: skipped: 10,000,001 bytes is over the --max-file-size limit of 10,000,000 bytes\n'])
    expect([huge.code, huge.stderr]).toEqual([1, 'huge.txt: skipped: 8,589,934,592 bytes is over the --max-file-size limit of 10,000,000 bytes\n'])
  })

  test('counts the bytes of standard input as they come, and stops past the limit', async () => {
    const cwd = await workspace()
    const over = await cli(['parse', '-', '--max-file-size', `${size - 1}B`], {cwd, input: bakerText})
    const at = await cli(['parse', '-', '--max-file-size', `${size}B`, '-q'], {cwd, input: bakerText})

    expect([over.code, over.stdout, over.stderr]).toEqual([
      1,
      '',
      `<stdin>: skipped: over the --max-file-size limit of ${(size - 1).toLocaleString('en-US')} bytes\n`
    ])
    expect(at.code).toBe(0)
  })

  test('stops reading standard input that never ends', async () => {
    const cwd = await workspace()
    const run = await withStdin(['parse', '-', '--max-file-size', '1MiB'], cwd, '/dev/zero')
    expect([run.code, run.stdout, run.stderr]).toEqual([
      1,
      '',
      '<stdin>: skipped: over the --max-file-size limit of 1,048,576 bytes\n'
    ])
  }, 120_000)
})

describe('--max-file-size in batches', () => {
  for (const concurrency of ['1', '2']) {
    test(`convert skips larger documents with a line each, counts them as failed, and converts the rest (-j ${concurrency})`, async () => {
      const cwd = await workspace({...pages(poolSized), 'corpus/big.txt': bakerOfSize(5000)})
      const run = await cli(
        ['convert', 'corpus', '-o', 'out', '--jsonl', 'all.jsonl', '--max-file-size', '4KiB', '-q', '-j', concurrency],
        {cwd}
      )
      const report = lines(run.stderr)

      expect(run.code).toBe(1)
      expect(report.slice(0, -1)).toEqual(['corpus/big.txt: skipped: 5,000 bytes is over the --max-file-size limit of 4,096 bytes'])
      expect(summaryPattern.exec(report.at(-1) ?? '')?.slice(1)).toEqual([
        String(poolSized + 1),
        String(poolSized),
        '0',
        '1'
      ])
      expect(await listFiles(path.join(cwd, 'out'))).not.toContain('big.json')
      expect(await listFiles(path.join(cwd, 'out'))).toHaveLength(poolSized)
      expect(await readFile(path.join(cwd, 'all.jsonl'), 'utf8')).not.toContain('corpus/big.txt')
    })
  }

  test('convert --learn skips them in both passes', async () => {
    const cwd = await workspace({...pages(3), 'corpus/big.txt': bakerOfSize(5000)})
    const run = await cli(['convert', 'corpus', '-o', 'out', '--learn', '--max-file-size', '4KB', '-q'], {cwd})
    const report = lines(run.stderr)

    expect(run.code).toBe(1)
    // The first pass learns from the three pages only; the second reports the big one once.
    expect(report[0]).toMatch(/^learned \d+ labels? from 3 documents$/)
    expect(report.slice(1, -1)).toEqual(['corpus/big.txt: skipped: 5,000 bytes is over the --max-file-size limit of 4,000 bytes'])
    expect(summaryPattern.exec(report.at(-1) ?? '')?.slice(1)).toEqual(['4', '3', '0', '1'])
  })

  test('validate reports a larger file as an error at its first line (exit 1), and checks the rest', async () => {
    const cwd = await workspace({'a.md': bakerMarkdown, 'big.txt': bakerOfSize(5000)})
    const run = await cli(['validate', '.', '--reporter', 'github', '--max-file-size', '4KB', '-q'], {cwd})
    const json = await cli(['validate', '.', '--reporter', 'json', '--max-file-size', '4KB', '-q'], {cwd})

    expect(run.code).toBe(1)
    expect(run.stdout).toBe(
      '::error file=big.txt,line=1,col=1,title=unreadable-file::File skipped: 5,000 bytes is over the --max-file-size limit of 4,000 bytes\n'
    )
    expect((JSON.parse(json.stdout) as Array<{file: string; errorCount: number}>).map(({file, errorCount}) => [file, errorCount])).toEqual([
      ['a.md', 0],
      ['big.txt', 1]
    ])
  })

  test('format skips a larger file with a line, counts it as failed (exit 1), and formats the rest', async () => {
    const cwd = await workspace({'in/a.md': bakerMarkdown, 'in/big.txt': bakerOfSize(5000)})
    const run = await cli(['format', 'in', '-o', 'out', '--max-file-size', '4KB', '-q'], {cwd})

    expect(run.code).toBe(1)
    expect(lines(run.stderr)).toEqual([
      'in/big.txt: skipped: 5,000 bytes is over the --max-file-size limit of 4,000 bytes',
      '2 files: 1 written, 1 failed'
    ])
    expect(await listFiles(path.join(cwd, 'out'))).toEqual(['a.md'])
  })

  test('format - counts the bytes of standard input', async () => {
    const cwd = await workspace()
    const run = await cli(['format', '-', '--max-file-size', '1KB'], {cwd, input: bakerOfSize(1001)})
    expect([run.code, run.stdout, run.stderr]).toEqual([1, '', '<stdin>: skipped: over the --max-file-size limit of 1,000 bytes\n'])
  })
})

/** Run the CLI with its standard input read from a file or device; killed after a minute, should it hang. */
function withStdin(args: readonly string[], cwd: string, file: string): Promise<Run> {
  const fd = openSync(file, 'r')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd, stdio: [fd, 'pipe', 'pipe']})
    closeSync(fd)
    let stdout = ''
    let stderr = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({code, stdout, stderr})
    })
  })
}
