import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { exportPdf } from '../../src/export/pdf.ts'
import { pngSize } from '../../src/export/preview-image.ts'
import { formatClock } from '../../src/render/pacing.ts'
import backupDeck from '../fixtures/backup-deck.ts'
import { BACKUP_PUBLIC_URL } from './fixture-builds.ts'
import {
  FIXTURE_WAIT_MS,
  passedFixture,
  currentSlideId,
  openSpeakerView,
  startDeck,
  waitForDeckState,
  waitForSlide,
  type DeckSession,
} from './harness.ts'
import { outline, pageCount, pdftext, squash } from './pdf-tools.ts'

/**
 * The fixture deck with three backup slides (one listed mid-deck in its module), built with a
 * public URL, so the same build has share pages: backup slides after the closing slide, outside
 * the count and the time, R back to where the talk was; one page and image per slide; U copies a link.
 */
const PUBLIC_URL = BACKUP_PUBLIC_URL
// The PDFs exported below.
const work = mkdtempSync(join(tmpdir(), 'deck-backup-'))
let dist: string
const talk = backupDeck.slides.filter((s) => !s.backup)
const backups = backupDeck.slides.filter((s) => s.backup)
let session: DeckSession
let buildOutput = ''

beforeAll(async () => {
  // Built by global setup (fixture-builds.ts), as are the builds after it that read its caches.
  ;({ dir: dist, output: buildOutput } = await passedFixture('backup'))
  session = await startDeck(dist)
}, FIXTURE_WAIT_MS)
afterAll(async () => {
  await session?.close()
  rmSync(work, { recursive: true, force: true })
})

const indices = (page: Page) => page.evaluate(() => window.Reveal.getIndices())
const waitForFragment = (page: Page, f: number) =>
  page.waitForFunction((want) => window.Reveal.getIndices().f === want, f, { timeout: 10_000 })
const slideNumber = (page: Page) =>
  page.evaluate(() => document.querySelector('.reveal .slide-number')?.textContent?.replace(/\s+/g, ' ').trim())

