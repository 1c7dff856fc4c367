import Reveal, { type RevealApi } from 'reveal.js'
import Search from 'reveal.js/plugin/search'
import Zoom from 'reveal.js/plugin/zoom'
import { revealConfig } from './config.ts'
import { isPrintView } from './print.ts'
import type { DeckState } from './state.ts'
import { deckDiagrams } from './plugins/diagrams.ts'
import { deckSpeakerView } from './plugins/speaker-view.ts'
import { deckAccessibility } from './plugins/accessibility.ts'
import { deckTheme } from './plugins/theme.ts'
import { deckArgumentMap } from './plugins/argument-map.ts'
import { deckHelp } from './plugins/help.ts'
import { deckNarrow } from './plugins/narrow.ts'
import { deckFollow } from './plugins/follow.ts'
import { deckBackup } from './plugins/backup.ts'
import { deckShare } from './plugins/share.ts'
import { deckScrollLocation } from './plugins/scroll-location.ts'

declare global {
  interface Window {
    /** The deck, on purpose: tools written for reveal.js (decktape, the speaker view) look for it. */
    Reveal: RevealApi
  }
}

/**
 * reveal.js with the deck's plugins, on the slides in `element`. A module of its own, loaded by
 * boot.ts with a dynamic import: a phone that only reads (src/reader/) never evaluates reveal.js.
 * Returns the deck once reveal.js is created (its 'ready' follows).
 */
export function startReveal(element: HTMLElement, state: DeckState, env: { reducedMotion: boolean }): RevealApi {
  const deck = new Reveal(
    element,
    revealConfig(
      [
        deckSpeakerView(),
        Search,
        Zoom,
        deckDiagrams(state),
        deckTheme(),
        deckArgumentMap(),
        deckAccessibility(),
        deckHelp(),
        deckNarrow(),
        deckScrollLocation(),
        deckBackup(),
        deckShare(),
        // Live talks (npm run present); inert on any page that server did not mark.
        deckFollow(),
      ],
      env,
    ),
  )
  window.Reveal = deck
  if (isPrintView()) state.track('print view', new Promise<void>((resolve) => deck.on('pdf-ready', () => resolve())))
  state.track('reveal.js', deck.initialize())
  return deck
}
