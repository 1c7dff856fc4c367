import type { RevealApi, RevealPlugin } from 'reveal.js'
import { isPrintView } from '../print.ts'
import type { DeckState } from '../state.ts'
import type { Box, DrawResult, drawAll as DrawAll } from '../../diagrams/draw.ts'
import type { DiagramMeasure } from '../../diagrams/legibility.ts'
import { showDiagramError } from '../../diagrams/error-box.ts'

declare global {
  interface Window {
    /** Set when the page was opened by the build's capture step (?deck-capture): the drawn SVGs. */
    __deckCapture?: Promise<DrawResult[]>
    /** Set with ?deck-measure (the build's legibility check, the tests): every drawn diagram measured. */
    __deckMeasure?: () => Promise<DiagramMeasure[]>
  }
}

/**
 * deck-diagrams: draws the diagrams the build could not capture, and turns diagram nodes into
 * links to slides. In the normal view drawing starts after reveal.js is ready and the first
 * slide painted, so it never holds the first slide back; in print view it runs before
 * reveal.js's pdf-ready, so the PDF has every diagram.
 */
export function deckDiagrams(state: DeckState): RevealPlugin {
  return {
    id: 'deck-diagrams',
    init(deck: RevealApi) {
      const root = deck.getRevealElement() as HTMLElement
      root.addEventListener('click', (e) => follow(deck, e))
      root.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') follow(deck, e)
      })
      if (new URLSearchParams(location.search).has('deck-measure'))
        window.__deckMeasure = async () => (await import('../../diagrams/legibility.ts')).measureDeck(deck)
      // Dev server only (import.meta.hot: not import.meta.env.DEV, which a build run under NODE_ENV=test
      // also sets), dropped from every build: what the build's legibility check would say, as a banner,
      // once the deck is ready (every diagram drawn). A failure here is the banner's, never the deck's.
      if (import.meta.hot && !isPrintView())
        document.documentElement.addEventListener(
          'deck:ready',
          () =>
            void import('../../diagrams/dev-warnings.ts')
              .then((m) => m.warnIllegibleDiagrams(deck))
              .catch((e: unknown) => console.warn('[deck] diagram legibility check:', e)),
          { once: true },
        )
      const pending = [...root.querySelectorAll<HTMLElement>('figure.diagram:not(.is-drawn)')]
      // Alone and first: when every diagram was captured the define is false, and the bundler
      // drops the code below, and mermaid with it, as unreachable.
      if (!__DECK_RUNTIME_DIAGRAMS__) return
      if (pending.length === 0) return
      const task = state.expect('diagrams')
      const draw = async (boxOf?: (figure: HTMLElement) => Box) => {
        let drawAll: typeof DrawAll
        try {
          ;({ drawAll } = await import('../../diagrams/draw.ts'))
        } catch (e) {
          // The renderer itself could not load (offline file, blocked chunk): say so in place.
          const reason = e instanceof Error ? e.message : String(e)
          for (const figure of pending) showDiagramError(figure, `the diagram renderer could not load (${reason})`)
          const slides = [...new Set(pending.map((f) => f.closest('section')?.id))].join(', ')
          task.fail(new Error(`diagrams could not be drawn on slide ${slides}: ${reason}`))
          return []
        }
        const results = await drawAll(pending, boxOf)
        const failed = results.filter((r) => r.error)
        if (failed.length) {
          const where = failed.map((r) => `slide "${document.getElementById(r.id)?.closest('section')?.id ?? r.id}": ${r.error}`)
          task.fail(new Error(`diagram failed on ${where.join('; ')}`))
        } else task.done()
        return results
      }
      if (new URLSearchParams(location.search).has('deck-capture')) {
        // The build's page: draw once reveal.js has laid the deck out, so each slide's box can be measured.
        window.__deckCapture = new Promise((resolve) => deck.on('ready', () => resolve(draw((f) => boxOnSlide(deck, f)))))
        return
      }
      if (isPrintView()) return draw().then(() => undefined)
      // After the first frame of the ready deck: the first slide is painted before mermaid loads.
      deck.on('ready', () => requestAnimationFrame(() => setTimeout(() => void draw().catch((e) => task.fail(e)), 0)))
      return
    },
  }
}

function follow(deck: RevealApi, e: Event): void {
  const node = (e.target as Element | null)?.closest?.('[data-link]')
  const target = node?.getAttribute('data-link')
  if (!target) return
  const slide = document.getElementById(target)
  if (!slide) return
  e.preventDefault()
  e.stopPropagation()
  const { h, v } = deck.getIndices(slide)
  deck.slide(h, v)
}

/** The box, in design px, that a figure's slide leaves its drawing: its slide is shown to lay it out. */
function boxOnSlide(deck: RevealApi, figure: HTMLElement): Box {
  const slide = figure.closest('section')
  if (slide) {
    const { h, v } = deck.getIndices(slide)
    deck.slide(h, v)
  }
  // Laid out as it will be once drawn (the text alternative then leaves the flow).
  const drawn = figure.classList.contains('is-drawn')
  figure.classList.add('is-drawn')
  const r = figure.querySelector('.diagram-canvas')!.getBoundingClientRect()
  if (!drawn) figure.classList.remove('is-drawn')
  const scale = deck.getScale()
  return { width: r.width / scale, height: r.height / scale }
}
