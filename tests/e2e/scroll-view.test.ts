import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import deck from '../../slides/index.ts'
import { REVEAL_CHUNK, startDeck, waitForDeckState, type DeckSession } from './harness.ts'

const PHONE = { viewport: { width: 390, height: 844 }, context: { reducedMotion: 'reduce' as const, isMobile: true, hasTouch: true } }

/** The last slide with fragments: far from the first page, so it is not laid out at load. */
const farWithFragments = (page: Page) =>
  page.evaluate(() => {
    const slides = [...document.querySelectorAll<HTMLElement>('.reveal .slides section')]
    return slides.filter((s) => s.querySelector('.fragment')).at(-1)!.id
  })

/** Scroll the scroll view (reveal.js scrolls its viewport element, the body) to a share of a slide's page. */
async function scrollInto(page: Page, id: string, share: number): Promise<void> {
  await page.evaluate(
    ({ id, share }) => {
      const viewport = document.querySelector<HTMLElement>('.reveal-viewport')!
      const slidePage = document.getElementById(id)!.closest<HTMLElement>('.scroll-page')!
      const travel = slidePage.offsetHeight - viewport.clientHeight
      viewport.scrollTop = slidePage.offsetTop + Math.round(travel * share)
    },
    { id, share },
  )
}

/** Fragments of a slide that are shown and on screen, and those that are not. */
function fragmentsShown(page: Page, id: string): Promise<{ shown: number; total: number }> {
  return page.evaluate((id) => {
    const fragments = [...document.getElementById(id)!.querySelectorAll<HTMLElement>('.fragment')]
    const onScreen = (el: HTMLElement) => {
      const r = el.getBoundingClientRect()
      const s = getComputedStyle(el)
      return r.width > 0 && r.bottom > 0 && r.top < innerHeight && s.visibility === 'visible' && Number(s.opacity) > 0.99
    }
    return { shown: fragments.filter(onScreen).length, total: fragments.length }
  }, id)
}

/** Where a slide's page starts, in CSS px from the top of the screen. */
const pageTop = (page: Page, id: string) =>
  page.evaluate((id) => Math.round(document.getElementById(id)!.closest('.scroll-page')!.getBoundingClientRect().top), id)

/**
 * The slide the phone shows as current: the reader and reveal.js's scroll view both mark it
 * `present` (reveal.js may not be running: a phone that only reads never starts it).
 */
const currentId = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('.reveal .slides section.present')?.id)
const waitForCurrent = (page: Page, id: string) =>
  page.waitForFunction((id) => document.querySelector<HTMLElement>('.reveal .slides section.present')?.id === id, id)

/** One server and browser connection for the file; each test opens its own pages. */
let session: DeckSession
beforeAll(async () => {
  session = await startDeck()
})
afterAll(() => session?.close())

describe('the scroll view on a phone (far slides are not laid out until scrolled near)', () => {
  let page: Page
  beforeAll(async () => {
    page = await session.open('', PHONE)
  })

  it('lays out only the pages near the screen at load', async () => {
    const rendered = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.scroll-page')].filter((p) => {
          // A skipped page's content has no paint; checkVisibility() reports it as not visible.
          const section = p.querySelector('section')!
          return section.checkVisibility({ contentVisibilityAuto: true })
        }).length,
    )
    const pages = await page.evaluate(() => document.querySelectorAll('.scroll-page').length)
    expect(pages).toBe(deck.slides.length)
    expect(rendered).toBeGreaterThan(0)
    expect(rendered).toBeLessThan(pages / 2)
  })

  it('shows a far slide’s fragments one after another as the reader scrolls through its page', async () => {
    const id = await farWithFragments(page)
    await scrollInto(page, id, 0)
    await waitForCurrent(page, id)
    const atStart = await fragmentsShown(page, id)
    expect(atStart.total).toBeGreaterThan(1)
    expect(atStart.shown).toBeLessThan(atStart.total)
    await scrollInto(page, id, 1)
    await page.waitForFunction(
      (id) => [...document.getElementById(id)!.querySelectorAll('.fragment')].every((f) => f.classList.contains('visible')),
      id,
    )
    expect(await fragmentsShown(page, id)).toEqual({ shown: atStart.total, total: atStart.total })
  })

  it('marks the slide scrolled to in the progress bar', async () => {
    const id = deck.slides.at(-2)!.id
    await scrollInto(page, id, 0)
    await waitForCurrent(page, id)
    const active = await page.evaluate(() => {
      const segments = [...document.querySelectorAll('.scrollbar .scrollbar-slide')]
      return segments.findIndex((s) => s.classList.contains('active'))
    })
    expect(active).toBe(deck.slides.length - 2)
  })

  it('finds text on a far slide with the search plugin (Ctrl+Shift+F) and scrolls it into view', async () => {
    await scrollInto(page, deck.slides[0]!.id, 0)
    // The last slide whose title's first words appear on no other slide: search goes to the first match.
    const { id, words } = await page.evaluate(() => {
      const slides = [...document.querySelectorAll<HTMLElement>('.reveal .slides section')]
      for (const slide of slides.reverse()) {
        const words = slide.querySelector('h1, h2')!.textContent!.trim().split(/\s+/).slice(0, 3).join(' ')
        // The plugin reads what is typed as a regular expression: plain words only.
        if (!/^[\p{L}\s]+$/u.test(words)) continue
        if (slides.filter((s) => s.textContent!.toLowerCase().includes(words.toLowerCase())).length === 1) return { id: slide.id, words }
      }
      throw new Error('no slide with a title of its own')
    })
    expect(deck.slides.findIndex((s) => s.id === id)).toBeGreaterThan(deck.slides.length / 2)
    await page.keyboard.press('Control+Shift+F')
    await page.locator('.searchbox input').fill(words)
    await page.locator('.searchbox input').press('Enter')
    // The match is marked in the far slide, and the view scrolls to that slide's page (reveal.js
    // 6.0.2 alone landed up to a page short; deck-scroll-location scrolls to the page itself).
    await page.waitForFunction((id) => document.getElementById(id)!.querySelector('em[style]') !== null, id)
    await waitForCurrent(page, id)
    expect(await currentId(page)).toBe(id)
    expect(await pageTop(page, id)).toBe(0)
  })

  it('lets the browser’s find-in-page reach the text of a far slide that was never laid out', async () => {
    // A page of its own, never scrolled: the earlier tests scrolled this far slide into view,
    // and scrolling back does not promise the browser skips it again before the search runs.
    const fresh = await session.open('', PHONE)
    const found = await fresh.evaluate(() => {
      const far = [...document.querySelectorAll<HTMLElement>('.reveal .slides section')].at(-2)!
      const rendered = far.checkVisibility({ contentVisibilityAuto: true })
      const words = far.querySelector('li, p')!.textContent!.trim().split(/\s+/).slice(0, 4).join(' ')
      getSelection()!.removeAllRanges()
      // window.find (non-standard, not in TypeScript's DOM types) is the find-in-page engine: it
      // searches in document order and selects the hit.
      const find = (window as unknown as { find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }).find
      let hit = find(words, false, false, true)
      while (hit && !far.contains(getSelection()!.anchorNode)) hit = find(words, false, false, false)
      return { rendered, hit }
    })
    expect(found).toEqual({ rendered: false, hit: true })
  })
})

