import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { createSizer, kindOf } from '../../bench/bytes.ts'
import { median, table } from '../../bench/stats.ts'

describe('bench helpers', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[null, 5, undefined, Number.NaN], 5],
    [[], undefined],
  ] as [(number | null | undefined)[], number | undefined][])('median(%j) = %j', (values, m) => {
    expect(median(values)).toBe(m)
  })

  it.each([
    ['assets/index-abc.js', 'script'],
    ['assets/index-abc.css', 'style'],
    ['assets/source-sans-3-latin-400-normal-x.woff2', 'font'],
    ['index.html', 'html'],
    ['assets/favicon-x.svg', 'image'],
  ])('%s is %s', (path, kind) => {
    expect(kindOf(path)).toBe(kind)
  })

  const dir = mkdtempSync(join(tmpdir(), 'bench-sizer-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('sizes served files raw and gzipped, the root URL as index.html, other hosts not at all', () => {
    const html = '<!doctype html>'.repeat(100)
    writeFileSync(join(dir, 'index.html'), html)
    const size = createSizer(dir, 'http://127.0.0.1:4000/')
    expect(size('http://127.0.0.1:4000/')).toEqual({ kind: 'html', raw: html.length, gzip: gzipSync(html, { level: 6 }).length })
    expect(size('http://127.0.0.1:4000/missing.js')).toBeUndefined()
    expect(size('https://example.org/index.html')).toBeUndefined()
  })

  it('lays out a table with the first column left-aligned and the rest right-aligned', () => {
    expect(
      table([
        ['what', 'value'],
        ['a', '1 ms'],
        ['longer', '100 ms'],
      ]),
    ).toBe('what      value\n------   ------\na          1 ms\nlonger   100 ms')
  })
})
