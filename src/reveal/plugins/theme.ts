import type { RevealApi, RevealPlugin } from 'reveal.js'
import { isPrintView } from '../print.ts'

/** The deck's themes, in the order the key cycles them. The first is the default. */
export const THEMES = ['light', 'dark', 'contrast'] as const
export type ThemeName = (typeof THEMES)[number]
/** The localStorage key; src/compile/head.ts THEME_RESTORE_SCRIPT reads the same one before first paint. */
export const THEME_STORAGE_KEY = 'deck-theme'
const KEY = 'T'
const KEY_CODE = 84

/** How each theme is announced to screen readers. */
export const THEME_LABELS: Readonly<Record<ThemeName, string>> = {
  light: 'light',
  dark: 'dark',
  contrast: 'high contrast',
}

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value)
}

/** Light is the absence of data-theme, so the page is light before any script runs. */
export function applyTheme(theme: ThemeName, root: HTMLElement = document.documentElement): void {
  if (theme === 'light') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', theme)
  root.dispatchEvent(new CustomEvent('deck:theme', { detail: theme }))
}

export function currentTheme(root: HTMLElement = document.documentElement): ThemeName {
  const t = root.getAttribute('data-theme')
  return isThemeName(t) ? t : 'light'
}

export function nextTheme(theme: ThemeName): ThemeName {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!
}

/** What deck-theme reads from the browser; unit tests pass their own. */
export interface ThemeEnv {
  root: HTMLElement
  /** undefined where storage is unavailable (some private modes throw on access). */
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined
  printView: boolean
  /** Calls back when another window of this deck (the speaker view's previews) stores a theme. */
  onStoredElsewhere(listener: (value: string | null) => void): () => void
  /** Says the new theme to screen readers. */
  announce(text: string): void
}

const browserEnv = (deck: RevealApi): ThemeEnv => {
  let storage: Storage | undefined
  try {
    storage = window.localStorage
  } catch {
    storage = undefined
  }
  return {
    root: document.documentElement,
    storage,
    printView: isPrintView(),
    onStoredElsewhere(listener) {
      const onStorage = (e: StorageEvent) => {
        if (e.key === THEME_STORAGE_KEY) listener(e.newValue)
      }
      window.addEventListener('storage', onStorage)
      return () => window.removeEventListener('storage', onStorage)
    },
    announce(text) {
      // reveal.js's own polite live region, which it also uses for each new slide.
      const status = deck.getRevealElement()?.querySelector('.aria-status')
      if (status) status.textContent = text
    },
  }
}

/**
 * deck-theme: `T` cycles light → dark → high contrast and remembers the choice. The inline head
 * script restores it before the first paint; this plugin checks what it restored, follows a
 * change made in another window of the deck (the speaker view's previews switch with the
 * audience's screen), and keeps print light.
 */
export function deckTheme(env: (deck: RevealApi) => ThemeEnv = browserEnv): RevealPlugin {
  let stop: (() => void) | undefined
  return {
    id: 'deck-theme',
    init(deck: RevealApi) {
      const { root, storage, printView, onStoredElsewhere, announce } = env(deck)
      if (printView) {
        applyTheme('light', root)
        return
      }
      const read = (): string | null => {
        try {
          return storage?.getItem(THEME_STORAGE_KEY) ?? null
        } catch {
          return null
        }
      }
      const stored = read()
      // Whatever the head script set, the page shows a known theme: an unknown value is light.
      const restored = isThemeName(stored) ? stored : 'light'
      if (root.getAttribute('data-theme') !== (restored === 'light' ? null : restored)) applyTheme(restored, root)
      deck.addKeyBinding({ keyCode: KEY_CODE, key: KEY, description: 'Switch theme (light, dark, high contrast)' }, () => {
        const next = nextTheme(currentTheme(root))
        applyTheme(next, root)
        announce(`Theme: ${THEME_LABELS[next]}`)
        try {
          storage?.setItem(THEME_STORAGE_KEY, next)
        } catch {
          // Storage full or disabled: the theme still switches, it is just not remembered.
        }
      })
      stop = onStoredElsewhere((value) => applyTheme(isThemeName(value) ? value : 'light', root))
    },
    destroy() {
      stop?.()
    },
  }
}
