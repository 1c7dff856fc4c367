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
 * deck-accessibility: names reveal.js's chrome (describeChrome), lets Esc close the search box
 * (the search plugin only toggles on Ctrl+Shift+F), and follows a change of the reduced-motion
 * preference while the deck is open (boot.ts reads it once at start).
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
      const closeSearch = (e: KeyboardEvent) => {
        if (e.key !== 'Escape' || !(e.target as Element | null)?.closest?.('.searchbox')) return
        // Stopped here: reveal.js would otherwise read this Esc as "toggle the overview".
        e.stopPropagation()
        ;(deck.getPlugin('search') as { close?: () => void } | undefined)?.close?.()
        ;(e.target as HTMLElement).blur()
      }
      root.addEventListener('keydown', closeSearch)
      const motion = matchMedia('(prefers-reduced-motion: reduce)')
      const onMotion = () => deck.configure(motionOptions(motion.matches))
      motion.addEventListener('change', onMotion)
      stop = () => {
        observer.disconnect()
        root.removeEventListener('keydown', closeSearch)
        motion.removeEventListener('change', onMotion)
      }
    },
    destroy() {
      stop?.()
    },
  }
}
