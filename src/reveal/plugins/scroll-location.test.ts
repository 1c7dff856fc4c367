import { describe, expect, it } from 'vitest'
import { parseDeckLink, scrollTopFor } from './scroll-location.ts'

describe('parseDeckLink', () => {
  it('reads the links reveal.js writes: by slide id, with or without a fragment', () => {
    expect(parseDeckLink('#/four-scenarios')).toEqual({ id: 'four-scenarios' })
    expect(parseDeckLink('#/four-scenarios/2')).toEqual({ id: 'four-scenarios', fragment: 2 })
    expect(parseDeckLink('#/caf%C3%A9')).toEqual({ id: 'café' })
  })

  it('reads zero-based h/v/f indices', () => {
    expect(parseDeckLink('#/3')).toEqual({ h: 3, v: 0 })
    expect(parseDeckLink('#/3/1')).toEqual({ h: 3, v: 1 })
    expect(parseDeckLink('#/3/0/2')).toEqual({ h: 3, v: 0, fragment: 2 })
  })

  it('names nothing for an empty, broken or foreign fragment', () => {
    expect(parseDeckLink('')).toBeNull()
    expect(parseDeckLink('#')).toBeNull()
    expect(parseDeckLink('#/')).toBeNull()
    expect(parseDeckLink('#/%E0%A4%A')).toBeNull()
    // A fragment that is not a number is ignored, as reveal.js ignores it.
    expect(parseDeckLink('#/four-scenarios/x')).toEqual({ id: 'four-scenarios' })
  })
})

describe('scrollTopFor', () => {
  const page = { top: 4220, screen: 844, groups: 3 }

  it('is the page’s top for a slide without a fragment asked', () => {
    expect(scrollTopFor(page)).toBe(4220)
    expect(scrollTopFor(page, -1)).toBe(4220)
  })

  it('adds a screen of scrolling per fragment group shown', () => {
    expect(scrollTopFor(page, 0)).toBe(4220 + 844)
    expect(scrollTopFor(page, 2)).toBe(4220 + 3 * 844)
  })

  it('stops at the last group, and ignores fragments on a slide without any', () => {
    expect(scrollTopFor(page, 9)).toBe(4220 + 3 * 844)
    expect(scrollTopFor({ ...page, groups: 0 }, 1)).toBe(4220)
  })
})