describe('backup slides', () => {
  it('come after the closing slide, outside the audience’s count and the progress bar', async () => {
    const page = await session.open('#/links')
    try {
      expect(await page.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].map((s) => s.id))).toEqual([
        ...talk.map((s) => s.id),
        ...backups.map((s) => s.id),
      ])
      expect(await page.evaluate(() => window.Reveal.getTotalSlides())).toBe(talk.length)
      expect(await slideNumber(page)).toBe(`2 / ${talk.length}`)
      await page.evaluate(() => window.Reveal.slide(window.Reveal.getIndices(document.getElementById('closing')!).h))
      await waitForSlide(page, 'closing')
      expect(await slideNumber(page)).toBe(`${talk.length} / ${talk.length}`)
      expect(await page.evaluate(() => window.Reveal.getProgress())).toBe(1)
      // On from the closing slide: the first backup slide, numbered as a backup.
      await page.keyboard.press('ArrowRight')
      await waitForSlide(page, backups[0]!.id)
      expect(await slideNumber(page)).toBe(`backup 1/${backups.length}`)
      const marker = page.locator(`section#${backups[0]!.id} .backup-marker`)
      expect(await marker.isVisible()).toBe(true)
      expect(await marker.textContent()).toBe(`Backup 1/${backups.length}`)
      expect(await page.locator(`section#${backups[0]!.id}`).getAttribute('data-backup')).toBe('')
    } finally {
      await page.context().close()
    }
  })

  it('are outside the planned time: the speaker view’s timings and the part budgets add up to the talk alone', async () => {
    const page = await session.open('#/closing')
    try {
      const planned = talk.reduce((n, s) => n + s.timing, 0)
      // What reveal.js's notes plugin sums for its pacing timer (getSlidesAttributes, data-timing).
      const timings = await page.evaluate(() =>
        (window.Reveal.getSlidesAttributes() as Record<string, string>[]).map((a) => Number(a['data-timing'])),
      )
      // reveal.js leaves "uncounted" slides out of it.
      expect(timings).toHaveLength(talk.length)
      expect(timings.reduce((a, b) => a + b, 0)).toBe(planned)
      // The last part ends, in the plan, when the talk's slides are done (in the notes the speaker view shows).
      await (await openSpeakerView(page)).close()
      const pace = await page.locator('section#closing aside.notes .pace').textContent()
      expect(pace).toContain(`to ${formatClock(planned)} elapsed`)
      const backupNotes = await page.locator(`section#${backups[1]!.id} aside.notes`).textContent()
      expect(backupNotes).toMatch(/Backup slide: for questions, outside the talk’s time/)
      expect(backupNotes).not.toMatch(/planned/)
    } finally {
      await page.context().close()
    }
  })

  it('M lists them as their own group; R from one goes back to the slide and fragment the talk was on', async () => {
    const page = await session.open('#/links')
    try {
      await page.keyboard.press('ArrowRight')
      await waitForFragment(page, 0)
      const from = await indices(page)
      await page.keyboard.press('m')
      const map = page.locator('dialog.argument-map')
      await map.waitFor()
      const groups = await map.locator('h3').allTextContents()
      expect(groups.at(-1)).toBe('Backup slides (for questions)')
      const lastGroup = map.locator('.argument-map-parts > li').last()
      expect(await lastGroup.locator('button').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.target))).toEqual(
        backups.map((s) => s.id),
      )
      // No other group holds a backup slide.
      expect(await map.locator('.argument-map-parts > li').count()).toBe(backupDeck.parts.length + 1)
      await lastGroup.locator(`button[data-target="backup-fiske"]`).click()
      await waitForSlide(page, 'backup-fiske')
      // The speaker view shows the notes: a backup slide, and where R goes, written into them when
      // they arrive with the speaker view after the slide was reached.
      await (await openSpeakerView(page)).close()
      expect(await page.locator('section#backup-fiske aside.notes .backup-return').textContent()).toBe(
        `R returns to “${await headingText(page, 'links')}” (slide 2, step 1).`,
      )
      // Moving between backup slides does not change where R goes.
      await page.keyboard.press('ArrowRight')
      await waitForSlide(page, 'backup-numbers')
      await page.keyboard.press('r')
      await waitForSlide(page, 'links')
      await waitForFragment(page, 0)
      expect(await indices(page)).toEqual(from)
    } finally {
      await page.context().close()
    }
  })

  it('the speaker view says it is on a backup slide and where R will go', async () => {
    const page = await session.open('#/models')
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')])
    try {
      const shown = () => popup.evaluate(() => document.querySelector('.speaker-controls-notes .value')?.textContent ?? '')
      await popup.waitForFunction(() => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes('Fiske'))
      expect(await shown()).not.toContain('Backup slide')
      await page.keyboard.press('m')
      await page.locator('dialog.argument-map button[data-target="backup-baran"]').click()
      await waitForSlide(page, 'backup-baran')
      await popup.waitForFunction(() => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes('R returns'))
      const notes = (await shown()).replace(/\s+/g, ' ')
      expect(notes).toContain('Backup slide: for questions, outside the talk’s time.')
      expect(notes).toContain(`R returns to “Four relational models” (slide ${talk.findIndex((s) => s.id === 'models') + 1}).`)
    } finally {
      await popup.close()
      await page.context().close()
    }
  })

  it('R goes back after a diagram node’s link, with the diagram’s steps as they were', async () => {
    const page = await session.open('#/questions')
    try {
      // The notes, where the return line is written, come with the speaker view.
      await (await openSpeakerView(page)).close()
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('ArrowRight')
      await waitForFragment(page, 1)
      const node = page.locator('section#questions .diagram-canvas:not(.diagram-canvas-portrait) g.node[data-node="N"]')
      await node.click()
      await waitForSlide(page, 'backup-numbers')
      expect(await page.locator('section#backup-numbers aside.notes .backup-return').textContent()).toBe(
        `R returns to “Two questions people ask” (slide ${talk.findIndex((s) => s.id === 'questions') + 1}, step 2).`,
      )
      await page.keyboard.press('r')
      await waitForSlide(page, 'questions')
      await waitForFragment(page, 1)
      expect(await page.locator('section#questions .diagram-step.visible').count()).toBe(2)
    } finally {
      await page.context().close()
    }
  })

  it('R goes back to where the overview was opened, not to the slides it passed', async () => {
    const page = await session.open('#/models')
    try {
      await page.keyboard.press('o')
      await page.waitForFunction(() => window.Reveal.isOverview())
      await page.keyboard.press('End')
      await waitForSlide(page, backups.at(-1)!.id)
      await page.keyboard.press('Enter')
      await page.waitForFunction(() => !window.Reveal.isOverview())
      await page.keyboard.press('r')
      await waitForSlide(page, 'models')
      // R on a talk slide does nothing.
      await page.keyboard.press('r')
      expect(await currentSlideId(page)).toBe('models')
    } finally {
      await page.context().close()
    }
  })

  // Three exports, each a Chromium printing the deck: a minute or more on a busy machine.
  it('are left out of the slides PDF, in it with --backup, and in the handout after the references', { timeout: 180_000 }, async () => {
    const talkPdf = join(work, 'talk.pdf')
    const withBackups = join(work, 'with-backups.pdf')
    const handout = join(work, 'handout.pdf')
    const a = await exportPdf({ distDir: dist, out: talkPdf })
    expect([a.pages, pageCount(talkPdf)]).toEqual([talk.length, talk.length])
    expect(squash(pdftext(talkPdf))).not.toContain(squash(backups[0]!.title))
    const b = await exportPdf({ distDir: dist, out: withBackups, backup: true })
    expect([b.pages, pageCount(withBackups)]).toEqual([talk.length + backups.length, talk.length + backups.length])
    expect(squash(pdftext(withBackups, talk.length + 1))).toContain(squash('Baran’s three networks'))
    expect(
      outline(withBackups)
        .filter((o) => o.depth === 0)
        .at(-1)?.title,
    ).toBe('Backup slides')

    const c = await exportPdf({ distDir: dist, out: handout, kind: 'handout' })
    const pages = Array.from({ length: c.pages }, (_, i) => squash(pdftext(handout, i + 1)))
    const references = pages.findIndex((p) => p.includes(squash('References')) && p.includes(squash('Baran, P.')))
    const backupPage = pages.findIndex((p) => p.includes(squash('Backup slide 1 of 3')))
    expect(references).toBeGreaterThan(0)
    expect(backupPage).toBeGreaterThan(references)
    expect(pages[backupPage]).toContain(squash('Answer the question about backup-baran.'))
    expect(pages.slice(0, references).some((p) => p.includes(squash('backup-baran')))).toBe(false)
    const top = outline(handout).filter((o) => o.depth === 0)
    expect(top.map((o) => o.title).slice(-2)).toEqual(['References', 'Backup slides'])
  })
})

