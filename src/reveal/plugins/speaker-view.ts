import type { RevealApi, RevealPlugin } from 'reveal.js'
import type Notes from 'reveal.js/plugin/notes'
import { attachAsides } from '../asides.ts'
import { isSpeakerPreview } from '../print.ts'

type NotesModule = { default: typeof Notes }

/**
 * deck-speaker-view: reveal.js's own notes plugin, loaded when first needed. It is a third of the
 * deck's script (it bundles marked and the speaker page), and the first slide should not wait for
 * it. It loads on `S`, at once for `?notes`, and when a speaker window that outlived a reload of
 * the deck sends its heartbeat, so that window reconnects as it would with the plugin preloaded.
 */
export interface SpeakerViewOptions {
  /** Loads reveal.js's notes plugin. @default a dynamic import of reveal.js/plugin/notes, with the slides' notes put back (asides.ts) */
  load?: () => Promise<NotesModule>
  /** The page's query string. @default location.search */
  search?: string
  /** Where the speaker window's messages arrive. @default window */
  messages?: Pick<Window, 'addEventListener' | 'removeEventListener'>
}

export function deckSpeakerView(options: SpeakerViewOptions = {}): RevealPlugin {
  const { load = loadNotesPlugin, search = location.search, messages = window } = options
  let notes: Promise<{ open(): void }> | undefined
  return {
    id: 'deck-speaker-view',
    init(deck: RevealApi) {
      if (isSpeakerPreview(search)) {
        if (/[?&]controls=false/.test(search)) deck.on('ready', () => catchUpUpcoming(deck))
        return
      }
      const ready = () =>
        (notes ??= load().then(async ({ default: createNotes }) => {
          // reveal.js initialises a plugin registered once it has started: the plugin then binds S
          // itself and, with ?notes in the address, opens the speaker view.
          if (!deck.isReady()) await new Promise<void>((resolve) => deck.on('ready', () => resolve()))
          const plugin = createNotes()
          deck.registerPlugin(plugin)
          return plugin
        }))
      deck.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker view: notes, next slide, timers' }, () => {
        void ready().then((plugin) => plugin.open())
      })
      if (/[?&]notes/i.test(search)) {
        void ready()
        return
      }
      const onMessage = (event: MessageEvent) => {
        if (typeof event.data !== 'string' || !event.data.includes('"reveal-notes"')) return
        messages.removeEventListener('message', onMessage as EventListener)
        // The plugin's own listener catches the next heartbeat and reconnects.
        void ready()
      }
      messages.addEventListener('message', onMessage as EventListener)
    },
  }
}

/** reveal.js's notes plugin, once the slides have their notes back: it reads them from the sections. */
async function loadNotesPlugin(): Promise<NotesModule> {
  const [plugin] = await Promise.all([import('reveal.js/plugin/notes'), attachAsides()])
  return plugin
}

/**
 * The speaker view's "upcoming" preview (reveal.js loads it with ?receiver&controls=false) is put
 * in place by two messages the speaker window sends when the main deck reports its state: setState
 * and next. That report waits only for the *current* preview to be ready, so an upcoming preview
 * that starts later (reveal.js is a chunk of its own) missed both and showed the current slide.
 * Once ready it reads the state from the main deck itself (the speaker window's opener, same
 * origin) and does the same two steps; a message arriving after changes nothing.
 */
export function catchUpUpcoming(deck: Pick<RevealApi, 'setState' | 'next'>, main: () => RevealApi | undefined = openerDeck): void {
  const source = main()
  if (!source?.isReady()) return
  // As the speaker window does: no lightbox in the upcoming preview.
  const state: ReturnType<RevealApi['getState']> & Record<string, unknown> = { ...source.getState() }
  for (const lightbox of ['previewVideo', 'previewImage', 'previewIframe']) delete state[lightbox]
  deck.setState(state)
  deck.next()
}

function openerDeck(): RevealApi | undefined {
  try {
    return (window.parent.opener as (Window & { Reveal?: RevealApi }) | null)?.Reveal
  } catch {
    // Another origin: the speaker window's own messages are all there is.
    return undefined
  }
}
