import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseHTML } from 'linkedom'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import deck from '../../slides/index.ts'
import type { Slide } from '../../src/model.ts'
import { codePointsOf, inRanges, parseUnicodeRange } from '../../src/compile/font-pruning.ts'
import { inRenderOrder } from '../../src/render/backup.ts'
import { inlineToPlainText } from '../../src/render/inline.ts'
import { serveDir } from '../../src/export/serve.ts'
import { currentSlideId, openSpeakerView, startDeck, waitForDeckState, waitForSlide, type DeckSession, testBrowser } from './harness.ts'

/** The slides as the deck shows them: backup slides after the closing slide. */
const slides = inRenderOrder(deck.slides as readonly Slide[])
/** The start of a title as a reader sees it: the words before any formula or citation marker. */
const titles = slides.map((s) =>
  inlineToPlainText(s.title.split(/\$|\[@/)[0]!)
    .slice(0, 30)
    .trim(),
)
const flat = (s: string) => s.replace(/\s+/g, ' ')

describe('the built deck', () => {
  let session: DeckSession
  let page: Page
  beforeAll(async () => {
    session = await startDeck()
    page = await session.open('', { context: { reducedMotion: 'reduce' } })
  })
  afterAll(() => session?.close())

  it('reaches every slide by keyboard, in order, each showing its title', async () => {
    const seen: string[] = []
    for (const [i, expected] of slides.entries()) {
      await waitForSlide(page, expected.id)
      const heading = page.locator(`section#${expected.id} :is(h1, h2)`).first()
      expect(await heading.isVisible(), `title of ${expected.id} is visible`).toBe(true)
      expect(flat(await heading.innerText())).toContain(titles[i])
      seen.push(await currentSlideId(page))
      if (i === slides.length - 1) break
      // PageDown, a clicker's key, steps through the slide's fragments and then moves on.
      for (let presses = 0; (await currentSlideId(page)) === expected.id; presses++) {
        expect(presses, `${expected.id} is still shown after ${presses} presses`).toBeLessThan(20)
        await page.keyboard.press('PageDown')
      }
    }
    expect(seen).toEqual(slides.map((s) => s.id))
    expect(session.consoleErrors, 'no console error while walking every slide').toEqual([])
  })

  it('opens the slide named in a deep link', async () => {
    const target = deck.slides[Math.floor(deck.slides.length / 2)]!
    const p = await session.open(`#/${target.id}`)
    expect(await currentSlideId(p)).toBe(target.id)
    await p.close()
  })

  it('ships no speaker notes or source notes in the audience’s page', async () => {
    expect(await page.locator('aside.notes, template.slide-sources').count()).toBe(0)
    const html = readFileSync(resolve(inject('distDir'), 'index.html'), 'utf8')
    expect(html).not.toMatch(/<aside class="notes"|<template class="slide-sources"/)
  })

  it('ships the page, its script and its styles as ASCII, and shows the typography they spell out', async () => {
    // An all-ASCII page and script are decoded, parsed and kept as 8-bit text (render/ascii-html.ts).
    const dist = inject('distDir')
    const html = readFileSync(resolve(dist, 'index.html'), 'utf8')
    const loaded = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!)
    expect(loaded.some((f) => f.endsWith('.js')) && loaded.some((f) => f.endsWith('.css'))).toBe(true)
    for (const [file, text] of [['index.html', html], ...loaded.map((f) => [f, readFileSync(resolve(dist, f), 'utf8')])] as const) {
      const at = text.search(/\P{ASCII}/u)
      expect(at, `${file} has a non-ASCII character: …${text.slice(at - 40, at + 5)}`).toBe(-1)
    }
    const curly = slides.findIndex((s) => /[’“”—–]/.test(s.title))
    expect(curly, 'a slide whose title has curly quotes or a dash').toBeGreaterThanOrEqual(0)
    const heading = page.locator(`section#${slides[curly]!.id} :is(h1, h2)`).first()
    expect(flat((await heading.textContent()) ?? '')).toContain(titles[curly])
  })

  it('gives every slide a stable id, its timing, and its notes once the speaker view opens, off the slide', async () => {
    const speaker = await session.open('', { context: { reducedMotion: 'reduce' } })
    await (await openSpeakerView(speaker)).close()
    const notes = speaker.locator('section.present aside.notes')
    expect(await notes.count()).toBe(1)
    expect(await notes.isVisible()).toBe(false)
    const sections = await speaker.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')].map((s) => ({
        id: s.id,
        timing: Number(s.dataset.timing),
        notes: s.querySelector('aside.notes')?.textContent?.trim().length ?? 0,
      })),
    )
    await speaker.close()
    expect(sections.map((s) => s.id)).toEqual(slides.map((s) => s.id))
    for (const s of sections) {
      expect(s.timing, s.id).toBeGreaterThan(0)
      expect(s.notes, s.id).toBeGreaterThan(0)
    }
  })

  it('keeps every slide’s notes when the speaker view was opened in a narrow window that then widens', async () => {
    // reveal.js's scroll view, leaving, rebuilds the slides from the HTML it saved when it started:
    // notes put back after that would be lost (src/reveal/asides.ts).
    const narrow = await session.open('', { viewport: { width: 390, height: 844 }, context: { reducedMotion: 'reduce' } })
    await (await openSpeakerView(narrow)).close()
    await narrow.waitForFunction(() => window.Reveal?.isScrollView?.() === true)
    await narrow.setViewportSize({ width: 1280, height: 720 })
    await narrow.waitForFunction(() => window.Reveal.isScrollView() === false)
    await narrow.waitForFunction(
      (count) => document.querySelectorAll('.reveal .slides > section > aside.notes').length === count,
      slides.length,
    )
    await narrow.close()
  })

  it('has no duplicate element ids', async () => {
    const dupes = await page.evaluate(() => {
      const count = new Map<string, number>()
      for (const el of document.querySelectorAll('[id]')) count.set(el.id, (count.get(el.id) ?? 0) + 1)
      return [...count].filter(([, n]) => n > 1).map(([id]) => id)
    })
    expect(dupes).toEqual([])
  })

  it('exposes the deck as window.Reveal for tools written for reveal.js', async () => {
    expect(await page.evaluate(() => typeof window.Reveal?.getSlides === 'function' && window.Reveal.isReady())).toBe(true)
  })

  it('prints every slide as it shows on screen: inside its margins, clear of the part indicator', async () => {
    const print = await session.open('?print-pdf')
    const problems = await print.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reveal .slides section.slide')].flatMap((section) => {
        const box = section.getBoundingClientRect()
        const footer = section.querySelector('.part-indicator')?.getBoundingClientRect()
        return [...section.querySelectorAll<HTMLElement>('.slide-head > *, .slide-body > *')].flatMap((el) => {
          const r = el.getBoundingClientRect()
          const out: string[] = []
          if (r.left < box.left + 32)
            out.push(`${section.id}: ${el.className || el.tagName} starts ${Math.round(r.left - box.left)} px from the page edge`)
          if (footer && r.bottom > footer.top)
            out.push(`${section.id}: ${el.className || el.tagName} runs ${Math.round(r.bottom - footer.top)} px into the part indicator`)
          return out
        })
      }),
    )
    expect(problems).toEqual([])
    await print.close()
  })

  it('sends no request to any host but the one serving it', () => {
    expect(session.outsideRequests).toEqual([])
  })
})