/** A slide heading's text as reveal.js's pages read it (formulas by their MathML). */
function headingText(page: Page, id: string): Promise<string> {
  return page.evaluate((slideId) => {
    const copy = document.querySelector(`section#${slideId} h2, section#${slideId} h1`)!.cloneNode(true) as Element
    for (const hidden of copy.querySelectorAll('.katex-html, annotation, [aria-hidden="true"]')) hidden.remove()
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
  }, id)
}

describe('share pages (DECK_PUBLIC_URL set)', () => {
  it('one per slide: its title, first line, absolute 1200×630 image and canonical URL, read by an HTML parser', async () => {
    const page = await session.open('#/opening')
    try {
      for (const slide of backupDeck.slides) {
        const file = join(dist, 's', slide.id, 'index.html')
        expect(existsSync(file), file).toBe(true)
        const { document } = parseHTML(readFileSync(file, 'utf8'))
        const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')
        const title = await headingText(page, slide.id)
        expect(meta('og:title')).toBe(title)
        expect(meta('twitter:title')).toBe(title)
        const self = `${PUBLIC_URL}s/${slide.id}/`
        expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(self)
        expect(meta('og:image')).toBe(`${self}preview.png`)
        expect(meta('twitter:image')).toBe(`${self}preview.png`)
        expect(meta('og:description')?.length).toBeGreaterThan(0)
        expect(document.querySelector('script')).toBeNull()
        expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')).not.toBeNull()
        expect(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=../../index.html#/${slide.id}`)
        expect(document.querySelector('body a')?.getAttribute('href')).toBe(`../../index.html#/${slide.id}`)
        expect(pngSize(readFileSync(join(dist, 's', slide.id, 'preview.png')))).toEqual({ width: 1200, height: 630 })
      }
      const fiske = parseHTML(readFileSync(join(dist, 's/backup-fiske/index.html'), 'utf8')).document
      expect(fiske.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(
        'Market pricing orders relations by ratios (Fiske 1992).',
      )
    } finally {
      await page.context().close()
    }
  })

  it.each([
    { name: 'a browser', options: { viewport: { width: 1280, height: 720 } } },
    { name: 'a phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
  ])('lands $name on its slide', async ({ options }) => {
    const context = await session.browser.newContext(options)
    try {
      const page = await context.newPage()
      await page.goto(`${session.server.url}s/backup-numbers/`)
      await page.waitForURL(/\/index\.html#\/backup-numbers$/)
      await waitForDeckState(page)
      // Current in reveal.js, or in the phone's reader (which runs no reveal.js): marked present.
      await page.waitForFunction(() => document.querySelector('.reveal .slides section.present')?.id === 'backup-numbers')
      // On screen, not only current: the slide's title is inside the window.
      const top = await page.evaluate(() =>
        Math.round(document.querySelector('#backup-numbers h2, #backup-numbers h1')!.getBoundingClientRect().top),
      )
      expect(top).toBeGreaterThanOrEqual(0)
      expect(top).toBeLessThan(options.viewport.height / 2)
    } finally {
      await context.close()
    }
  })

  it('U copies the slide’s share page URL and says so', async () => {
    const page = await session.open('#/topologies', { context: { permissions: ['clipboard-read', 'clipboard-write'] } })
    try {
      await page.keyboard.press('u')
      const toast = page.locator('.deck-toast[data-state="copied"]')
      await toast.waitFor()
      expect(await toast.getAttribute('role')).toBe('status')
      expect(await toast.textContent()).toBe(`Link to this slide copied: ${PUBLIC_URL}s/topologies/`)
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${PUBLIC_URL}s/topologies/`)
    } finally {
      await page.context().close()
    }
  })

  it('an unchanged slide is not redrawn: a second build takes every image from the cache', { timeout: FIXTURE_WAIT_MS }, async () => {
    const { dir: again, output } = await passedFixture('backup-again')
    expect(buildOutput).toMatch(/wrote 10 share page\(s\) in s\//)
    expect(output).toContain(`wrote 10 share page(s) in s/: 0 image(s) drawn, 10 from the cache`)
    expect(readFileSync(join(again, 's/questions/preview.png')).equals(readFileSync(join(dist, 's/questions/preview.png')))).toBe(true)
  })
})

describe('share pages without a browser', () => {
  it('are written without pictures, after one warning line', { timeout: FIXTURE_WAIT_MS }, async () => {
    // One slide changed in a way no build has drawn before (its text is new to this run), so its
    // picture is not in the cache; the others' are, from the builds above (and their diagrams are
    // in the diagram cache). The build sees no Chromium.
    const { dir: out, output, env } = await passedFixture('backup-no-browser')
    const nonce = env.DECK_FIXTURE_TEXT
    const warnings = output.split('\n').filter((l) => /no Chromium found/.test(l) && /share page/.test(l))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/\b1 of 10 share page\(s\) get no slide image/)
    const page = parseHTML(readFileSync(join(out, 's/backup-numbers/index.html'), 'utf8')).document
    expect(page.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(nonce)
    expect(page.querySelector('meta[property="og:image"]')).toBeNull()
    expect(existsSync(join(out, 's/backup-numbers/preview.png'))).toBe(false)
    // The unchanged slides keep their pictures.
    expect(pngSize(readFileSync(join(out, 's/backup-fiske/preview.png')))).toEqual({ width: 1200, height: 630 })
  })
})

describe('without DECK_PUBLIC_URL', () => {
  let plain: DeckSession
  beforeAll(async () => {
    plain = await startDeck(inject('distDir'))
  })
  afterAll(() => plain?.close())

  it('no share page is written', () => {
    expect(existsSync(join(inject('distDir'), 's'))).toBe(false)
  })

  it('U copies the deck’s own index.html#/id link', async () => {
    const page = await plain.open('', { context: { permissions: ['clipboard-read', 'clipboard-write'] } })
    try {
      const id = await currentSlideId(page)
      await page.keyboard.press('u')
      await page.locator('.deck-toast[data-state="copied"]').waitFor()
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${plain.server.url}index.html#/${id}`)
    } finally {
      await page.context().close()
    }
  })
})
