import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import QRCode from 'qrcode'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { PREVIEW_IMAGE_SIZE } from '../../src/compile/head.ts'
import { externalReferences } from '../../src/compile/single-file.ts'
import { pngSize } from '../../src/export/preview-image.ts'
import { SHARING_PUBLIC_URL as PUBLIC_URL } from './fixture-builds.ts'
import { FIXTURE_WAIT_MS, passedFixture, waitForDeckState, testBrowser } from './harness.ts'
import { builtAsides, builtSlides, decodeEntities, type BuiltSlide } from './pdf-tools.ts'

const WARNING = 'DECK_PUBLIC_URL is not set'

/** The head's link-preview tags: property or name (or link:rel) -> content (or href). */
function headTags(html: string): Map<string, string> {
  const head = html.slice(0, html.indexOf('</head>'))
  const out = new Map<string, string>()
  for (const m of head.matchAll(/<(meta|link)\b([^>]*)>/g)) {
    const attrs = Object.fromEntries([...m[2]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, decodeEntities(a[2]!)]))
    const key = attrs.property ?? attrs.name ?? (attrs.rel ? `link:${attrs.rel}` : undefined)
    if (key) out.set(key, attrs.content ?? attrs.href ?? '')
  }
  return out
}

/** Dark modules of a QR code drawn by the qrcode package as SVG (runs of `h` strokes), without the quiet zone. */
function qrMatrixFromSvg(svg: string, margin = 2): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]) - 2 * margin
  const path = /<path[^>]*stroke="[^"]*"[^>]*d="([^"]+)"/.exec(svg)![1]!
  const dark = Array.from({ length: size }, () => Array<boolean>(size).fill(false))
  let x = 0
  let y = 0
  for (const [, op, a, b] of path.matchAll(/([MmHh])\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?/g)) {
    if (op === 'M') [x, y] = [Number(a), Number(b)]
    else if (op === 'm') [x, y] = [x + Number(a), y + Number(b)]
    else {
      const run = op === 'h' ? Number(a) : Number(a) - x
      for (let i = 0; i < run; i++) dark[Math.floor(y) - margin]![x + i - margin] = true
      x += run
    }
  }
  return dark
}

describe('npm run build:single', () => {
  let outDir: string
  let output: string
  let html: string
  let reference: BuiltSlide[]

  beforeAll(async () => {
    // Built once per run by global setup: tests/e2e/offline-csp.test.ts reads the same single file.
    ;({ dir: outDir, output } = await passedFixture('single'))
    html = readFileSync(join(outDir, 'index.html'), 'utf8')
    reference = builtSlides(readFileSync(join(inject('distDir'), 'index.html'), 'utf8'), await builtAsides(inject('distDir')))
  }, FIXTURE_WAIT_MS)

  it('writes one self-contained HTML file', () => {
    expect(readdirSync(outDir)).toEqual(['index.html'])
    expect(externalReferences(html)).toEqual([])
  })

  it('holds every slide with its diagrams drawn at build time', () => {
    expect(builtSlides(html).map((s) => s.id)).toEqual(reference.map((s) => s.id))
    expect(html).not.toMatch(/<figure id="[^"]+" class="diagram"(?![^>]*is-drawn)/)
  })

  it('without a public URL emits no absolute preview tags, and the build says so once', () => {
    const tags = headTags(html)
    expect(tags.get('og:title')).toBeTruthy()
    expect(tags.get('description')).toBeTruthy()
    for (const absent of ['og:image', 'og:url', 'twitter:image', 'link:canonical']) expect(tags.has(absent), absent).toBe(false)
    expect(output.split(WARNING).length - 1).toBe(1)
  })

  describe('opened from file://, offline', () => {
    let browser: Browser
    let page: Page
    const requests: string[] = []
    const errors: string[] = []

    beforeAll(async () => {
      browser = await testBrowser()
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
      // Nothing but the file itself: any other request is recorded and refused.
      await context.route(
        (url) => !/^(file|data|blob|about):/.test(url.protocol),
        (route) => {
          requests.push(route.request().url())
          return route.abort()
        },
      )
      context.on('page', (p) => p.on('pageerror', (e) => errors.push(e.message)))
      page = await context.newPage()
      page.on('pageerror', (e) => errors.push(e.message))
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
      await page.goto(pathToFileURL(join(outDir, 'index.html')).href)
      await waitForDeckState(page)
    })
    afterAll(() => browser?.close())

    it('shows every slide and draws every diagram at a real size, with no request and no error', async () => {
      const ids = await page.evaluate(() => (window.Reveal.getSlides() as HTMLElement[]).map((s) => s.id))
      // getSlides() leaves out the backup slides ("uncounted").
      expect(ids).toEqual(reference.filter((s) => !s.backup).map((s) => s.id))
      for (const s of reference.filter((s) => s.diagramLabels.length)) {
        await page.evaluate((id) => {
          const { h, v } = window.Reveal.getIndices(document.getElementById(id)!)
          window.Reveal.slide(h, v)
        }, s.id)
        await page.waitForFunction((id) => (window.Reveal.getCurrentSlide() as HTMLElement).id === id, s.id)
        const sizes = await page.evaluate(
          (id) =>
            [...document.querySelectorAll(`#${id} figure.diagram > .diagram-canvas:not(.diagram-canvas-portrait) > svg`)].map(
              (svg) => svg.getBoundingClientRect().width,
            ),
          s.id,
        )
        expect(sizes.length, `diagrams on "${s.id}"`).toBeGreaterThan(0)
        for (const w of sizes) expect(w, `diagram width on "${s.id}"`).toBeGreaterThan(100)
      }
      expect(requests).toEqual([])
      expect(errors).toEqual([])
    })

    it('opens the speaker view with the notes and the slide previews', async () => {
      await page.evaluate(() => window.Reveal.slide(1))
      const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')])
      const notes = reference[1]!.notes[0]!.slice(0, 40)
      await popup.waitForFunction(
        (text) => document.querySelector('.speaker-controls-notes')?.textContent?.includes(text) ?? false,
        notes,
        {
          timeout: 30_000,
        },
      )
      // The current and upcoming slide previews are the same file, loaded in frames.
      const previews = popup.frames().filter((f) => f.url().startsWith('file:'))
      expect(previews.length).toBeGreaterThanOrEqual(2)
      for (const frame of previews)
        await frame.waitForFunction(() => document.documentElement.dataset.deckState === 'ready', undefined, { timeout: 30_000 })
      expect(requests).toEqual([])
      expect(errors).toEqual([])
      await popup.close()
    })
  })
})

describe(`built with DECK_PUBLIC_URL=${PUBLIC_URL}`, () => {
  let outDir: string
  let output: string
  let html: string

  beforeAll(async () => {
    ;({ dir: outDir, output } = await passedFixture('public-url'))
    html = readFileSync(join(outDir, 'index.html'), 'utf8')
  }, FIXTURE_WAIT_MS)

  it('says nothing about a missing URL', () => {
    expect(output).not.toContain(WARNING)
  })

  it('has absolute Open Graph and Twitter tags, a canonical URL, and the image they name', () => {
    const tags = headTags(html)
    expect(tags.get('link:canonical')).toBe(PUBLIC_URL)
    expect(tags.get('og:url')).toBe(PUBLIC_URL)
    expect(tags.get('og:title')).toBe(/<title>([^<]*)<\/title>/.exec(html)![1])
    expect(tags.get('og:description')).toBeTruthy()
    expect(tags.get('twitter:card')).toBe('summary_large_image')
    const image = tags.get('og:image')!
    expect(image).toBe(`${PUBLIC_URL}preview.png`)
    expect(tags.get('twitter:image')).toBe(image)
    // The image is really there, beside index.html, at the size the tags state.
    const png = readFileSync(join(outDir, image.slice(PUBLIC_URL.length)))
    expect(pngSize(png)).toEqual(PREVIEW_IMAGE_SIZE)
    expect(tags.get('og:image:width')).toBe(String(PREVIEW_IMAGE_SIZE.width))
    expect(tags.get('og:image:height')).toBe(String(PREVIEW_IMAGE_SIZE.height))
  })

  it('ends with the link and a QR code, drawn at build time, that encodes the URL', () => {
    const closing = builtSlides(html)
      .filter((s) => !s.backup)
      .at(-1)!
    expect(closing.html).toContain(`<a href="${PUBLIC_URL}">${PUBLIC_URL}</a>`)
    const svg = /<div class="qr"[^>]*>(<svg[\s\S]*?<\/svg>)<\/div>/.exec(closing.html)?.[1]
    expect(svg, 'the closing slide’s QR code').toBeDefined()
    const drawn = qrMatrixFromSvg(svg!)
    const expected = QRCode.create(PUBLIC_URL, { errorCorrectionLevel: 'M' }).modules
    expect(drawn.length).toBe(expected.size)
    const want = Array.from({ length: expected.size }, (_, r) =>
      Array.from({ length: expected.size }, (_, c) => Boolean(expected.get(r, c))),
    )
    expect(drawn).toEqual(want)
    // A QR symbol: the three finder patterns' dark 7×7 frames are where they must be.
    for (const [r, c] of [
      [0, 0],
      [0, expected.size - 7],
      [expected.size - 7, 0],
    ] as const)
      for (let i = 0; i < 7; i++)
        expect([drawn[r]![c + i], drawn[r + 6]![c + i], drawn[r + i]![c], drawn[r + i]![c + 6]]).toEqual([true, true, true, true])
  })
})
