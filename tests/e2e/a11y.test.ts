import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import deck from '../../slides/index.ts'
import { collectDiagrams } from '../../src/render/diagram.ts'
import { THEMES, type ThemeName } from '../../src/reveal/plugins/theme.ts'
import { startDeck, waitForDeckState, waitForSlide, type DeckSession } from './harness.ts'

const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8')
const flat = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()
const diagrams = deck.slides.flatMap((s) => collectDiagrams(s.id, s.blocks))
const slideWith = (pattern: RegExp) => deck.slides.find((s) => pattern.test(JSON.stringify(s.blocks)))!.id

declare global {
  interface Window {
    axe: { run(context: unknown, options?: unknown): Promise<{ violations: AxeViolation[] }> }
  }
}
interface AxeViolation {
  id: string
  nodes: { target: string[]; failureSummary?: string }[]
}

/** Press T (the deck's own key) until the page shows the theme. */
async function switchTo(page: Page, theme: ThemeName): Promise<void> {
  for (let i = 0; i < THEMES.length; i++) {
    const now = await page.evaluate(() => document.documentElement.getAttribute('data-theme') ?? 'light')
    if (now === theme) return
    await page.keyboard.press('t')
  }
  throw new Error(`T never reached the ${theme} theme`)
}

/** axe-core on the whole page: slides, reveal.js's controls and whatever overlay is open. */
async function axeViolations(page: Page, where: string): Promise<string[]> {
  const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }))
  return violations.flatMap((v) => v.nodes.map((n) => `${where}: ${v.id} at ${n.target.join(' ')}: ${flat(n.failureSummary)}`))
}

