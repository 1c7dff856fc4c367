import type { RevealApi, RevealPlugin } from 'reveal.js'

/**
 * deck-accessibility: reveal.js renders its navigation controls as an <aside> inside the deck,
 * a complementary landmark that is not top level (axe: landmark-complementary-is-top-level, on
 * every slide of a stock deck). They are a group of buttons, so say so. The same for the
 * slide-number and progress elements, which get names.
 */
export function deckAccessibility(): RevealPlugin {
  return {
    id: 'deck-accessibility',
    init(deck: RevealApi) {
      const root = deck.getRevealElement() as HTMLElement
      const fix = () => {
        const controls = root.querySelector('aside.controls')
        controls?.setAttribute('role', 'group')
        controls?.setAttribute('aria-label', 'Slide navigation')
        root.querySelector('.progress')?.setAttribute('aria-hidden', 'true')
      }
      fix()
      deck.on('ready', fix)
    },
  }
}
