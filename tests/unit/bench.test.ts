import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { createSizer, kindOf } from '../../bench/bytes.ts'
import type { LoadFigures } from '../../bench/page-loads.ts'
import { referenceTable, type Side } from '../../bench/reference-table.ts'
import { median, ratioInterval, table } from '../../bench/stats.ts'

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

describe('a ratio beside the reference deck', () => {
  it('is exact when neither side varies, and names no interval without loads', () => {
    expect(ratioInterval([200, 200, 200], [1000, 1000])).toEqual([0.2, 0.2])
    expect(ratioInterval([], [1000])).toBeUndefined()
    expect(ratioInterval([200, null], [undefined])).toBeUndefined()
  })

  it('holds the ratio of the medians, widens with the spread of the loads, and is the same for the same loads', () => {
    const steady = ratioInterval([980, 1000, 1020, 1000, 990, 1010, 1000], [5000, 5000, 5000, 5000, 5000, 5000, 5000])!
    const noisy = ratioInterval([800, 1000, 1250, 900, 1150, 1000, 1050], [5000, 5000, 5000, 5000, 5000, 5000, 5000])!
    expect(steady[0]).toBeLessThanOrEqual(0.2)
    expect(steady[1]).toBeGreaterThanOrEqual(0.2)
    expect(noisy[1] - noisy[0]).toBeGreaterThan(2 * (steady[1] - steady[0]))
    expect(ratioInterval([800, 1000, 1250, 900, 1150, 1000, 1050], [5000, 5000, 5000, 5000, 5000, 5000, 5000])).toEqual(noisy)
  })

  const load = (diagramsSized: number) =>
    ({
      diagramsSized,
      titlePainted: diagramsSized / 2,
      freeForKey: diagramsSized,
      deckReady: diagramsSized,
      tbt: 0,
    }) as unknown as LoadFigures
  const side = (deck: number[], reference: number[]): Side => ({
    label: 'desktop, 4× CPU',
    deck: deck.map(load),
    reference: reference.map(load),
    rate: 4,
  })
  const diagramsRow = (s: Side) => referenceTable([s]).find((r) => r[0] === 'every diagram at a real size')!

  it('says when the interval straddles the target, and not when the loads are clear of it', () => {
    const ref = [5000, 5200, 4900, 5100, 5000, 5050, 4950]
    const straddling = diagramsRow(side([900, 1000, 1150, 950, 1100, 1000, 1050], ref))
    expect(straddling[1]).toMatch(/= 0\.20× \[0\.\d\d–0\.2\d\] \(≤ 0\.2×\)/)
    expect(straddling[2]).toBe('met (interval straddles)')
    const clear = diagramsRow(side([600, 620, 610, 590, 605, 615, 600], ref))
    expect(clear[2]).toBe('met')
    const missed = diagramsRow(side([1500, 1550, 1490, 1600, 1520, 1510, 1530], ref))
    expect(missed[2]).toBe('MISSED')
  })
})
