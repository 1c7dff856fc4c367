import type { RevealApi } from 'reveal.js'
import { describe, expect, it, vi } from 'vitest'
import { catchUpUpcoming, deckSpeakerView } from './speaker-view.ts'

/** A fake deck that records key bindings and registered plugins; it has already started. */
function fakeDeck() {
  const bindings = new Map<string, () => void>()
  const registered: { id: string }[] = []
  const deck = {
    isReady: () => true,
    on: () => {},
    addKeyBinding: (binding: { key: string }, callback: () => void) => bindings.set(binding.key, callback),
    registerPlugin: (plugin: { id: string }) => registered.push(plugin),
  } as unknown as RevealApi
  return { deck, bindings, registered }
}

function fakeNotes() {
  const open = vi.fn()
  const load = vi.fn(async () => ({ default: () => ({ id: 'notes' as const, open }) }))
  return { open, load }
}

describe('deck-speaker-view', () => {
  it('loads nothing until the presenter asks, then opens the speaker view on S', async () => {
    const { deck, bindings, registered } = fakeDeck()
    const { open, load } = fakeNotes()
    deckSpeakerView({ load, search: '', messages: new EventTarget() as unknown as Window }).init!(deck)
    expect(load).not.toHaveBeenCalled()
    bindings.get('S')!()
    await vi.waitFor(() => expect(open).toHaveBeenCalledTimes(1))
    expect(registered.map((p) => p.id)).toEqual(['notes'])
    bindings.get('S')!()
    await vi.waitFor(() => expect(open).toHaveBeenCalledTimes(2))
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('loads at once for ?notes, so the plugin opens the speaker view itself', async () => {
    const { deck, registered } = fakeDeck()
    const { load } = fakeNotes()
    deckSpeakerView({ load, search: '?notes', messages: new EventTarget() as unknown as Window }).init!(deck)
    await vi.waitFor(() => expect(registered.map((p) => p.id)).toEqual(['notes']))
  })

  it('reconnects a speaker window that outlived a reload: its heartbeat loads the plugin', async () => {
    const { deck, registered } = fakeDeck()
    const { load } = fakeNotes()
    const messages = new EventTarget()
    deckSpeakerView({ load, search: '', messages: messages as unknown as Window }).init!(deck)
    messages.dispatchEvent(new MessageEvent('message', { data: JSON.stringify({ namespace: 'other' }) }))
    expect(load).not.toHaveBeenCalled()
    messages.dispatchEvent(new MessageEvent('message', { data: JSON.stringify({ namespace: 'reveal-notes', type: 'heartbeat' }) }))
    await vi.waitFor(() => expect(registered.map((p) => p.id)).toEqual(['notes']))
  })

  it('does nothing inside the speaker view’s own preview frames', () => {
    const { deck, bindings } = fakeDeck()
    const { load } = fakeNotes()
    deckSpeakerView({ load, search: '?receiver&progress=false', messages: new EventTarget() as unknown as Window }).init!(deck)
    expect(bindings.size).toBe(0)
    expect(load).not.toHaveBeenCalled()
  })
})

describe('the speaker view’s upcoming preview', () => {
  const preview = () => {
    const calls: string[] = []
    return {
      calls,
      deck: {
        setState: (state: unknown) => void calls.push(`setState ${JSON.stringify(state)}`),
        next: () => void calls.push('next'),
      },
    }
  }

  it('catches up from the main deck once ready: its place, then one step on, without a lightbox', () => {
    const { calls, deck } = preview()
    const main = {
      isReady: () => true,
      getState: () => ({ indexh: 3, indexv: 0, indexf: 1, paused: false, overview: false, previewImage: 'x.png' }),
    }
    catchUpUpcoming(deck, () => main as never)
    expect(calls).toEqual([`setState ${JSON.stringify({ indexh: 3, indexv: 0, indexf: 1, paused: false, overview: false })}`, 'next'])
  })

  it('leaves itself alone when the main deck cannot be read or is not ready', () => {
    const { calls, deck } = preview()
    catchUpUpcoming(deck, () => undefined)
    catchUpUpcoming(deck, () => ({ isReady: () => false, getState: () => ({}) }) as never)
    expect(calls).toEqual([])
  })
})
