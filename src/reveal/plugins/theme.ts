import type { RevealApi, RevealPlugin } from 'reveal.js'
import { isPrintView } from '../print.ts'

/** The deck's themes, in the order the key cycles them. The first is the default. */
export const THEMES = ['light', 'dark', 'contrast'] as const
export type ThemeName = (typeof THEMES)[number]
const STORAGE_KEY = 'deck-theme'
const KEY = 'T'

export function applyTheme(theme: ThemeName, root: HTMLElement = document.documentElement): void {
  if (theme === 'light') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', theme)
  root.dispatchEvent(new CustomEvent('deck:theme', { detail: theme }))
}

export function currentTheme(root: HTMLElement = document.documentElement): ThemeName {
  const t = root.getAttribute('data-theme')
  return (THEMES as readonly string[]).includes(t ?? '') ? (t as ThemeName) : 'light'
}

/** deck-theme: `T` cycles light → dark → high contrast; the choice is remembered. Print is always light. */
export function deckTheme(): RevealPlugin {
  return {
    id: 'deck-theme',
    init(deck: RevealApi) {
      if (isPrintView()) {
        applyTheme('light')
        return
      }
      deck.addKeyBinding({ keyCode: 84, key: KEY, description: 'Switch theme (light, dark, high contrast)' }, () => {
        const next = THEMES[(THEMES.indexOf(currentTheme()) + 1) % THEMES.length]!
        applyTheme(next)
        try {
          localStorage.setItem(STORAGE_KEY, next)
        } catch {
          // Private mode or storage disabled: the theme still switches, it is just not remembered.
        }
      })
    },
  }
}
