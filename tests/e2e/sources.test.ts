import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DeckSlide } from '../../slides/citations.ts'
import deck from '../../slides/index.ts'
import { startDeck, waitForSlide, type DeckSession } from './harness.ts'

const flat = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()

/** A slide with a source note and no step-by-step reveals, in the talk itself. */
const slides: readonly DeckSlide[] = deck.slides
const slide = slides.find((s) => s.sources && !s.backup && !s.backMatter && !JSON.stringify(s.blocks).includes('"steps"'))!
/** A phrase of the source note without markup, as a reader would see it. */
const phrase = flat(slide.sources!.replace(/\[@[^\]]*\]/g, ' ').replace(/[*_]/g, ''))
  .split(' ')
  .slice(0, 6)
  .join(' ')

describe('a slide’s source note (sources) in the presented deck', () => {
  let session: DeckSession
  let page: Page
  beforeAll(async () => {
    session = await startDeck()
    page = await session.open(`#/${slide.id}`, { context: { reducedMotion: 'reduce' } })
    await waitForSlide(page, slide.id)
  })
  afterAll(() => session?.close())

  it('is not on the slide: neither shown nor found by the deck’s text', async () => {
    const shown = flat(await page.locator(`section#${slide.id}`).evaluate((el) => (el as HTMLElement).innerText))
    expect(shown).toContain(flat(slide.title).split(' ')[0])
    expect(shown).not.toContain(phrase)
    expect(flat(await page.locator('.reveal').textContent())).not.toContain(phrase)
  })

  it('is not in the speaker view, which shows the slide’s notes', async () => {
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')])
    try {
      await popup.waitForFunction(() => document.querySelector('.speaker-controls-notes .value')?.textContent?.trim())
      const shown = flat(await popup.evaluate(() => document.querySelector('.speaker-controls-notes .value')?.textContent ?? ''))
      expect(shown).toContain(flat(slide.notes).split(' ').slice(0, 8).join(' '))
      expect(shown).not.toContain(phrase)
      expect(flat(await popup.evaluate(() => document.body.innerText))).not.toContain(phrase)
    } finally {
      await popup.close()
    }
  })
})