describe('links and the address in the phone’s scroll view', () => {
  it('opens a #/slide-id link at that slide’s page, and keeps the link in the address', async () => {
    const id = deck.slides.at(-3)!.id
    const page = await session.open(`#/${id}`, PHONE)
    await waitForCurrent(page, id)
    expect(await pageTop(page, id)).toBe(0)
    expect(await page.evaluate(() => location.hash)).toBe(`#/${id}`)
  })

  it('opens a #/slide-id/f link with that slide’s fragments up to f shown', async () => {
    const probe = await session.open('', PHONE)
    const id = await farWithFragments(probe)
    const page = await session.open(`#/${id}/0`, PHONE)
    await waitForCurrent(page, id)
    await page.waitForFunction((id) => document.getElementById(id)!.querySelector('.fragment.visible') !== null, id)
    const groups = await page.evaluate((id) => {
      const fragments = [...document.getElementById(id)!.querySelectorAll<HTMLElement>('.fragment')]
      const shown = new Set(fragments.filter((f) => f.classList.contains('visible')).map((f) => f.dataset.fragmentIndex))
      return { shown: [...shown], total: new Set(fragments.map((f) => f.dataset.fragmentIndex)).size }
    }, id)
    expect(groups.total).toBeGreaterThan(1)
    expect(groups.shown).toEqual(['0'])
  })

  it('writes the slide scrolled to into the address without adding history, and a reload opens it there', async () => {
    const page = await session.open('', PHONE)
    const before = await page.evaluate(() => history.length)
    const id = deck.slides.at(-4)!.id
    await scrollInto(page, id, 0)
    await waitForCurrent(page, id)
    await page.waitForFunction((id) => location.hash === `#/${id}`, id)
    expect(await page.evaluate(() => history.length)).toBe(before)
    await page.reload()
    await waitForDeckState(page)
    await waitForCurrent(page, id)
    expect(await pageTop(page, id)).toBe(0)
  })

  it('jumps from the argument map to the slide chosen, at the top of the screen', async () => {
    const page = await session.open('', PHONE)
    const id = deck.slides.at(-2)!.id
    await page.keyboard.press('m')
    const map = page.locator('dialog.argument-map')
    await map.waitFor()
    await map.locator(`button[data-target="${id}"]`).click()
    await waitForCurrent(page, id)
    expect(await pageTop(page, id)).toBe(0)
  })
})

describe('the phone’s reader (reveal.js starts only when asked for)', () => {
  it('reads the whole deck without downloading or starting reveal.js', async () => {
    const page = await session.open('', PHONE)
    const scripts: string[] = []
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname))
    const id = deck.slides.at(-2)!.id
    await scrollInto(page, id, 0)
    await waitForCurrent(page, id)
    await page.waitForFunction((id) => location.hash === `#/${id}`, id)
    expect(await page.evaluate(() => typeof window.Reveal)).toBe('undefined')
    // The reveal.js chunk (reveal/start.ts) was never requested, at load or while reading.
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname))
    expect([...loaded, ...scripts].filter((path) => REVEAL_CHUNK.test(path))).toEqual([])
  })

  it('hands the slide being read to reveal.js when a key asks for reveal.js (M: the map)', async () => {
    const page = await session.open('', PHONE)
    const id = deck.slides.at(-5)!.id
    await scrollInto(page, id, 0)
    await waitForCurrent(page, id)
    await page.keyboard.press('m')
    await page.locator('dialog.argument-map').waitFor()
    expect(await page.evaluate(() => window.Reveal.isScrollView() && (window.Reveal.getCurrentSlide() as HTMLElement).id)).toBe(id)
    await page.keyboard.press('Escape')
    expect(await pageTop(page, id)).toBe(0)
  })
})
