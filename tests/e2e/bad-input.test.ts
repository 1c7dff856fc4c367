import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blockPath } from '../../src/render/block-path.ts'
import { renderInline } from '../../src/render/inline.ts'
import { createRenderContext } from '../../src/render/context.ts'
import miniDeck from '../fixtures/mini-deck.ts'
import { expected as brokenTex } from '../fixtures/broken/invalid-tex.ts'
import { PAYLOAD_SLIDES, PAYLOADS } from '../fixtures/broken/injection.ts'
import { measured as overflowing } from '../fixtures/broken/overflowing-slide.ts'
import { thrown } from '../fixtures/broken/throwing-module.expected.ts'
import {
  FIXTURE_WAIT_MS,
  fixtureBuild,
  passedFixture,
  startDeck,
  startDevServer,
  waitForDeckState,
  type DevServer,
  testBrowser,
} from './harness.ts'

/**
 * A valid deck with one broken slide: the build stops and names the slide and the field; the dev
 * server keeps going, shows that slide as an error slide and every other slide as it is. The builds
 * are fixture-builds.ts's (broken ones without diagram capture), made once by global setup.
 */
const root = resolve(import.meta.dirname, '../..')
const fixture = (name: string) => resolve(root, 'tests/fixtures/broken', `${name}.ts`)

describe('vite build of a deck with one broken slide', () => {
  it.each([
    ['broken-markup', 'slide "opening", blocks[0].text: "*" is opened but never closed'],
    ['invalid-mermaid', 'slide "topologies", blocks[0].mermaid: mermaid could not parse the diagram: Parse error on line'],
    ['unknown-inline-citation', 'slide "opening", blocks[0].text: unknown citation key "baran1946"'],
    ['interpreted-row-out-of-range', 'slide "models", blocks[0].interpretedRows[0]: row 5 does not exist: the table has 1 row'],
    ['steps-on-timeline', 'slide "topologies", blocks[0].steps: step reveal works only in flowcharts'],
  ] as const)(
    '%s: fails, naming the slide and the field',
    async (name, message) => {
      const { dir, status, output } = await fixtureBuild(name)
      expect(status).not.toBe(0)
      expect(output).toContain('The deck has errors; fix them and build again.')
      expect(output).toContain('1 problem in 1 slide:')
      expect(output).toContain(message)
      expect(existsSync(join(dir, 'index.html'))).toBe(false)
    },
    FIXTURE_WAIT_MS,
  )
})