describe('the built deck under a sub-path of a static host', () => {
  it('loads every file by a relative path and starts', async () => {
    const server = await serveDir(inject('distDir'), { prefix: '/talks/p2p-2026/' })
    const browser = await testBrowser()
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      const failed: string[] = []
      page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`))
      await page.goto(server.url)
      await waitForDeckState(page)
      expect(failed).toEqual([])
      expect(await page.evaluate(() => document.fonts.check('400 30px "Source Sans 3"'))).toBe(true)
      expect(await currentSlideId(page)).toBe(deck.slides[0]!.id)
    } finally {
      await browser.close()
      await server.close()
    }
  })
})

describe("the built deck's body font", () => {
  const assets = () => resolve(inject('distDir'), 'assets')
  const FACE_FILE = /source-sans-3-[a-z-]+-\d+-(?:normal|italic)/
  const sourceSansFaces = (css: string) =>
    [...css.matchAll(/@font-face\s*\{[^}]*\}/g)]
      .map((m) => m[0])
      .filter((rule) => /Source Sans 3/.test(rule))
      .map((rule) => ({
        face: `${/font-weight:\s*(\d+)/.exec(rule)![1]} ${/font-style:\s*(\w+)/.exec(rule)![1]}`,
        file: FACE_FILE.exec(rule)![0],
        ranges: parseUnicodeRange(/unicode-range:\s*([^;}]+)/.exec(rule)![1]!),
      }))

  it('ships every subset a character of a slide or a note needs, and no other', async () => {
    const files = readdirSync(assets())
    const builtCss = files.filter((f) => /^index-.*\.css$/.test(f)).map((f) => readFileSync(resolve(assets(), f), 'utf8'))
    const built = sourceSansFaces(builtCss.join('\n'))
    const fontsource = sourceSansFaces(
      ['400', '400-italic', '600', '700']
        .map((face) => readFileSync(createRequire(import.meta.url).resolve(`@fontsource/source-sans-3/${face}.css`), 'utf8'))
        .join('\n'),
    )
    // The notes are a chunk of their own (virtual:deck-asides), an ES module of slide id -> HTML.
    const asidesChunk = files.find((f) => /^_deck-asides-.*\.js$/.test(f))!
    const asides = ((await import(pathToFileURL(resolve(assets(), asidesChunk)).href)) as { default: Record<string, string> }).default
    const text = [readFileSync(resolve(inject('distDir'), 'index.html'), 'utf8'), ...Object.values(asides)].join('\n')
    const points = [...codePointsOf(text)!]
    const covers = (f: (typeof built)[number], p: number) => inRanges(f.ranges, p)

    const lost = points.filter((p) => fontsource.some((f) => covers(f, p) && !built.some((g) => g.face === f.face && covers(g, p))))
    expect(lost.map((p) => `U+${p.toString(16)}`)).toEqual([])
    const unneeded = built.filter((f) => !points.some((p) => covers(f, p))).map((f) => f.file)
    expect(unneeded).toEqual([])
    // Every shipped body-font file is one the stylesheet asks for.
    const shipped = files.filter((f) => f.startsWith('source-sans-3-')).map((f) => FACE_FILE.exec(f)![0])
    expect(shipped.sort()).toEqual(built.map((f) => f.file).sort())
  })
})

describe('the built HTML without JavaScript', () => {
  let session: DeckSession
  beforeAll(async () => {
    session = await startDeck()
  })
  afterAll(() => session?.close())

  it('already holds every slide title and formula', () => {
    // Read as a parser reads it: the page writes its typography as character references.
    const { document } = parseHTML(readFileSync(resolve(inject('distDir'), 'index.html'), 'utf8'))
    for (const slide of deck.slides) {
      const section = document.getElementById(slide.id)
      expect(section, slide.id).not.toBeNull()
      const words = inlineToPlainText(slide.title.split(/\$|\[@/)[0]!)
        .split(' ')
        .slice(0, 3)
        .join(' ')
      expect(flat(section!.textContent ?? ''), slide.id).toContain(words)
    }
    expect(document.querySelectorAll('.katex').length).toBeGreaterThan(0)
  })

  it('shows every slide’s text to a reader with JavaScript disabled', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await page.goto(session.server.url)
    const text = await page.locator('body').innerText()
    for (const title of titles) expect(flat(text)).toContain(title)
    await context.close()
  })
})
