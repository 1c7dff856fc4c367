import type { RevealApi } from 'reveal.js'
import { describe, expect, it } from 'vitest'
import { deckHelp, EXTRA_SHORTCUTS } from './help.ts'

describe('deck-help', () => {
  it('adds the shortcuts reveal.js leaves out of its help, after its own list is written', () => {
    const listeners = new Map<string, () => void>()
    const shortcuts = new Map<string, string>()
    const deck = {
      on: (type: string, listener: () => void) => listeners.set(type, listener),
      registerKeyboardShortcut: (key: string, action: string) => shortcuts.set(key, action),
    } as unknown as RevealApi
    deckHelp({ printView: false }).init?.(deck)
    expect(shortcuts.size).toBe(0)
    listeners.get('ready')!()
    expect([...shortcuts.keys()]).toEqual(EXTRA_SHORTCUTS.map(([key]) => key))
    expect(shortcuts.get('PAGE UP  ,  PAGE DOWN')).toMatch(/clicker/)
    expect([...shortcuts.keys()].some((k) => /alt \+ click/i.test(k))).toBe(true)
    expect(listeners.has('showhelp')).toBe(true)
  })
})
