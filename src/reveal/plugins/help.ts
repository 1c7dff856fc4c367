import type { RevealApi, RevealPlugin } from 'reveal.js'
import { isPrintView } from '../print.ts'

/**
 * Shortcuts reveal.js handles but leaves out of its help overlay (`?`), and the deck's own ones
 * that are not key bindings. Key bindings added with addKeyBinding and a description (T, M, and
 * the notes plugin's S) are listed by reveal.js itself.
 */
export const EXTRA_SHORTCUTS: readonly (readonly [key: string, action: string])[] = [
  ['PAGE UP  ,  PAGE DOWN', 'Previous / next (presentation clickers)'],
  ['HOME  ,  END', 'First / last slide'],
  ['ENTER', 'In the overview: open the chosen slide'],
  ['Alt + click', 'Zoom in on a point; again to zoom out'],
  ['?  ,  F1', 'This list of shortcuts'],
]

/**
 * deck-help: completes reveal.js's keyboard help and makes it a proper dialog: named, focus moved
 * into it when it opens and back where it was when it closes, Tab kept inside, the close button
 * visibly focused.
 */
export function deckHelp(options: { printView?: boolean } = {}): RevealPlugin {
  return {
    id: 'deck-help',
    init(deck: RevealApi) {
      if (options.printView ?? isPrintView()) return
      // After reveal.js has written its own list (keyboard.configure runs at start), so these follow it.
      deck.on('ready', () => {
        for (const [key, action] of EXTRA_SHORTCUTS) deck.registerKeyboardShortcut(key, action)
      })
      let returnFocus: HTMLElement | null = null
      deck.on('showhelp', () => {
        const overlay = deck.getRevealElement()?.querySelector<HTMLElement>('.r-overlay-help')
        if (!overlay) return
        const active = document.activeElement
        returnFocus = active instanceof HTMLElement && !overlay.contains(active) ? active : returnFocus
        describeHelpOverlay(overlay)
        overlay.querySelector<HTMLElement>('.r-overlay-close')?.focus()
      })
      deck.on('closeoverlay', () => {
        const target = returnFocus
        returnFocus = null
        if (target?.isConnected) target.focus({ preventScroll: true })
      })
    },
  }
}

/** reveal.js writes the overlay as plain divs and a header-less table; give it its semantics. */
export function describeHelpOverlay(overlay: HTMLElement): void {
  overlay.setAttribute('role', 'dialog')
  overlay.setAttribute('aria-modal', 'true')
  const title = overlay.querySelector<HTMLElement>('.r-overlay-help-content .title')
  if (title) {
    title.id = 'deck-help-title'
    overlay.setAttribute('aria-labelledby', title.id)
  } else overlay.setAttribute('aria-label', 'Keyboard shortcuts')
  for (const th of overlay.querySelectorAll('th')) th.setAttribute('scope', 'col')
  const close = overlay.querySelector<HTMLElement>('.r-overlay-close')
  close?.setAttribute('aria-label', 'Esc: close keyboard shortcuts')
  // A <header> inside the dialog is not the page's banner.
  overlay.querySelector('header')?.setAttribute('role', 'none')
  // The list can be longer than the screen: focusable, so arrow keys scroll it.
  const content = overlay.querySelector<HTMLElement>('.r-overlay-content')
  if (content) {
    content.tabIndex = 0
    content.setAttribute('role', 'region')
    content.setAttribute('aria-label', 'Shortcuts')
  }
  overlay.addEventListener('keydown', (e) => trapTab(e, overlay))
}

/** Keep Tab and Shift+Tab cycling through the dialog's own focusable elements. */
export function trapTab(e: KeyboardEvent, container: HTMLElement): void {
  if (e.key !== 'Tab') return
  const focusable = [...container.querySelectorAll<HTMLElement>('button, [href], [tabindex]:not([tabindex="-1"])')].filter(
    (el) => !el.hasAttribute('disabled'),
  )
  if (focusable.length === 0) return
  const first = focusable[0]!
  const last = focusable[focusable.length - 1]!
  const active = document.activeElement
  if (e.shiftKey && (active === first || !container.contains(active))) {
    e.preventDefault()
    last.focus()
  } else if (!e.shiftKey && (active === last || !container.contains(active))) {
    e.preventDefault()
    first.focus()
  }
}
