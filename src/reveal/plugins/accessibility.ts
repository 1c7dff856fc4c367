import type { RevealApi, RevealPlugin } from 'reveal.js'
import { motionOptions } from '../config.ts'

/**
 * reveal.js renders its navigation controls as an <aside> inside the deck: a complementary
 * landmark that is not top level (axe landmark-complementary-is-top-level, on every slide of a
 * stock deck). `group` is not a role an <aside> may take (axe aria-allowed-role; ARIA in HTML
 * allows region, note, search, none, …), so they become a named region. The progress bar repeats
 * the slide number and is hidden from assistive technology.
 */
export function describeChrome(root: ParentNode): void {
  const controls = root.querySelector('aside.controls')
  controls?.setAttribute('role', 'region')
  controls?.setAttribute('aria-label', 'Slide controls')
  root.querySelector('.progress')?.setAttribute('aria-hidden', 'true')
  // The search plugin's box has only a placeholder; give it a name.
  root.querySelector('.searchbox input')?.setAttribute('aria-label', 'Search the slides (Enter: next match)')
}

/**
 * deck-accessibility: names reveal.js's chrome (describeChrome), and follows a change of the
 * reduced-motion preference while the deck is open (boot.ts reads it once at start).
 */
export function deckAccessibility(): RevealPlugin {
  let stop: (() => void) | undefined
  return {
    id: 'deck-accessibility',
    init(deck: RevealApi) {
      const root = deck.getRevealElement() as HTMLElement
      // reveal.js creates its controls after the plugins' init, and the search box on first use.
      const observer = new MutationObserver(() => describeChrome(root))
      observer.observe(root, { childList: true })
      describeChrome(root)
      deck.on('ready', () => describeChrome(root))
      const motion = matchMedia('(prefers-reduced-motion: reduce)')
      const onMotion = () => deck.configure(motionOptions(motion.matches))
      motion.addEventListener('change', onMotion)
      stop = () => {
        observer.disconnect()
        motion.removeEventListener('change', onMotion)
      }
    },
    destroy() {
      stop?.()
    },
  }
}
