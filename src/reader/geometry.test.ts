import { describe, expect, it } from 'vitest'
import { hashFor, pagePlaces, positionAt } from './geometry.ts'

describe('the reader’s pages', () => {
  const screen = 800
  // A slide alone, one with three fragment groups, one alone.
  const pages = pagePlaces([0, 3, 0], screen)

  it('gives each slide one screen, and one more per fragment group', () => {
    expect(pages).toEqual([
      { top: 0, height: 800, groups: 0 },
      { top: 800, height: 3200, groups: 3 },
      { top: 4000, height: 800, groups: 0 },
    ])
  })

  it('finds the slide whose page holds the middle of the screen', () => {
    expect(positionAt(pages, 0, screen)).toEqual({ index: 0, fragment: -1 })
    expect(positionAt(pages, 399, screen).index).toBe(0)
    expect(positionAt(pages, 401, screen).index).toBe(1)
    expect(positionAt(pages, 4000, screen)).toEqual({ index: 2, fragment: -1 })
    expect(positionAt(pages, 99_999, screen).index).toBe(2)
  })

  it('shows a slide’s fragment groups one screen of scrolling each, as reveal.js’s scroll view does', () => {
    expect(positionAt(pages, 800, screen)).toEqual({ index: 1, fragment: -1 })
    expect(positionAt(pages, 1600, screen)).toEqual({ index: 1, fragment: 0 })
    expect(positionAt(pages, 2400, screen)).toEqual({ index: 1, fragment: 1 })
    expect(positionAt(pages, 3200, screen)).toEqual({ index: 1, fragment: 2 })
    // Half a screen towards the next group shows it; less does not.
    expect(positionAt(pages, 1600 + 401, screen).fragment).toBe(1)
    expect(positionAt(pages, 1600 + 399, screen).fragment).toBe(0)
  })

  it('writes addresses in reveal.js’s own forms', () => {
    expect(hashFor('the-claim', 1, -1)).toBe('#/the-claim')
    expect(hashFor('the-claim', 1, 2)).toBe('#/the-claim/2')
    expect(hashFor(undefined, 4, -1)).toBe('#/4')
    expect(hashFor(undefined, 4, 0)).toBe('#/4/0/0')
  })
})
