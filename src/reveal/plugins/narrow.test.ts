import type { RevealApi, RevealConfig } from 'reveal.js'
import { describe, expect, it } from 'vitest'
import { isNarrow, NARROW_SLIDE_WIDTH, SLIDE_HEIGHT, SLIDE_WIDTH, slideSize } from '../config.ts'
import { deckNarrow, type NarrowEnv } from './narrow.ts'

function setup(window: { width: number; height: number }, printView = false) {
  const dataset: Record<string, string> = {}
  const configured: Partial<RevealConfig>[] = []
  let resize: (() => void) | undefined
  const env: NarrowEnv = {
    root: { dataset } as unknown as HTMLElement,
    viewport: () => window,
    onResize: (listener) => {
      resize = listener
      return () => (resize = undefined)
    },
    printView,
  }
  const deck = { configure: (c: Partial<RevealConfig>) => configured.push(c) } as unknown as RevealApi
  const plugin = deckNarrow(() => env)
  plugin.init?.(deck)
  return {
    dataset,
    configured,
    plugin,
    resizeTo(size: { width: number; height: number }) {
      Object.assign(window, size)
      resize?.()
    },
  }
}

describe('slideSize', () => {
  it.each([
    [
      { width: 1280, height: 720 },
      { width: SLIDE_WIDTH, height: SLIDE_HEIGHT },
    ],
    [
      { width: 1024, height: 768 },
      { width: SLIDE_WIDTH, height: SLIDE_HEIGHT },
    ],
    // A phone turned sideways keeps the 16:9 slide.
    [
      { width: 844, height: 390 },
      { width: SLIDE_WIDTH, height: SLIDE_HEIGHT },
    ],
    // Upright: the narrow width, as tall as the screen at that width's scale.
    [
      { width: 390, height: 844 },
      { width: NARROW_SLIDE_WIDTH, height: 1212 },
    ],
    [
      { width: 360, height: 780 },
      { width: NARROW_SLIDE_WIDTH, height: 1213 },
    ],
    // Narrow but short: never shorter than the 16:9 slide.
    [
      { width: 400, height: 300 },
      { width: NARROW_SLIDE_WIDTH, height: SLIDE_HEIGHT },
    ],
  ])('%o → %o', (window, size) => expect(slideSize(window)).toEqual(size))

  it('calls a window narrow where reveal.js switches to its scroll view (435 px after its 4% margin)', () => {
    expect(isNarrow({ width: 453 })).toBe(true)
    expect(isNarrow({ width: 454 })).toBe(false)
  })

  it('keeps the narrow scale at 0.6 or more on a 390 px phone', () => {
    const size = slideSize({ width: 390, height: 844 })
    expect((390 * 0.96) / size.width).toBeGreaterThanOrEqual(0.6)
  })
})

describe('deck-narrow', () => {
  it('gives a phone held upright the narrow slide and marks the page narrow', () => {
    const s = setup({ width: 390, height: 844 })
    expect(s.configured).toEqual([{ width: NARROW_SLIDE_WIDTH, height: 1212 }])
    expect(s.dataset.layout).toBe('narrow')
  })

  it('leaves a wide window at 16:9, unmarked', () => {
    const s = setup({ width: 1280, height: 720 })
    expect(s.configured).toEqual([{ width: SLIDE_WIDTH, height: SLIDE_HEIGHT }])
    expect(s.dataset.layout).toBeUndefined()
  })

  it('follows the phone turning, and ignores height-only changes (toolbars showing and hiding)', () => {
    const s = setup({ width: 390, height: 844 })
    s.resizeTo({ width: 390, height: 760 })
    expect(s.configured).toHaveLength(1)
    s.resizeTo({ width: 844, height: 390 })
    expect(s.configured.at(-1)).toEqual({ width: SLIDE_WIDTH, height: SLIDE_HEIGHT })
    expect(s.dataset.layout).toBeUndefined()
    s.resizeTo({ width: 390, height: 844 })
    expect(s.configured.at(-1)).toEqual({ width: NARROW_SLIDE_WIDTH, height: 1212 })
    expect(s.dataset.layout).toBe('narrow')
  })

  it('does nothing in print view', () => {
    const s = setup({ width: 390, height: 844 }, true)
    expect(s.configured).toEqual([])
    expect(s.dataset.layout).toBeUndefined()
  })
})
