import type { RevealApi, RevealPlugin } from 'reveal.js'
import type Notes from 'reveal.js/plugin/notes'
import { isSpeakerPreview } from '../print.ts'

type NotesModule = { default: typeof Notes }

/**
 * deck-speaker-view: reveal.js's own notes plugin, loaded when first needed. It is a third of the
 * deck's script (it bundles marked and the speaker page), and the first slide should not wait for
 * it. It loads on `S`, at once for `?notes`, and when a speaker window that outlived a reload of
 * the deck sends its heartbeat, so that window reconnects as it would with the plugin preloaded.
 */
export interface SpeakerViewOptions {
  /** Loads reveal.js's notes plugin. @default a dynamic import of reveal.js/plugin/notes */
  load?: () => Promise<NotesModule>
  /** The page's query string. @default location.search */
  search?: string
  /** Where the speaker window's messages arrive. @default window */
  messages?: Pick<Window, 'addEventListener' | 'removeEventListener'>
}

export function deckSpeakerView(options: SpeakerViewOptions = {}): RevealPlugin {
  const { load = () => import('reveal.js/plugin/notes'), search = location.search, messages = window } = options
  let notes: Promise<{ open(): void }> | undefined
  return {
    id: 'deck-speaker-view',
    init(deck: RevealApi) {
      if (isSpeakerPreview(search)) return
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
