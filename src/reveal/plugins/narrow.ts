import type { RevealApi, RevealPlugin } from 'reveal.js'
import { isNarrow, slideSize } from '../config.ts'
import { isPrintView } from '../print.ts'

/** What deck-narrow reads from the browser; tests pass their own. */
export interface NarrowEnv {
  root: HTMLElement
  viewport(): { width: number; height: number }
  onResize(listener: () => void): () => void
  printView: boolean
}

const browserEnv = (): NarrowEnv => ({
  root: document.documentElement,
  viewport: () => ({ width: window.innerWidth, height: window.innerHeight }),
  onResize(listener) {
    window.addEventListener('resize', listener)
    return () => window.removeEventListener('resize', listener)
  },
  printView: isPrintView(),
})

/**
 * deck-narrow: on a phone held upright reveal.js shows its scroll view and scales the 1280 px
 * slide to a third, so 30 px body text renders at 9 px. Here the slide takes a narrow design
 * size instead (config.ts slideSize: 560 px wide, as tall as the screen), the text reflows into
 * it, and `<html data-layout="narrow">` switches deck.css to a one-column layout with larger
 * small print. Turning the phone re-evaluates it. Print view always keeps the 16:9 size.
 */
export function deckNarrow(env: () => NarrowEnv = browserEnv): RevealPlugin {
  let stop: (() => void) | undefined
  return {
    id: 'deck-narrow',
    init(deck: RevealApi) {
      const { root, viewport, onResize, printView } = env()
      if (printView) return
      let current: { width: number } | undefined
      const apply = () => {
        const window = viewport()
        const narrow = isNarrow(window)
        // A phone's toolbars come and go while the reader scrolls, changing only the height:
        // keep the page size then, or every scroll would lay the deck out again.
        if (current && narrow === isNarrow(current) && (!narrow || window.width === current.width)) return
        current = { width: window.width }
        if (narrow) root.dataset.layout = 'narrow'
        else delete root.dataset.layout
        // Before reveal.js has started this only records the size, which its first layout uses.
        deck.configure(slideSize(window))
      }
      apply()
      stop = onResize(apply)
    },
    destroy() {
      stop?.()
    },
  }
}
