import { describe, expect, it } from 'vitest'
import { countLines, runWidth } from './text-metrics.ts'

describe('text metrics', () => {
  it('measures wider than Helvetica, bold wider still, so a wider fallback font fits', () => {
    // Helvetica: "Hello world" is 4.945 em; at 72 pt one em is an inch.
    expect(runWidth({ text: 'Hello world', size: 72 })).toBeGreaterThan(4.945 * 1.15)
    expect(runWidth({ text: 'Hello world', size: 72, bold: true })).toBeGreaterThan(runWidth({ text: 'Hello world', size: 72 }))
    expect(runWidth({ text: 'x', size: 20, script: 'sup' })).toBeLessThan(runWidth({ text: 'x', size: 20 }))
  })

  it('wraps at spaces, as PowerPoint does', () => {
    const word = runWidth({ text: 'aaaa', size: 20 })
    const space = runWidth({ text: ' ', size: 20 })
    const runs = [{ text: 'aaaa aaaa aaaa aaaa', size: 20 }]
    expect(countLines(runs, 4 * word + 3 * space + 0.01)).toBe(1)
    expect(countLines(runs, 2 * word + space + 0.01)).toBe(2)
    expect(countLines(runs, word + 0.01)).toBe(4)
  })

  it('keeps a word split over runs together, and breaks at no-break spaces never', () => {
    const w = runWidth({ text: 'abc', size: 20 })
    expect(
      countLines(
        [
          { text: 'ab', size: 20 },
          { text: 'c ab', size: 20, italic: true },
          { text: 'c', size: 20 },
        ],
        w * 1.5,
      ),
    ).toBe(2)
    // "a b" fits a line; "b c" joined by a no-break space moves down whole, so "d" needs a third line.
    const line = runWidth({ text: 'a b', size: 20 }) + 0.001
    expect(countLines([{ text: 'a b c d', size: 20 }], line)).toBe(2)
    expect(countLines([{ text: 'a b\u00a0c d', size: 20 }], line)).toBe(3)
  })

  it('breaks a word longer than the line over as many lines as it needs', () => {
    const w = runWidth({ text: 'x'.repeat(30), size: 20 })
    expect(countLines([{ text: 'x'.repeat(30), size: 20 }], w / 3 + 0.001)).toBe(3)
  })
})
