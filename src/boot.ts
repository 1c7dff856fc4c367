import 'reveal.js/reset.css'
import 'reveal.js/reveal.css'
// Self-hosted from npm (@fontsource): nothing is requested from another host. Imported here, one
// module each, so deck:assets can drop their woff fallbacks and the subsets (Greek, Cyrillic…) no
// slide or note is written in; unicode-range means a browser loads only the subsets a page uses.
import '@fontsource/source-sans-3/400.css'
import '@fontsource/source-sans-3/400-italic.css'
import '@fontsource/source-sans-3/600.css'
import '@fontsource/source-sans-3/700.css'
import './styles/index.css'
import { isNarrow } from './reveal/config.ts'
import { attachAsides } from './reveal/asides.ts'
import { isPrintView, isSpeakerPreview } from './reveal/print.ts'
import { createDeckState } from './reveal/state.ts'
import { dropSteadyResizes } from './reveal/steady-resize.ts'
import { FOLLOW_META } from './present/protocol.ts'
import { startReader, type Reader } from './reader/reader.ts'
import { asksForReveal, replayKey } from './reader/upgrade.ts'
import type * as RevealStart from './reveal/start.ts'

const state = createDeckState()
dropSteadyResizes()
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches
const element = document.querySelector<HTMLElement>('.reveal')

/**
 * reveal.js, from a chunk of its own (reveal/start.ts). Where it starts with the page it is asked
 * for at once, so it downloads while the first slide paints; a phone that only reads (src/reader/)
 * neither downloads nor evaluates it until the reader asks for it.
 */
let revealModule: Promise<typeof RevealStart> | undefined
const loadReveal = () => (revealModule ??= import('./reveal/start.ts'))

/** reveal.js on the slides; a key pressed before it listened is given to it once it is ready. */
function start(element: HTMLElement, key?: KeyboardEvent): void {
  // The print view (PDF with notes, the handout) lays the notes out as reveal.js starts: they go
  // back into the slides first (reveal/asides.ts). Other pages ask for them when they show them.
  const started = Promise.all([loadReveal(), isPrintView() ? attachAsides() : undefined]).then(([{ startReveal }]) => {
    const deck = startReveal(element, state, { reducedMotion })
    if (key) deck.on('ready', () => replayKey(key))
  })
  state.track('reveal.js chunk', started)
  sealAfterFonts()
}

/**
 * The deck is ready once its fonts have loaded: asked once the first slide has painted and the
 * deferred styles (KaTeX's fonts among them) have arrived, not at boot, when fonts of styles still
 * on their way were not yet requested.
 */
function sealAfterFonts(): void {
  state.track('fonts', document.fonts.ready)
  state.seal()
}

// The CSS no first screen needs (styles/deferred.ts), loading beside this script.
const styles = import('./styles/deferred.ts')
state.track('styles', styles)

/**
 * A phone held upright, on a page that is only read (not a live talk, the print view, the speaker
 * view's previews or the build's capture): the reader (reader/reader.ts) lays the slides out and
 * reveal.js waits until the reader asks for something only it does.
 */
const readerFits = () =>
  isNarrow({ width: window.innerWidth }) &&
  !isPrintView() &&
  !isSpeakerPreview() &&
  !/deck-(capture|measure)/.test(location.search) &&
  !document.querySelector(`meta[name="${FOLLOW_META}"]`)

/** A key reveal.js answers, pressed before the start was decided: reveal.js starts and gets it. */
let keyBeforeStart: KeyboardEvent | undefined
let reader: Reader | undefined
/** The window's width when the reader started: any other is reveal.js's to lay out. */
let readerWidth = 0
const onKey = (e: KeyboardEvent) => {
  if (!asksForReveal(e)) return
  if (reader) upgrade(element!, e)
  else keyBeforeStart ??= e
}
const onResize = () => {
  // A phone turned sideways (or any change of width) is reveal.js's to lay out.
  if (reader && window.innerWidth !== readerWidth) upgrade(element!)
}

function upgrade(element: HTMLElement, key?: KeyboardEvent): void {
  window.removeEventListener('keydown', onKey, { capture: true })
  window.removeEventListener('resize', onResize)
  reader?.stop()
  reader = undefined
  start(element, key)
}

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
  const wantsReader = readerFits()
  if (wantsReader) window.addEventListener('keydown', onKey, { capture: true })
  else loadReveal().catch(() => undefined)
  void Promise.all([painted, styles.catch(() => undefined)]).then(() => {
    reader = wantsReader && !keyBeforeStart ? startReader(element) : undefined
    if (!reader) {
      window.removeEventListener('keydown', onKey, { capture: true })
      start(element, keyBeforeStart)
      return
    }
    readerWidth = window.innerWidth
    window.addEventListener('resize', onResize)
    sealAfterFonts()
  })
}
