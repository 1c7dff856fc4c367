import 'reveal.js/reset.css'
import 'reveal.js/reveal.css'
// Self-hosted from npm (@fontsource): nothing is requested from another host. Imported here, one
// module each, so deck:assets can drop their woff fallbacks. unicode-range means a browser loads
// only the subsets a page uses (Latin, and Latin Extended for names such as Şenalp).
import '@fontsource/source-sans-3/400.css'
import '@fontsource/source-sans-3/400-italic.css'
import '@fontsource/source-sans-3/600.css'
import '@fontsource/source-sans-3/700.css'
import './styles/index.css'
import Reveal, { type RevealApi } from 'reveal.js'
import Search from 'reveal.js/plugin/search'
import Zoom from 'reveal.js/plugin/zoom'
import { revealConfig } from './reveal/config.ts'
import { isPrintView } from './reveal/print.ts'
import { createDeckState } from './reveal/state.ts'
import { dropSteadyResizes } from './reveal/steady-resize.ts'
import { deckDiagrams } from './reveal/plugins/diagrams.ts'
import { deckSpeakerView } from './reveal/plugins/speaker-view.ts'
import { deckAccessibility } from './reveal/plugins/accessibility.ts'
import { deckTheme } from './reveal/plugins/theme.ts'
import { deckArgumentMap } from './reveal/plugins/argument-map.ts'
import { deckHelp } from './reveal/plugins/help.ts'
import { deckNarrow } from './reveal/plugins/narrow.ts'
import { deckFollow } from './reveal/plugins/follow.ts'
import { deckBackup } from './reveal/plugins/backup.ts'
import { deckShare } from './reveal/plugins/share.ts'
import { deckScrollLocation } from './reveal/plugins/scroll-location.ts'

declare global {
  interface Window {
    /** The deck, on purpose: tools written for reveal.js (decktape, the speaker view) look for it. */
    Reveal: RevealApi
  }
}

const state = createDeckState()
dropSteadyResizes()
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches
const element = document.querySelector<HTMLElement>('.reveal')

function start(element: HTMLElement): void {
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
      { reducedMotion },
    ),
  )
  window.Reveal = deck
  if (isPrintView()) state.track('print view', new Promise<void>((resolve) => deck.on('pdf-ready', () => resolve())))
  state.track('reveal.js', deck.initialize())
  state.track('fonts', document.fonts.ready)
  state.seal()
}

// The CSS no first screen needs (styles/deferred.ts), loading beside this script.
const styles = import('./styles/deferred.ts')
state.track('styles', styles)

if (!element) {
  state.fail('boot', new Error('no .reveal element in the page'))
} else {
  // The first slide is painted from HTML and CSS alone (styles/first-paint.css): let that frame
  // reach the screen before reveal.js's start takes the main thread (a task posted from a frame
  // runs once it has painted; a hidden tab gets no frames, so it does not wait for one), and let
  // the rest of the CSS arrive, so every slide reveal.js lays out has all of its style.
  const painted = new Promise<void>((resolve) =>
    document.visibilityState === 'visible' && !isPrintView() ? requestAnimationFrame(() => setTimeout(resolve, 0)) : resolve(),
  )
  void Promise.all([painted, styles.catch(() => undefined)]).then(() => start(element))
}
