import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import deck from '../../slides/index.ts'
import { startDeck, waitForDeckState, type DeckSession } from './harness.ts'

/** Where a slide and its title are on screen, in CSS px, and whether the title can be seen. */
interface Shown {
  slide: number[]
  title: number[]
  /** Every block of the slide's head and body: what the reader reads. */
  blocks: number[][]
  titleVisible: boolean
  /** Slides laid out at all (display other than none). */
  displayed: string[]
}

function shown(page: Page, id: string): Promise<Shown> {
  return page.evaluate((id) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect()
      return [r.left, r.top, r.width, r.height].map((v) => Math.round(v * 10) / 10)
    }
    const slide = document.getElementById(id)!
    const title = slide.querySelector('h1, h2')!
    const r = title.getBoundingClientRect()
    const style = getComputedStyle(title)
    return {
      slide: box(slide),
      title: box(title),
      blocks: [...slide.querySelectorAll('.slide-head > *, .slide-body > *, .part-indicator')].map(box),
      titleVisible:
        r.width > 0 && r.bottom > 0 && r.top < innerHeight && style.visibility === 'visible' && Number(getComputedStyle(slide).opacity) > 0,
      displayed: [...document.querySelectorAll<HTMLElement>('.reveal .slides section')]
        .filter((s) => getComputedStyle(s).display !== 'none')
        .map((s) => s.id),
    }
  }, id)
}

/**
 * The slide as HTML and CSS alone show it: the deck's script (the only module script) is refused,
 * so reveal.js never runs. Then the same URL with the script: the slide must not have moved.
 */
async function beforeAndAfterReveal(
  session: DeckSession,
  hash: string,
  id: string,
  options: Parameters<DeckSession['browser']['newContext']>[0],
) {
  const context = await session.browser.newContext(options)
  try {
    await context.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort())
    const blocked = await context.newPage()
    await blocked.goto(session.server.url + hash)
    await blocked.waitForLoadState('load')
    await blocked.evaluate(() => document.fonts.ready.then(() => undefined))
    const before = await shown(blocked, id)
    const revealRan = await blocked.evaluate(() => document.documentElement.classList.contains('reveal-full-page'))
    await context.unroute(/\/assets\/index-[^/]+\.js$/)
    const page = await context.newPage()
    await page.goto(session.server.url + hash)
    await waitForDeckState(page)
    const after = await shown(page, id)
    // The slide shown as current: reveal.js and the phone's reader (which starts no reveal.js) mark it present.
    const current = await page.evaluate(() => document.querySelector<HTMLElement>('.reveal .slides section.present')?.id)
    return { before, after, revealRan, current }
  } finally {
    await context.close()
  }
}

describe('the first slide, before reveal.js runs', () => {
  let session: DeckSession
  beforeAll(async () => {
    session = await startDeck()
  })
  afterAll(() => session?.close())

  const first = deck.slides[0]!.id
  // Slides with a formula or a diagram, whose CSS does not block the first paint, and those without.
  const html = readFileSync(resolve(inject('distDir'), 'index.html'), 'utf8')
  const styled = new Set(
    [...html.matchAll(/<section id="([^"]+)"[\s\S]*?<\/section>/g)].filter((m) => /class="(katex|diagram)\b/.test(m[0])).map((m) => m[1]!),
  )
  const middle = Math.floor(deck.slides.length / 2)
  const deep = deck.slides.slice(middle).find((s) => !styled.has(s.id))!.id
  const deepStyled = deck.slides.slice(1).find((s) => styled.has(s.id))!.id

  it.each([
    { name: 'the first slide on a 16:9 screen', hash: '', id: first, viewport: { width: 1280, height: 720 } },
    { name: 'the first slide on a 4:3 projector', hash: '', id: first, viewport: { width: 1024, height: 768 } },
    { name: 'a #/slide-id deep link', hash: `#/${deep}`, id: deep, viewport: { width: 1280, height: 720 } },
  ])('shows $name from HTML and CSS alone, where reveal.js then keeps it', async ({ hash, id, viewport }) => {
    const { before, after, revealRan, current } = await beforeAndAfterReveal(session, hash, id, { viewport, reducedMotion: 'reduce' })
    expect(revealRan).toBe(false)
    expect(before.titleVisible).toBe(true)
    // Only that slide is laid out before reveal.js runs.
    expect(before.displayed).toEqual([id])
    expect(current).toBe(id)
    expect(after.titleVisible).toBe(true)
    expectSamePlace(before, after)
  })

  it('never shows a slide with a formula or a diagram before its CSS: it appears when reveal.js starts', async () => {
    const { before, after, revealRan, current } = await beforeAndAfterReveal(session, `#/${deepStyled}`, deepStyled, {
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
    })
    expect(revealRan).toBe(false)
    expect(before.displayed).toEqual([])
    expect(current).toBe(deepStyled)
    expect(after.titleVisible).toBe(true)
  })

  it('gives a reader without JavaScript the formulas’ and diagrams’ styles too', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } })
    try {
      const page = await context.newPage()
      await page.goto(session.server.url)
      await page.waitForLoadState('load')
      const styled = await page.evaluate(() => ({
        // KaTeX's CSS keeps the MathML copy for screen readers only; without it every formula shows twice.
        mathml: [...document.querySelectorAll('.katex .katex-mathml')].map((m) => getComputedStyle(m).position),
        diagrams: [...document.querySelectorAll('figure.diagram')].map((f) => getComputedStyle(f).display),
      }))
      expect(styled.mathml.length).toBeGreaterThan(0)
      expect(new Set(styled.mathml)).toEqual(new Set(['absolute']))
      expect(styled.diagrams.length).toBeGreaterThan(0)
      expect(new Set(styled.diagrams)).toEqual(new Set(['flex']))
    } finally {
      await context.close()
    }
  })

  it.each([
    { name: 'the first page', hash: '', id: first },
    { name: 'the page a #/slide-id link names', hash: `#/${deep}`, id: deep },
  ])('shows $name of the phone’s scroll view, at the size and place the scroll view gives it', async ({ hash, id }) => {
    const { before, after, revealRan, current } = await beforeAndAfterReveal(session, hash, id, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      reducedMotion: 'reduce',
    })
    expect(revealRan).toBe(false)
    expect(before.titleVisible).toBe(true)
    expect(before.displayed).toEqual([id])
    expect(current).toBe(id)
    expectSamePlace(before, after)
  })
})

/** Within half a CSS pixel: the slide, its title and every block of its text. */
function expectSamePlace(before: Shown, after: Shown): void {
  const near = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => Math.abs(v - b[i]!) <= 0.5)
  expect(near(before.slide, after.slide), `slide ${before.slide} then ${after.slide}`).toBe(true)
  expect(near(before.title, after.title), `title ${before.title} then ${after.title}`).toBe(true)
  expect(before.blocks.length).toBe(after.blocks.length)
  const moved = before.blocks.flatMap((b, i) => (near(b, after.blocks[i]!) ? [] : [`block ${i}: ${b} then ${after.blocks[i]}`]))
  expect(moved).toEqual([])
}
