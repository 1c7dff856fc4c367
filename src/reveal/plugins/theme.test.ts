import type { RevealApi } from 'reveal.js'
import { describe, expect, it } from 'vitest'
import { THEME_RESTORE_SCRIPT } from '../../compile/head.ts'
import { applyTheme, currentTheme, deckTheme, nextTheme, THEME_STORAGE_KEY, THEMES, type ThemeEnv } from './theme.ts'

/** The few element methods the theme plugin uses, with the events it dispatched. */
function fakeRoot(theme?: string) {
  const attrs = new Map<string, string>(theme ? [['data-theme', theme]] : [])
  const events: unknown[] = []
  const root = {
    getAttribute: (n: string) => attrs.get(n) ?? null,
    setAttribute: (n: string, v: string) => void attrs.set(n, v),
    removeAttribute: (n: string) => void attrs.delete(n),
    hasAttribute: (n: string) => attrs.has(n),
    dispatchEvent: (e: CustomEvent) => events.push(e.detail) > 0,
  }
  return { root: root as unknown as HTMLElement, attrs, events }
}

/** A RevealApi that records key bindings, so a test can press them. */
function fakeDeck() {
  const bindings = new Map<number, { key: string; description: string; run: () => void }>()
  const deck = {
    addKeyBinding: (b: { keyCode: number; key: string; description: string }, run: () => void) => bindings.set(b.keyCode, { ...b, run }),
    getRevealElement: () => undefined,
    on: () => {},
  }
  return { deck: deck as unknown as RevealApi, bindings, press: (keyCode: number) => bindings.get(keyCode)!.run() }
}

function setup(options: { stored?: string | null; theme?: string; printView?: boolean; storageThrows?: boolean } = {}) {
  const { root, attrs, events } = fakeRoot(options.theme)
  const store = new Map<string, string>(options.stored ? [[THEME_STORAGE_KEY, options.stored]] : [])
  const announced: string[] = []
  let elsewhere: ((value: string | null) => void) | undefined
  const env: ThemeEnv = {
    root,
    storage: {
      getItem: (k) => store.get(k) ?? null,
      setItem: (k, v) => {
        if (options.storageThrows) throw new Error('QuotaExceededError')
        store.set(k, v)
      },
    },
    printView: options.printView ?? false,
    onStoredElsewhere: (listener) => {
      elsewhere = listener
      return () => (elsewhere = undefined)
    },
    announce: (text) => announced.push(text),
  }
  const { deck, bindings, press } = fakeDeck()
  const plugin = deckTheme(() => env)
  plugin.init?.(deck)
  return { attrs, events, store, announced, bindings, press, plugin, storeElsewhere: (v: string | null) => elsewhere?.(v) }
}

const T = 84

describe('deck-theme', () => {
  it('T cycles light → dark → high contrast → light, remembers each choice and announces it', () => {
    const s = setup()
    expect(s.bindings.get(T)).toMatchObject({ key: 'T', description: expect.stringContaining('theme') })
    const seen: (string | undefined)[] = []
    for (let i = 0; i < THEMES.length; i++) {
      s.press(T)
      seen.push(s.attrs.get('data-theme'))
    }
    expect(seen).toEqual(['dark', 'contrast', undefined])
    expect(s.store.get(THEME_STORAGE_KEY)).toBe('light')
    expect(s.announced).toEqual(['Theme: dark', 'Theme: high contrast', 'Theme: light'])
    expect(s.events).toEqual(['dark', 'contrast', 'light'])
  })

  it('keeps the theme the head script restored, and replaces an unknown stored value with light', () => {
    expect(setup({ stored: 'dark', theme: 'dark' }).events).toEqual([])
    const unknown = setup({ stored: 'sepia', theme: 'sepia' })
    expect(unknown.attrs.has('data-theme')).toBe(false)
    // Restores on its own when the head script did not run (a page without it, or blocked).
    expect(setup({ stored: 'contrast' }).attrs.get('data-theme')).toBe('contrast')
  })

  it('follows a theme stored by another window of the deck (the speaker view)', () => {
    const s = setup()
    s.storeElsewhere('contrast')
    expect(s.attrs.get('data-theme')).toBe('contrast')
    s.storeElsewhere(null)
    expect(s.attrs.has('data-theme')).toBe(false)
  })

  it('still switches when storage refuses to write', () => {
    const s = setup({ storageThrows: true })
    s.press(T)
    expect(s.attrs.get('data-theme')).toBe('dark')
  })

  it('is always light in print view, and binds no key there', () => {
    const s = setup({ stored: 'dark', theme: 'dark', printView: true })
    expect(s.attrs.has('data-theme')).toBe(false)
    expect(s.bindings.size).toBe(0)
  })

  it('stops listening to other windows when destroyed', () => {
    const s = setup()
    s.plugin.destroy?.()
    s.storeElsewhere('dark')
    expect(s.attrs.has('data-theme')).toBe(false)
  })
})

describe('theme helpers', () => {
  it.each([
    ['light', 'dark'],
    ['dark', 'contrast'],
    ['contrast', 'light'],
  ] as const)('after %s comes %s', (from, to) => expect(nextTheme(from)).toBe(to))

  it('light is the absence of data-theme; anything unknown reads as light', () => {
    const { root, attrs } = fakeRoot('dark')
    applyTheme('light', root)
    expect(attrs.has('data-theme')).toBe(false)
    expect(currentTheme(fakeRoot('neon').root)).toBe('light')
  })

  it('reads the key the head script restores before first paint', () => {
    expect(THEME_RESTORE_SCRIPT).toContain(`'${THEME_STORAGE_KEY}'`)
  })
})
