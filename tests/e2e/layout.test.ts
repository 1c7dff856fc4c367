import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import deck from '../../slides/index.ts'
import type { Slide } from '../../src/model.ts'
import { inRenderOrder } from '../../src/render/backup.ts'
import { NARROW_SLIDE_WIDTH, SLIDE_HEIGHT, SLIDE_WIDTH } from '../../src/reveal/config.ts'
import { startDeck, type DeckSession } from './harness.ts'

/** What a slide shows past its edges, in design pixels (reveal.js's scale taken out). */
interface SlideFit {
  id: string
  scale: number
  /** How far the furthest element reaches past the slide's box, and which element it is. */
  past: number
  pastWhat: string
  /** How far title and body content reach into the bottom padding that holds the part indicator. */
  intoFooter: number
  intoFooterWhat: string
}

/**
 * Measure every slide: every descendant's box against the slide's box. What an element's
 * ancestors clip away (an SVG's own viewport, a visually hidden text alternative, MathML kept for
 * screen readers) is not shown, so only the visible part of each box counts. In the normal view
 * each slide is shown in turn; in the scroll view all of them are laid out at once.
 */
function measureSlides(page: Page): Promise<SlideFit[]> {
  return page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    const clips = (el: Element) => {
      const cs = getComputedStyle(el)
      return cs.overflowX !== 'visible' || cs.overflowY !== 'visible' || cs.clipPath !== 'none'
    }
    const visibleBox = (el: Element, stop: Element) => {
      const r = el.getBoundingClientRect()
      let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom]
      for (let a = el.parentElement; a && a !== stop; a = a.parentElement) {
        if (!clips(a)) continue
        const c = a.getBoundingClientRect()
        ;[left, top, right, bottom] = [Math.max(left, c.left), Math.max(top, c.top), Math.min(right, c.right), Math.min(bottom, c.bottom)]
      }
      return right - left < 2 || bottom - top < 2 ? undefined : { left, top, right, bottom }
    }
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.classList.length ? '.' + [...el.classList].join('.') : ''}`
    const out: SlideFit[] = []
    // From the DOM: reveal.js's getSlides() leaves out the backup slides ("uncounted"). Every
    // section, wherever it is: a phone's scroll view (reveal.js's or the reader's, which runs no
    // reveal.js) moves each slide into a page of its own.
    for (const slide of document.querySelectorAll<HTMLElement>('.reveal .slides section')) {
      if (window.Reveal && !window.Reveal.isScrollView()) {
        const { h, v } = window.Reveal.getIndices(slide)
        window.Reveal.slide(h, v, Number.MAX_SAFE_INTEGER)
        await frame()
      }
      const box = slide.getBoundingClientRect()
      const scale = box.width / slide.offsetWidth
      const footerTop = box.bottom - parseFloat(getComputedStyle(slide).paddingBottom) * scale
      const fit: SlideFit = { id: slide.id, scale, past: 0, pastWhat: '', intoFooter: 0, intoFooterWhat: '' }
      for (const el of slide.querySelectorAll('*')) {
        const r = visibleBox(el, slide)
        if (!r) continue
        const past = Math.max(r.right - box.right, box.left - r.left, r.bottom - box.bottom, box.top - r.top) / scale
        if (past > fit.past) [fit.past, fit.pastWhat] = [past, name(el)]
        if (el.closest('.slide-head, .slide-body')) {
          const into = (r.bottom - footerTop) / scale
          if (into > fit.intoFooter) [fit.intoFooter, fit.intoFooterWhat] = [into, name(el)]
        }
      }
      out.push(fit)
    }
    return out
  })
}

/** Slides that overflow by more than a pixel, as readable lines for the failure message. */
function overflowing(fits: SlideFit[]): string[] {
  return fits.flatMap((f) => [
    ...(f.past > 1 ? [`${f.id}: ${f.pastWhat} reaches ${Math.round(f.past)} px past the slide`] : []),
    ...(f.intoFooter > 1 ? [`${f.id}: ${f.intoFooterWhat} runs ${Math.round(f.intoFooter)} px into the part indicator's space`] : []),
  ])
}

