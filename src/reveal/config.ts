import type { RevealConfig, RevealPlugin, RevealPluginFactory } from 'reveal.js'

/** The slide's design size: 16:9. reveal.js scales it to any window, and letterboxes 4:3. */
export const SLIDE_WIDTH = 1280
export const SLIDE_HEIGHT = 720

/** The only place reveal.js options are written. */
export function revealConfig(plugins: (RevealPlugin | RevealPluginFactory)[], env: { reducedMotion: boolean }): RevealConfig {
  return {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    margin: 0.04,
    center: false,
    // Slides are flex columns, so a diagram takes the height its title and text leave it.
    display: 'flex',
    // Deep links by slide id (#/that-id) and the position survives a reload.
    hash: true,
    respondToHashChanges: true,
    fragmentInURL: true,
    history: false,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    help: true,
    keyboard: true,
    overview: true,
    touch: true,
    // reveal.js announces each new slide's text in its own aria-live region.
    transition: env.reducedMotion ? 'none' : 'slide',
    backgroundTransition: env.reducedMotion ? 'none' : 'fade',
    transitionSpeed: 'fast',
    // One page per slide: a slide that does not fit is a bug to fix, not to paginate.
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: false,
    // Below this width reveal.js switches to its scroll view (phones held upright).
    scrollActivationWidth: 435,
    plugins,
  }
}