/** WCAG contrast ratio of two CSS colours (rgb() or rgba() as computed styles give them). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe('accessibility of the built deck', () => {
  let session: DeckSession
  let page: Page
  beforeAll(async () => {
    session = await startDeck()
    page = await session.open('', { context: { reducedMotion: 'reduce' } })
    // Evaluated through the DevTools protocol: the deck's CSP (rightly) refuses an inline <script>.
    await page.evaluate(AXE)
  })
  afterAll(() => session?.close())

  it('declares the language of its content', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(deck.lang)
  })

  it('announces each new slide through reveal.js’s live region', async () => {
    const [first, second] = deck.slides
    await page.evaluate(() => window.Reveal.slide(0))
    await waitForSlide(page, first!.id)
    await page.keyboard.press('PageDown')
    await waitForSlide(page, second!.id)
    const status = page.locator('.reveal .aria-status')
    expect(await status.getAttribute('aria-live')).toBe('polite')
    const title = flat(await page.locator(`section#${second!.id} h2`).innerText())
    await page.waitForFunction((t) => document.querySelector('.reveal .aria-status')?.textContent?.includes(t), title.slice(0, 30))
  })

  it('gives every diagram a text alternative: the SVG’s title and description, and the figure’s own text', async () => {
    const found = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('figure.diagram')].map((f) => {
        const svg = f.querySelector('svg')
        const ref = (attr: string) => (svg?.getAttribute(attr) ? document.getElementById(svg.getAttribute(attr)!)?.textContent : null)
        return {
          title: svg?.querySelector('title')?.textContent ?? '',
          desc: svg?.querySelector('desc')?.textContent ?? '',
          labelledBy: ref('aria-labelledby') ?? '',
          describedBy: ref('aria-describedby') ?? '',
          alt: f.querySelector('.diagram-alt')?.textContent ?? '',
        }
      }),
    )
    expect(found).toHaveLength(diagrams.length)
    found.forEach((f, i) => {
      const { accTitle, accDescr } = diagrams[i]!.block
      expect(flat(f.title)).toBe(flat(accTitle))
      expect(flat(f.desc)).toBe(flat(accDescr))
      expect(flat(f.labelledBy)).toBe(flat(accTitle))
      expect(flat(f.describedBy)).toBe(flat(accDescr))
      expect(flat(f.alt)).toContain(flat(accDescr))
    })
  })

  it('exposes every formula as MathML, with the drawn version hidden from screen readers', async () => {
    const formulas = await page.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides .katex')].map((k) => ({
        mathml: !!k.querySelector('.katex-mathml math semantics annotation[encoding="application/x-tex"]'),
        drawnHidden: k.querySelector('.katex-html')?.getAttribute('aria-hidden') === 'true',
      })),
    )
    expect(formulas.length).toBeGreaterThan(0)
    expect(formulas.filter((f) => !f.mathml || !f.drawnHidden)).toEqual([])
  })

  describe.each(THEMES)('in the %s theme', (theme) => {
    beforeAll(async () => {
      await switchTo(page, theme)
    })

    it('has no axe-core violation on any slide', { timeout: 180_000 }, async () => {
      const found: string[] = []
      for (const slide of deck.slides) {
        await page.evaluate((id) => {
          const { h, v } = window.Reveal.getIndices(document.getElementById(id)!)
          // Every fragment shown: what the slide looks like once the presenter has stepped through it.
          window.Reveal.slide(h, v, Number.MAX_SAFE_INTEGER)
        }, slide.id)
        await waitForSlide(page, slide.id)
        found.push(...(await axeViolations(page, `${theme}, ${slide.id}`)))
      }
      expect(found).toEqual([])
    })

    it('has no axe-core violation with the argument map or the keyboard help open', async () => {
      await page.keyboard.press('m')
      await page.waitForSelector('dialog.argument-map[open]')
      const map = await axeViolations(page, `${theme}, argument map`)
      await page.keyboard.press('Escape')
      await page.waitForSelector('dialog.argument-map:not([open])', { state: 'attached' })
      await page.keyboard.press('Shift+Slash')
      await page.waitForSelector('.r-overlay-help')
      const help = await axeViolations(page, `${theme}, keyboard help`)
      await page.keyboard.press('Escape')
      await page.waitForSelector('.r-overlay-help', { state: 'detached' })
      expect([...map, ...help]).toEqual([])
    })

    it('draws diagrams, formulas and the part indicator in the theme’s colours, with readable diagram labels', async () => {
      const diagramSlide = diagrams[0]!.id.replace(/^dgm-/, '').replace(/-\d+$/, '')
      const mathSlide = slideWith(/"kind":"math"/)
      const read = async (id: string) => {
        await page.evaluate((id) => {
          const { h, v } = window.Reveal.getIndices(document.getElementById(id)!)
          window.Reveal.slide(h, v, Number.MAX_SAFE_INTEGER)
        }, id)
        await waitForSlide(page, id)
        return page.evaluate((id) => {
          const slide = document.getElementById(id)!
          const probe = (color: string) => {
            const el = document.createElement('span')
            el.style.color = color
            document.body.append(el)
            const c = getComputedStyle(el).color
            el.remove()
            return c
          }
          const rect = slide.querySelector('svg.deck-diagram .node rect')
          const label = slide.querySelector('svg.deck-diagram .node text')
          return {
            vars: {
              fg: probe('var(--fg)'),
              bg: probe('var(--bg)'),
              muted: probe('var(--muted)'),
              accent: probe('var(--accent)'),
              node: probe('var(--dgm-node)'),
            },
            nodeFill: rect ? getComputedStyle(rect).fill : null,
            labelFill: label ? getComputedStyle(label).fill : null,
            math: slide.querySelector('.katex') ? getComputedStyle(slide.querySelector('.katex')!).color : null,
            indicator: getComputedStyle(slide.querySelector('.part-name')!).color,
            numeral: getComputedStyle(slide.querySelector('.part-numeral')!).color,
            background: getComputedStyle(document.body).backgroundColor,
          }
        }, id)
      }
      const d = await read(diagramSlide)
      expect(d.background).toBe(d.vars.bg)
      expect(d.nodeFill).toBe(d.vars.node)
      expect(d.labelFill).toBe(d.vars.fg)
      expect(contrast(d.labelFill!, d.nodeFill!)).toBeGreaterThanOrEqual(4.5)
      expect(d.indicator).toBe(d.vars.muted)
      expect(d.numeral).toBe(d.vars.accent)
      expect(contrast(d.indicator, d.vars.bg)).toBeGreaterThanOrEqual(4.5)
      const m = await read(mathSlide)
      expect(m.math).toBe(m.vars.fg)
    })
  })

  it('T switches the theme, and a reload restores the choice before the first paint', async () => {
    const p = await session.open('', { context: { reducedMotion: 'reduce' } })
    const theme = () => p.evaluate(() => document.documentElement.getAttribute('data-theme'))
    expect(await theme()).toBeNull()
    await p.keyboard.press('t')
    expect(await theme()).toBe('dark')
    await p.keyboard.press('t')
    expect(await theme()).toBe('contrast')
    expect(await p.evaluate(() => localStorage.getItem('deck-theme'))).toBe('contrast')
    // What the first frame shows: recorded before any of the page's own scripts run.
    await p.addInitScript(() => {
      requestAnimationFrame(() => {
        ;(window as unknown as { firstFrameTheme: string | null }).firstFrameTheme = document.documentElement.getAttribute('data-theme')
      })
    })
    await p.reload()
    await waitForDeckState(p)
    expect(await p.evaluate(() => (window as unknown as { firstFrameTheme: string | null }).firstFrameTheme)).toBe('contrast')
    await p.keyboard.press('t')
    expect(await theme()).toBeNull()
    await p.close()
  })

  it('prints in the light theme, whatever the screen shows', async () => {
    const origin = new URL(session.server.url).origin
    const storageState = { cookies: [], origins: [{ origin, localStorage: [{ name: 'deck-theme', value: 'dark' }] }] }
    const screen = await session.open('', { context: { storageState } })
    expect(await screen.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark')
    await screen.emulateMedia({ media: 'print' })
    expect(await screen.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)')
    await screen.close()
    const print = await session.open('?print-pdf', { context: { storageState } })
    expect(await print.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBeNull()
    expect(await print.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)')
    await print.close()
  })

  it('turns transitions off when the reader asks for reduced motion, and follows a change of mind', async () => {
    const moving = await session.open('', { context: { reducedMotion: 'no-preference' } })
    const motion = () =>
      moving.evaluate(() => ({
        transition: window.Reveal.getConfig().transition,
        duration: parseFloat(getComputedStyle(document.querySelector('.reveal .slides section.present')!).transitionDuration),
      }))
    const before = await motion()
    expect(before.transition).toBe('slide')
    expect(before.duration).toBeGreaterThan(0)
    await moving.emulateMedia({ reducedMotion: 'reduce' })
    await moving.waitForFunction(() => window.Reveal.getConfig().transition === 'none')
    expect((await motion()).duration).toBe(0)
    await moving.close()
    expect(await page.evaluate(() => window.Reveal.getConfig().transition)).toBe('none')
  })
})