describe('layout of the built deck', () => {
  let session: DeckSession
  beforeAll(async () => {
    session = await startDeck()
  })
  afterAll(() => session?.close())

  describe.each([
    { name: '16:9 screen', width: 1280, height: 720 },
    { name: '4:3 projector', width: 1024, height: 768 },
  ])('at $width×$height ($name)', ({ width, height }) => {
    let page: Page
    beforeAll(async () => {
      page = await session.open('', { viewport: { width, height }, context: { reducedMotion: 'reduce' } })
    })

    it('shows the whole 16:9 slide, scaled to fit the window', async () => {
      const shown = await page.evaluate(() => {
        const r = document.querySelector('.reveal .slides')!.getBoundingClientRect()
        return { ...r.toJSON(), scale: window.Reveal.getScale(), config: window.Reveal.getConfig() }
      })
      expect([shown.config.width, shown.config.height]).toEqual([SLIDE_WIDTH, SLIDE_HEIGHT])
      expect(shown.width / shown.height).toBeCloseTo(16 / 9, 2)
      expect(shown.left).toBeGreaterThanOrEqual(0)
      expect(shown.top).toBeGreaterThanOrEqual(0)
      expect(shown.right).toBeLessThanOrEqual(width)
      expect(shown.bottom).toBeLessThanOrEqual(height)
      // As large as the window allows after reveal.js's 4% margin: letterboxed on 4:3.
      expect(shown.scale).toBeCloseTo(Math.min((width * 0.96) / SLIDE_WIDTH, (height * 0.96) / SLIDE_HEIGHT), 2)
    })

    it('keeps every element of every slide inside the slide, and clear of the part indicator', async () => {
      const fits = await measureSlides(page)
      expect(fits.map((f) => f.id)).toEqual(inRenderOrder(deck.slides as readonly Slide[]).map((s) => s.id))
      expect(overflowing(fits)).toEqual([])
    })
  })

  describe('on a phone held upright (390×844)', () => {
    let page: Page
    beforeAll(async () => {
      page = await session.open('', {
        viewport: { width: 390, height: 844 },
        context: { reducedMotion: 'reduce', isMobile: true, hasTouch: true },
      })
    })

    it('reads as a scroll of narrow slides, scaled 0.6 or more', async () => {
      // What the reader sees, whichever lays it out (the phone's reader runs no reveal.js).
      const state = await page.evaluate(() => {
        const slide = document.querySelector<HTMLElement>('.reveal .slides section')!
        return {
          scroll: document.body.classList.contains('reveal-scroll') && slide.closest('.scroll-page') !== null,
          layout: document.documentElement.dataset.layout,
          width: slide.offsetWidth,
          scale: slide.getBoundingClientRect().width / slide.offsetWidth,
        }
      })
      expect(state).toMatchObject({ scroll: true, layout: 'narrow', width: NARROW_SLIDE_WIDTH })
      expect(state.scale).toBeGreaterThanOrEqual(0.6)
    })

    it('renders every piece of slide text at 14 CSS px or more', async () => {
      const smallest = await page.evaluate(() => {
        return [...document.querySelectorAll<HTMLElement>('.reveal .slides section')].map((slide) => {
          const scale = slide.getBoundingClientRect().width / slide.offsetWidth
          let min = { px: Infinity, text: '' }
          const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            // KaTeX pads its layout with zero-width spaces at tiny sizes: not text anyone reads.
            if (!/[^\s\u200b]/.test(node.textContent ?? '')) continue
            const el = node.parentElement!
            // Not shown as text: notes, diagram labels (SVG: tests/e2e/diagrams.test.ts measures them), and what is kept for screen readers only.
            if (el.closest('.notes, svg, .katex-mathml, .visually-hidden, template')) continue
            if (el.getClientRects().length === 0) continue
            // The rendered size: the glyph box height follows font-size × the slide's scale.
            const px = parseFloat(getComputedStyle(el).fontSize) * scale
            if (px < min.px) min = { px, text: `${el.tagName.toLowerCase()}.${el.className} “${node.textContent!.trim().slice(0, 30)}”` }
          }
          return { id: slide.id, ...min }
        })
      })
      const tooSmall = smallest.filter((s) => s.px < 14).map((s) => `${s.id}: ${s.px.toFixed(1)} px ${s.text}`)
      expect(tooSmall).toEqual([])
      // Checked against what the browser draws: the glyph box of body text is at least 14 px tall on screen.
      const glyphs = await page.evaluate(() => {
        const text = [...document.querySelectorAll('.reveal .slides .slide-body p')]
          .flatMap((p) => [...p.childNodes])
          .find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 4)!
        const range = document.createRange()
        range.setStart(text, 0)
        range.setEnd(text, 4)
        return range.getBoundingClientRect().height
      })
      expect(glyphs).toBeGreaterThanOrEqual(14)
    })

    it('shows each wide diagram’s portrait drawing, and keeps its text alternative for screen readers', async () => {
      const figures = await page.evaluate(() =>
        [...document.querySelectorAll('.reveal .slides figure.diagram')].map((f) => {
          const alt = f.querySelector<HTMLElement>('.diagram-alt')!
          const shown = [...f.querySelectorAll('.diagram-canvas')].filter((c) => c.getClientRects().length > 0)
          return {
            id: f.id,
            portrait: f.classList.contains('has-portrait'),
            shown: shown.map((c) => (c.classList.contains('diagram-canvas-portrait') ? 'portrait' : 'wide')),
            // Visually hidden (clipped to nothing, out of the flow), still in the accessibility tree.
            altHidden: getComputedStyle(alt).position === 'absolute' && getComputedStyle(alt).clipPath.startsWith('inset(50%'),
            altText: alt.textContent!.trim().length,
          }
        }),
      )
      expect(figures.length).toBeGreaterThan(0)
      for (const f of figures) {
        expect(f.shown, f.id).toEqual([f.portrait ? 'portrait' : 'wide'])
        expect(f.altHidden, `${f.id}: text alternative kept for screen readers`).toBe(true)
        expect(f.altText, f.id).toBeGreaterThan(20)
      }
      expect(figures.filter((f) => f.portrait).length).toBeGreaterThan(0)
    })

    it('never scrolls sideways', async () => {
      const widths = await page.evaluate(() => {
        const viewport = document.querySelector<HTMLElement>('.reveal-viewport')!
        const sections = [...document.querySelectorAll('.reveal .slides section')].map((s) => s.getBoundingClientRect())
        return {
          window: innerWidth,
          document: document.documentElement.scrollWidth,
          viewport: viewport.scrollWidth - viewport.clientWidth,
          rightmost: Math.max(...sections.map((r) => r.right)),
          leftmost: Math.min(...sections.map((r) => r.left)),
        }
      })
      expect(widths.document).toBeLessThanOrEqual(widths.window)
      expect(widths.viewport).toBeLessThanOrEqual(0)
      expect(widths.rightmost).toBeLessThanOrEqual(widths.window)
      expect(widths.leftmost).toBeGreaterThanOrEqual(0)
    })

    it('keeps every element of every narrow slide inside its page', async () => {
      expect(overflowing(await measureSlides(page))).toEqual([])
    })

    it('returns to the 16:9 slide when the phone is turned sideways, and back', async () => {
      const read = await page.evaluate(() => document.querySelector('.reveal .slides section.present')?.id)
      await page.setViewportSize({ width: 844, height: 390 })
      // The reader hands over to reveal.js, at the slide being read.
      await page.waitForFunction(
        () => window.Reveal?.isReady() && !window.Reveal.isScrollView() && window.Reveal.getConfig().width === 1280,
      )
      expect(await page.evaluate(() => document.documentElement.dataset.layout)).toBeUndefined()
      expect(await page.evaluate(() => (window.Reveal.getCurrentSlide() as HTMLElement).id)).toBe(read)
      await page.setViewportSize({ width: 390, height: 844 })
      await page.waitForFunction(() => window.Reveal.isScrollView() && document.documentElement.dataset.layout === 'narrow')
      expect(await page.evaluate(() => window.Reveal.getConfig().width)).toBe(NARROW_SLIDE_WIDTH)
    })
  })
})
