import type { RevealApi, RevealPlugin } from 'reveal.js'
import { isPrintView } from '../print.ts'
import type { DeckState } from '../state.ts'
import type { DrawResult, drawAll as DrawAll } from '../../diagrams/draw.ts'
import { showDiagramError } from '../../diagrams/error-box.ts'

declare global {
  interface Window {
    /** Set when the page was opened by the build's capture step (?deck-capture): the drawn SVGs. */
    __deckCapture?: Promise<DrawResult[]>
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
      const pending = [...root.querySelectorAll<HTMLElement>('figure.diagram:not(.is-drawn)')]
      // Alone and first: when every diagram was captured the define is false, and the bundler
      // drops the code below, and mermaid with it, as unreachable.
      if (!__DECK_RUNTIME_DIAGRAMS__) return
      if (pending.length === 0) return
      const task = state.expect('diagrams')
      const draw = async () => {
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
        const results = await drawAll(pending)
        const failed = results.filter((r) => r.error)
        if (failed.length) {
          const where = failed.map((r) => `slide "${document.getElementById(r.id)?.closest('section')?.id ?? r.id}": ${r.error}`)
          task.fail(new Error(`diagram failed on ${where.join('; ')}`))
        } else task.done()
        return results
      }
      if (new URLSearchParams(location.search).has('deck-capture')) {
        window.__deckCapture = draw()
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
