import type { Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import deck from '../../slides/index.ts'
import type { Slide } from '../../src/model.ts'
import { inRenderOrder } from '../../src/render/backup.ts'
import { formatClock, planBudgets } from '../../src/render/pacing.ts'
import { currentSlideId, startDeck, waitForSlide, type DeckSession } from './harness.ts'

const flat = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()
const budgets = planBudgets(deck.parts, deck.slides)
const partIndex = (slideId: string) => deck.parts.findIndex((p) => p.id === deck.slides.find((s) => s.id === slideId)!.part)

/** Show a slide through reveal.js's API (tests of a key start from a known slide). */
async function goTo(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    const { h, v } = window.Reveal.getIndices(document.getElementById(id)!)
    window.Reveal.slide(h, v)
  }, id)
  await waitForSlide(page, id)
}

/** Slides without step-by-step reveals: one PageDown leaves them. */
function plainSlides(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.Reveal.getSlides() as HTMLElement[]).filter((s) => !s.querySelector('.fragment')).map((s) => s.id))
}

describe('presenting the built deck', () => {
  let session: DeckSession
  let page: Page
  beforeAll(async () => {
    session = await startDeck()
    page = await session.open('', { context: { reducedMotion: 'reduce' } })
  })
  afterAll(() => session?.close())

  describe('speaker view (S)', () => {
    it('shows the current and next slide, the notes with the part’s budget, and the clock, timer and pacing timer', async () => {
      const ids = deck.slides.map((s) => s.id)
      const plain = await plainSlides(page)
      // A slide in the second part with no fragments, so "next" is the next slide.
      const start = ids.find((id, i) => i > 1 && plain.includes(id) && partIndex(id) === 1)!
      const next = ids[ids.indexOf(start) + 1]!
      await goTo(page, start)
      const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')])
      try {
        const notesOf = async (id: string) => flat(await page.locator(`section#${id} aside.notes`).evaluate((n) => n.textContent))
        const shownNotes = () => popup.evaluate(() => document.querySelector('.speaker-controls-notes .value')?.textContent ?? '')
        await popup.waitForFunction(() => document.querySelector('.speaker-controls-notes .value')?.textContent?.trim())
        expect(flat(await shownNotes())).toBe(await notesOf(start))

        // The part's budget, where only the presenter sees it: planned length and planned end.
        const budget = budgets[partIndex(start)]!
        const pace = flat(await popup.locator('.speaker-controls-notes .value .pace').textContent())
        expect(pace).toBe(
          `Part ${budget.part.numeral} · ${budget.part.label}: ${formatClock(budget.seconds)} planned, ` +
            `from ${formatClock(budget.startsAt)} to ${formatClock(budget.endsAt)} elapsed.`,
        )

        // The clock, the elapsed timer and reveal.js's pacing timer (shown only when the deck
        // gives it timings: data-timing on every slide, defaultTiming in the config).
        await popup.waitForFunction(() => getComputedStyle(document.querySelector('.speaker-controls-time .pacing')!).display !== 'none')
        const time = await popup.evaluate(() => ({
          clock: document.querySelector('.speaker-controls-time .clock-value')?.textContent ?? '',
          timer: document.querySelector('.speaker-controls-time .timer')?.textContent ?? '',
          pacing: document.querySelector('.speaker-controls-time .pacing')?.textContent ?? '',
          pacingTitle: document.querySelector('.speaker-controls-time .pacing-title')?.textContent ?? '',
        }))
        expect(time.clock).toMatch(/\d{1,2}:\d\d/)
        expect(flat(time.timer)).toMatch(/^\d\d:\d\d:\d\d$/)
        expect(flat(time.pacing)).toMatch(/^-?\d\d:\d\d:\d\d$/)
        expect(time.pacingTitle).toMatch(/pacing/i)

        // Current and upcoming previews: the deck itself, in two frames.
        const frame = (marker: string) => popup.frames().find((f: Frame) => f.url().includes(marker))
        await popup.waitForFunction(() => document.querySelectorAll('#current-slide iframe, #upcoming-slide iframe').length === 2)
        const current = frame('postMessageEvents=true')!
        const upcoming = frame('controls=false')!
        const shows = (f: Frame, id: string) =>
          f.waitForFunction((want) => (window.Reveal?.getCurrentSlide() as HTMLElement | undefined)?.id === want, id, { timeout: 15_000 })
        await shows(current, start)
        await shows(upcoming, next)

        // The previews follow the audience's theme (T pressed on the main screen).
        await page.keyboard.press('t')
        await current.waitForFunction(() => document.documentElement.getAttribute('data-theme') === 'dark')
        await upcoming.waitForFunction(() => document.documentElement.getAttribute('data-theme') === 'dark')
        await page.keyboard.press('t')
        await page.keyboard.press('t')
        await current.waitForFunction(() => !document.documentElement.hasAttribute('data-theme'))

        // The presenter moves on: the speaker view follows.
        await page.keyboard.press('PageDown')
        await waitForSlide(page, next)
        await popup.waitForFunction(
          (want) => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes(want),
          (await notesOf(next)).slice(0, 40),
        )
        await shows(current, next)
      } finally {
        await popup.close()
      }
    })

    it('never shows the pacing line on the audience’s screen, on any slide', async () => {
      const leaks = await page.evaluate(async () => {
        const found: string[] = []
        for (const slide of window.Reveal.getSlides() as HTMLElement[]) {
          const { h, v } = window.Reveal.getIndices(slide)
          window.Reveal.slide(h, v)
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
          const pace = slide.querySelector('.pace')
          if (!pace) found.push(`${slide.id}: no pacing line in its notes`)
          else if (pace.getClientRects().length > 0) found.push(`${slide.id}: pacing line is rendered`)
          const audience = (document.querySelector('.reveal') as HTMLElement).innerText
          if (/planned, from/.test(audience)) found.push(`${slide.id}: budget text is on screen`)
        }
        return found
      })
      expect(leaks).toEqual([])
    })
  })

  it('shows on every slide the part’s name and progress through the parts', async () => {
    const indicators = await page.evaluate(async () => {
      const out = []
      for (const slide of window.Reveal.getSlides() as HTMLElement[]) {
        const { h, v } = window.Reveal.getIndices(slide)
        window.Reveal.slide(h, v)
        await new Promise((r) => requestAnimationFrame(r))
        const footer = slide.querySelector<HTMLElement>('footer.part-indicator')
        const dots = [...(footer?.querySelectorAll('.part-dots li') ?? [])]
        out.push({
          id: slide.id,
          visible: !!footer && footer.checkVisibility(),
          name: footer?.querySelector('.part-name')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
          dots: dots.length,
          current: dots.findIndex((d) => d.classList.contains('current')),
          done: dots.filter((d) => d.classList.contains('done')).length,
        })
      }
      return out
    })
    expect(indicators).toEqual(
      // The talk's slides (getSlides leaves out backup slides; they carry a backup marker instead).
      (deck.slides as readonly Slide[])
        .filter((s) => !s.backup)
        .map((s) => {
          const i = deck.parts.findIndex((p) => p.id === s.part)
          return {
            id: s.id,
            visible: true,
            name: `${deck.parts[i]!.numeral} ${deck.parts[i]!.label}`,
            dots: deck.parts.length,
            current: i,
            done: i,
          }
        }),
    )
  })

  describe('argument map (M)', () => {
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null
        return { target: a?.dataset.target, inMap: !!a?.closest('dialog.argument-map'), current: a?.getAttribute('aria-current') }
      })
    const mapOpen = () => page.evaluate(() => !!document.querySelector<HTMLDialogElement>('dialog.argument-map')?.open)

    it('lists every part and slide, starts on the current slide, moves with the arrow keys, and jumps on Enter', async () => {
      const ids = inRenderOrder(deck.slides as readonly Slide[]).map((s) => s.id)
      const hasBackups = (deck.slides as readonly Slide[]).some((s) => s.backup)
      const start = ids[2]!
      await goTo(page, start)
      await page.keyboard.press('m')
      await page.waitForSelector('dialog.argument-map[open]')
      const listed = await page.evaluate(() => ({
        parts: [...document.querySelectorAll('dialog.argument-map h3')].map((h) => h.textContent?.trim()),
        slides: [...document.querySelectorAll<HTMLElement>('dialog.argument-map button[data-target]')].map((b) => b.dataset.target),
        name: document.querySelector('dialog.argument-map')?.getAttribute('aria-labelledby'),
      }))
      expect(listed.parts).toEqual([
        ...deck.parts.map((p) => `${p.numeral} ${p.label}`),
        ...(hasBackups ? ['Backup slides (for questions)'] : []),
      ])
      expect(listed.slides).toEqual(ids)
      expect(listed.name).toBeTruthy()
      expect(await focused()).toEqual({ target: start, inMap: true, current: 'true' })

      await page.keyboard.press('ArrowDown')
      expect((await focused()).target).toBe(ids[3])
      // ArrowRight jumps from the focused slide to the first slide of the next part.
      await page.keyboard.press('ArrowRight')
      const nextPartStart = (deck.slides as readonly Slide[]).find(
        (s) => !s.backup && deck.parts.findIndex((p) => p.id === s.part) === partIndex(ids[3]!) + 1,
      )!.id
      expect((await focused()).target).toBe(nextPartStart)
      await page.keyboard.press('End')
      expect((await focused()).target).toBe(ids.at(-1))
      await page.keyboard.press('Home')
      await page.keyboard.press('ArrowDown')
      // Keys inside the map never move the deck behind it.
      expect(await currentSlideId(page)).toBe(start)

      await page.keyboard.press('Enter')
      await waitForSlide(page, ids[1]!)
      expect(await mapOpen()).toBe(false)
    })

    it('closes with Esc or M, gives focus back, and leaves the deck where it was', async () => {
      const start = deck.slides[4]!.id
      await goTo(page, start)
      await page.focus('.reveal .controls .navigate-right')
      await page.keyboard.press('m')
      await page.waitForSelector('dialog.argument-map[open]')
      expect((await focused()).inMap).toBe(true)
      // Shift+Tab from the list reaches the close button, still inside the map.
      await page.keyboard.press('Shift+Tab')
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('argument-map-close')

      await page.keyboard.press('Escape')
      expect(await mapOpen()).toBe(false)
      expect(await page.evaluate(() => document.activeElement?.classList.contains('navigate-right'))).toBe(true)
      expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(false)
      expect(await currentSlideId(page)).toBe(start)

      await page.keyboard.press('m')
      await page.waitForSelector('dialog.argument-map[open]')
      await page.keyboard.press('m')
      expect(await mapOpen()).toBe(false)
      expect(await currentSlideId(page)).toBe(start)
    })

    it('closes when a slide is chosen with the mouse', async () => {
      await goTo(page, deck.slides[0]!.id)
      await page.keyboard.press('m')
      const target = deck.slides.at(-2)!.id
      await page.click(`dialog.argument-map button[data-target="${target}"]`)
      await waitForSlide(page, target)
      expect(await mapOpen()).toBe(false)
    })
  })

  it('lists every shortcut under ?, the deck’s own included, in a dialog that Esc closes', async () => {
    await goTo(page, deck.slides[1]!.id)
    await page.keyboard.press('Shift+Slash')
    const help = page.locator('.r-overlay-help')
    await help.waitFor()
    const rows = await help.locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')))
    const has = (key: RegExp, action: RegExp) => rows.some(([k, a]) => key.test(k ?? '') && action.test(a ?? ''))
    const expected: [RegExp, RegExp][] = [
      [/^T$/, /theme/i],
      [/^M$/, /argument map/i],
      [/^S$/, /speaker/i],
      [/CTRL \+ Shift \+ F/i, /search/i],
      [/PAGE UP.*PAGE DOWN/, /clicker/i],
      [/^B/, /pause/i],
      [/^F$/, /fullscreen/i],
      [/O/, /overview/i],
      [/alt \+ click/i, /zoom/i],
      [/\?/, /shortcuts/i],
      [/^R$/, /backup slide.*return/i],
      [/^U$/, /link to this slide/i],
    ]
    expect(expected.filter(([k, a]) => !has(k, a)).map(([k, a]) => `${k} ${a}`)).toEqual([])
    expect(await help.getAttribute('role')).toBe('dialog')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('r-overlay-close'))).toBe(true)
    await page.keyboard.press('Escape')
    await help.waitFor({ state: 'detached' })
    expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(false)
  })

  describe('navigation', () => {
    it('PageDown and PageUp (a clicker) step through the deck; the slide number and progress bar follow', async () => {
      // The audience's count is the talk's: backup slides are outside it.
      const ids = (deck.slides as readonly Slide[]).filter((s) => !s.backup).map((s) => s.id)
      const plain = await plainSlides(page)
      const i = ids.findIndex((id, n) => n > 2 && plain.includes(id))
      await goTo(page, ids[i]!)
      const chrome = () =>
        page.evaluate(() => ({
          number: document.querySelector('.reveal .slide-number')?.textContent?.replace(/\s+/g, ''),
          progress: new DOMMatrix(getComputedStyle(document.querySelector('.reveal .progress span')!).transform).a,
          progressShown: document.querySelector<HTMLElement>('.reveal .progress')!.checkVisibility(),
        }))
      await page.keyboard.press('PageDown')
      await waitForSlide(page, ids[i + 1]!)
      const after = await chrome()
      expect(after.number).toBe(`${i + 2}/${ids.length}`)
      expect(after.progressShown).toBe(true)
      expect(after.progress).toBeCloseTo((i + 1) / (ids.length - 1), 2)
      await page.keyboard.press('PageUp')
      await waitForSlide(page, ids[i]!)
      expect((await chrome()).number).toBe(`${i + 1}/${ids.length}`)
    })

    it('O shows the overview; the arrow keys choose a slide and Enter opens it', async () => {
      const ids = deck.slides.map((s) => s.id)
      await goTo(page, ids[0]!)
      await page.keyboard.press('o')
      await page.waitForFunction(() => window.Reveal.isOverview())
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('Enter')
      await page.waitForFunction(() => !window.Reveal.isOverview())
      expect(await currentSlideId(page)).toBe(ids[2])
    })

    it('Ctrl+Shift+F searches the slides and goes to the first match; Esc closes the search', async () => {
      await goTo(page, deck.slides[0]!.id)
      const word = 'Fiske'
      const expected = await page.evaluate(
        (w) => (window.Reveal.getSlides() as HTMLElement[]).find((s) => new RegExp(w, 'i').test(s.textContent ?? ''))!.id,
        word,
      )
      await page.keyboard.press('Control+Shift+F')
      const input = page.locator('.reveal .searchbox input')
      await input.waitFor()
      expect(await input.evaluate((el) => el === document.activeElement)).toBe(true)
      expect(await input.getAttribute('aria-label')).toBeTruthy()
      await input.fill(word)
      await input.press('Enter')
      await waitForSlide(page, expected)
      // Esc closes the box (and is not taken as "overview").
      await input.press('Escape')
      await input.waitFor({ state: 'hidden' })
      expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(false)
      expect(await currentSlideId(page)).toBe(expected)
    })

    it('B blacks the screen out and brings it back', async () => {
      await goTo(page, deck.slides[1]!.id)
      await page.locator('body').press('b')
      await page.waitForFunction(() => window.Reveal.isPaused())
      expect(await page.locator('.reveal .pause-overlay').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible')
      await page.keyboard.press('b')
      await page.waitForFunction(() => !window.Reveal.isPaused())
    })

    it('F goes fullscreen', async () => {
      await page.locator('body').press('f')
      await page.waitForFunction(() => document.fullscreenElement !== null)
      await page.evaluate(() => document.exitFullscreen())
      await page.waitForFunction(() => document.fullscreenElement === null)
    })

    it('Alt+click zooms in on a point, and again zooms out', async () => {
      await goTo(page, deck.slides[2]!.id)
      const zoomed = () => page.evaluate(() => document.documentElement.classList.contains('zoomed'))
      await page.keyboard.down('Alt')
      await page.mouse.click(400, 300)
      await page.keyboard.up('Alt')
      expect(await zoomed()).toBe(true)
      await page.keyboard.down('Alt')
      await page.mouse.click(400, 300)
      await page.keyboard.up('Alt')
      expect(await zoomed()).toBe(false)
    })
  })

  it('works from the keyboard alone: Tab reaches only what is on screen, and focus is always visible', async () => {
    const target = deck.slides.find((s) => s.blocks.some((b) => b.kind === 'cite') || /\[@/.test(JSON.stringify(s.blocks)))!.id
    await goTo(page, target)
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    const seen: { where: string; outline: string; onScreen: boolean }[] = []
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab')
      seen.push(
        await page.evaluate(() => {
          const a = document.activeElement as HTMLElement
          const cs = getComputedStyle(a)
          const r = a.getBoundingClientRect()
          const section = a.closest('section')
          return {
            where: section
              ? section.classList.contains('present')
                ? 'current slide'
                : `hidden slide ${section.id}`
              : a.tagName === 'BODY'
                ? 'body'
                : 'chrome',
            outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 ? 'visible' : `${cs.outlineStyle} ${cs.outlineWidth}`,
            onScreen: r.width > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
          }
        }),
      )
    }
    const focusedThings = seen.filter((s) => s.where !== 'body')
    expect(focusedThings.length).toBeGreaterThan(1)
    expect(focusedThings.filter((s) => s.where.startsWith('hidden'))).toEqual([])
    expect(focusedThings.filter((s) => s.outline !== 'visible' || !s.onScreen)).toEqual([])
    expect(seen.some((s) => s.where === 'current slide')).toBe(true)
  })
})