describe('vite build of a deck whose slides do not fit at 1280×720', () => {
  it('fails, naming each slide, block, edge and how far it runs over, and leaves no page', { timeout: FIXTURE_WAIT_MS }, async () => {
    const { dir, status, output } = await fixtureBuild('overflowing')
    expect(status).not.toBe(0)
    expect(output).toContain('Slides do not fit at 1280×720; fix them and build again.')
    expect(output).toContain(`${overflowing.length} problems in ${overflowing.length} slides:`)
    const listed = [...output.matchAll(/^ {2}- (slide "[^"]+", [^:]+): (.*)$/gm)].map((m) => [m[1], m[2]])
    expect(listed.map(([where]) => where)).toEqual(overflowing.map((e) => `slide "${e.slide}", ${e.field}`))
    overflowing.forEach((e, i) => expect(listed[i]![1]).toMatch(e.message))
    // 400 words of 30 px text are far more than one slide: the figure is no rounding error.
    expect(Number(/runs (\d+) px past the bottom/.exec(output)?.[1])).toBeGreaterThan(500)
    expect(existsSync(join(dir, 'index.html'))).toBe(false)
  })

  it('without a browser, builds and says once that overflow was not checked', { timeout: FIXTURE_WAIT_MS }, async () => {
    const { dir, status, output } = await fixtureBuild('overflowing-no-browser')
    expect(status).toBe(0)
    expect(output.match(/slides were not checked for overflow/g)).toHaveLength(1)
    expect(existsSync(join(dir, 'index.html'))).toBe(true)
  })
})

describe('vite build of a deck with long unbroken runs in a title, a text, a list and a table', () => {
  it('wraps them inside their slides, so every slide fits and the build passes', { timeout: FIXTURE_WAIT_MS }, async () => {
    const { status, output } = await fixtureBuild('long-runs')
    expect(output).not.toContain('Slides do not fit')
    expect(status).toBe(0)
    expect(output).toContain('every slide fits at 1280×720')
  })
})

describe('vite build of a deck whose slide module throws while loading', () => {
  it('fails, naming the module file, the line and the slide', { timeout: FIXTURE_WAIT_MS }, async () => {
    const { status, output } = await fixtureBuild('throwing-module')
    expect(status).not.toBe(0)
    expect(output).toContain(`slide "${thrown.slide}", ${thrown.field}:${thrown.line}: the module threw while loading: `)
    expect(output).toMatch(thrown.message)
  })
})

describe('HTML and script in every text field, in the browser', () => {
  it('builds, runs none of it, adds no element, and shows the text as typed', { timeout: FIXTURE_WAIT_MS }, async () => {
    // mermaid draws the hostile labels in Chromium at build time (securityLevel 'strict').
    const session = await startDeck((await passedFixture('injection')).dir)
    try {
      const page = await session.open('#/models')
      const found = await page.evaluate(
        (ids) => ({
          ran: 'pwnedByFixture' in window,
          inlineScripts: document.querySelectorAll('body script:not([src])').length,
          handlers: [...document.querySelectorAll('*')].flatMap((el) =>
            [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
          ),
          images: [...document.querySelectorAll('img')].map((img) => img.getAttribute('src')),
          text: ids.map((id) => document.getElementById(id)!.textContent).join('\n'),
          diagramDrawn: document.querySelector('section#figures figure.diagram svg') !== null,
          diagramElements: document.querySelectorAll('section#figures figure.diagram svg :is(img, script, foreignObject, iframe)').length,
          title: document.title,
        }),
        PAYLOAD_SLIDES,
      )
      expect(found.ran).toBe(false)
      expect(found.inlineScripts).toBe(0)
      expect(found.handlers).toEqual([])
      // The one image is the fixture's own asset (hashed by the build), not the payload's src=x.
      expect(found.images).toEqual([expect.stringMatching(/^\.\/assets\/favicon.*\.svg$/)])
      for (const payload of PAYLOADS) expect(found.text).toContain(payload)
      // mermaid (securityLevel 'strict') sanitises the labels and draws what is left as SVG text.
      expect(found.diagramDrawn).toBe(true)
      expect(found.diagramElements).toBe(0)
      expect(found.title).toBe(`Deck ${PAYLOADS[0]}`)
      expect(session.consoleErrors).toEqual([])
    } finally {
      await session.close()
    }
  })
})

describe('npm run dev with one broken slide', () => {
  let dev: DevServer
  let browser: Browser
  let url: string
  beforeAll(async () => {
    dev = await startDevServer(fixture('invalid-tex'))
    url = dev.url
    browser = await testBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await dev?.close()
  })

  it('shows an error slide that names the broken slide and the field, in its place', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${url}#/${brokenTex.slide}`)
    await waitForDeckState(page)
    const current = page.locator('.reveal .slides > section.present')
    expect(await current.getAttribute('id')).toBe(brokenTex.slide)
    expect(await current.locator('h2').innerText()).toBe(`Slide “${brokenTex.slide}” could not be rendered`)
    const problems = await current.locator('.deck-error-list').innerText()
    expect(problems).toContain(brokenTex.field)
    expect(problems).toMatch(brokenTex.message)
    // The page also lists every problem at the top, for the author.
    expect(await page.locator('.deck-dev-errors').innerText()).toContain(`slide "${brokenTex.slide}", ${brokenTex.field}:`)
    await page.close()
  })

  it('shows every other slide with its title, as the valid deck does', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(url)
    await waitForDeckState(page)
    const ctx = createRenderContext(miniDeck.citations, new Set(miniDeck.slides.map((s) => s.id)))
    // Every slide that renders fits: the dev page's overflow check finds nothing to show.
    await page.waitForFunction(() => document.documentElement.dataset.deckOverflow !== undefined, undefined, { timeout: 30_000 })
    expect(await page.evaluate(() => document.documentElement.dataset.deckOverflow)).toBe('none')
    expect(await page.locator('.deck-overflow-notice').count()).toBe(0)
    const ids = await page.evaluate(() => (window.Reveal.getSlides() as HTMLElement[]).map((s) => s.id))
    expect(ids).toEqual(miniDeck.slides.map((s) => s.id))
    for (const slide of miniDeck.slides.filter((s) => s.id !== brokenTex.slide)) {
      const heading = page.locator(`section#${slide.id} .slide-head :is(h1, h2)`)
      expect(await heading.innerHTML(), slide.id).toBe(renderInline(slide.title, ctx, { slide: slide.id, field: 'title' }))
      expect(await page.locator(`section#${slide.id}`).getAttribute('class'), slide.id).not.toContain('deck-error-slide')
    }
    // A person walking the deck sees each title on screen.
    for (const slide of miniDeck.slides) {
      await page.evaluate((id) => {
        const { h, v } = window.Reveal.getIndices(document.getElementById(id)!)
        window.Reveal.slide(h, v)
      }, slide.id)
      await expect.poll(() => page.locator('.reveal .slides > section.present .slide-head :is(h1, h2)').isVisible()).toBe(true)
    }
    await page.close()
  })

  it('gets no Content-Security-Policy: Vite’s dev server injects inline styles and its client', async () => {
    const page = await browser.newPage()
    await page.goto(url)
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0)
    await page.close()
  })
})

describe('npm run dev with slides that do not fit', () => {
  let dev: DevServer
  let browser: Browser
  beforeAll(async () => {
    dev = await startDevServer(fixture('overflowing-slide'))
    browser = await testBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await dev?.close()
  })

  it('keeps serving, and says on the slide and in the banner what the build would say', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${dev.url}#/models`)
    await waitForDeckState(page)
    await page.waitForFunction(() => document.documentElement.dataset.deckOverflow !== undefined, undefined, { timeout: 30_000 })
    expect(await page.evaluate(() => document.documentElement.dataset.deckOverflow)).toBe('found')
    const banner = await page.locator('.deck-dev-errors').innerText()
    expect(banner).toContain(`${overflowing.length} problem(s) in the deck`)
    for (const e of overflowing) {
      const notice = page.locator(`section#${e.slide} .deck-overflow-notice`)
      const text = await notice.innerText()
      expect(text).toContain(`${e.field}: `)
      expect(text.slice(text.indexOf(`${e.field}: `) + e.field.length + 2).split('\n')[0]).toMatch(e.message)
      expect(banner).toContain(`slide "${e.slide}", ${e.field}: `)
      // The block (or the heading) is marked where it sits on the slide.
      const block = e.field === 'title' ? '.slide-head' : `[data-block="${blockPath(e.field)}"]`
      expect(await page.locator(`section#${e.slide} ${block}`).getAttribute('class')).toContain('deck-overflowing')
    }
    // The notice is on the slide the author is looking at, and the deck still moves on.
    expect(await page.locator('section#models .deck-overflow-notice').isVisible()).toBe(true)
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(() => (window.Reveal.getCurrentSlide() as HTMLElement).id === 'references')
    await page.close()
  })
})
