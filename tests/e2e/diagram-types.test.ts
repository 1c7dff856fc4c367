import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { SCREENS } from '../../src/compile/measure-labels.ts'
import { PHONE_MIN_LABEL_PX } from '../../src/diagrams/legibility.ts'
import { timelineSlide } from '../fixtures/timeline-deck.ts'
import { FIXTURE_WAIT_MS, passedFixture, startDeck } from './harness.ts'

/**
 * mermaid diagram types other than flowcharts: a timeline builds, and draws at a real size in the
 * theme's colours, both captured at build time and drawn by the reader's browser (capture off), and
 * reads on a phone. (Types the deck cannot draw for a phone are refused: src/render/diagram-types.ts.)
 */
const figureId = `dgm-${timelineSlide.id}-0`

describe.each([
  ['captured at build time', 'timeline', true],
  ['drawn in the browser (DECK_CAPTURE=0)', 'timeline-no-capture', false],
] as const)('a timeline diagram, %s', (_name, build, captured) => {
  let work: string
  // Built by global setup (fixture-builds.ts); waited for in a hook, which may take that long.
  beforeAll(async () => {
    work = (await passedFixture(build)).dir
  }, FIXTURE_WAIT_MS)

  it('shows every label at a real size, in the theme’s colours', async () => {
    const html = readFileSync(join(work, 'index.html'), 'utf8')
    // Captured: drawn for the slide and, upright, for a phone (has-portrait).
    expect(html.includes(`<figure id="${figureId}" class="diagram is-drawn has-portrait"`)).toBe(captured)
    const session = await startDeck(work)
    try {
      const page = await session.open(`#/${timelineSlide.id}`)
      const drawn = await page.evaluate((id) => {
        const figure = document.getElementById(id)!
        const svg = figure.querySelector('svg')
        const box = svg?.getBoundingClientRect()
        const labels = [...(svg?.querySelectorAll('text') ?? [])].map((t) => ({
          text: t.textContent?.trim(),
          width: (t as SVGTextElement).getComputedTextLength(),
        }))
        const nodeFill = svg ? getComputedStyle(svg.querySelector('.node-bkg')!).fill : ''
        const probe = document.createElement('div')
        probe.style.color = 'var(--dgm-node)'
        document.body.append(probe)
        const themeFill = getComputedStyle(probe).color
        probe.remove()
        return {
          width: box?.width ?? 0,
          height: box?.height ?? 0,
          labels,
          nodeFill,
          themeFill,
          error: figure.querySelector('.diagram-error')?.textContent,
        }
      }, figureId)
      expect(drawn.error).toBeUndefined()
      expect(drawn.width).toBeGreaterThan(300)
      expect(drawn.height).toBeGreaterThan(150)
      for (const label of ['Tribal', 'Kinship', 'Sovereign'])
        expect(drawn.labels.find((l) => l.text?.replace(/\s+/g, ' ') === label)?.width, label).toBeGreaterThan(0)
      // Not mermaid's black default once its own <style> is gone: the deck's node colour.
      expect(drawn.nodeFill).toBe(drawn.themeFill)
      // On a 390 px phone, the timeline drawn upright: every label at least 12 CSS px.
      const { viewport, ...context } = SCREENS.phone
      const phone = await session.open('?deck-measure', { viewport, context: { ...context, reducedMotion: 'reduce' } })
      const measured = (await phone.evaluate(() => window.__deckMeasure!())).find((m) => m.id === figureId)
      expect(measured?.variant).toBe('portrait')
      expect(measured!.screenPx, `smallest: "${measured!.label}"`).toBeGreaterThanOrEqual(PHONE_MIN_LABEL_PX)
      await phone.context().close()
      expect(session.consoleErrors).toEqual([])
    } finally {
      await session.close()
    }
  })
})
