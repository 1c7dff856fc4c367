import { describe, expect, it } from 'vitest'
import { createReturnTracker, returnLine } from './backup.ts'

describe('the return tracker (R)', () => {
  it('remembers the last place on a talk slide, not moves on backup slides', () => {
    const t = createReturnTracker()
    expect(t.last).toBeUndefined()
    t.moved({ h: 3, v: 0, f: 1 }, false)
    t.moved({ h: 8, v: 0 }, true)
    t.moved({ h: 9, v: 0 }, true)
    expect(t.last).toEqual({ h: 3, v: 0, f: 1 })
  })

  it('ignores the slides the overview passes through, and counts where it closes', () => {
    const t = createReturnTracker()
    t.moved({ h: 2, v: 0, f: 0 }, false)
    t.browsing(true)
    t.moved({ h: 5, v: 0 }, false)
    t.moved({ h: 6, v: 0 }, false)
    expect(t.last).toEqual({ h: 2, v: 0, f: 0 })
    t.browsing(false)
    t.moved({ h: 6, v: 0 }, false)
    expect(t.last).toEqual({ h: 6, v: 0, f: undefined })
  })

  it('a jump to a talk slide (the room’s “go to slide”) is a detour: the place before it is kept until the deck leaves that slide', () => {
    const t = createReturnTracker()
    t.moved({ h: 4, v: 0, f: 2 }, false)
    t.jumping({ h: 12, v: 0 })
    t.moved({ h: 12, v: 0 }, false)
    t.moved({ h: 12, v: 0, f: 0 }, false)
    expect(t.detour).toBe(true)
    expect(t.last).toEqual({ h: 4, v: 0, f: 2 })
    // Moving on to another talk slide ends the detour: R has nothing to return from.
    t.moved({ h: 13, v: 0 }, false)
    expect(t.detour).toBe(false)
    expect(t.last).toEqual({ h: 13, v: 0, f: undefined })
  })

  it('says where R goes', () => {
    expect(returnLine('A point', 4, 1)).toBe('R returns to “A point” (slide 4, step 2).')
    expect(returnLine('A point', 4, -1)).toBe('R returns to “A point” (slide 4).')
    expect(returnLine(undefined, undefined, undefined)).toMatch(/once you have been on one of its slides/)
  })
})
