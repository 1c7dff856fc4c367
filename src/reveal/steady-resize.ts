/**
 * Drops `resize` events after which the window has the size it had before. A phone (and Chromium's
 * mobile emulation, as Lighthouse and the benchmark run it) fires such events while the page
 * loads; reveal.js answers every resize with a full layout, which in its scroll view re-measures
 * and re-builds every page (about a third of the start's main-thread time on a phone at 4× CPU).
 * A resize that changes the window's size, or the device pixel ratio (zoom), goes through.
 *
 * Registered as a capture listener on the window before reveal.js adds its own, so it runs first
 * and can stop the event from reaching reveal.js's listener and the deck's.
 */
export function dropSteadyResizes(target: Window = window): () => void {
  const size = () => `${target.innerWidth}×${target.innerHeight}@${target.devicePixelRatio}`
  let last = size()
  const listener = (e: Event) => {
    const now = size()
    if (now === last) e.stopImmediatePropagation()
    last = now
  }
  target.addEventListener('resize', listener, { capture: true })
  return () => target.removeEventListener('resize', listener, { capture: true })
}
