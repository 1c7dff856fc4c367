import type { RevealConfig, RevealPlugin, RevealPluginFactory } from 'reveal.js'
import { slideNumberParts } from './slide-number.ts'

/** The slide's design size: 16:9. reveal.js scales it to any window, and letterboxes 4:3. */
export const SLIDE_WIDTH = 1280
export const SLIDE_HEIGHT = 720

/** The share of the window reveal.js keeps free around the slide. */
export const SLIDE_MARGIN = 0.04

/**
 * Below this width (the window less reveal.js's margin) reveal.js shows its scroll view: phones
 * held upright. reveal.js's own default, written here so deck-narrow uses the same threshold.
 */
export const SCROLL_ACTIVATION_WIDTH = 435

/**
 * The narrow design width. At 1280 a phone's 390 px would scale the slide to 0.29 and body text to
 * 9 px; at 560 the scale is 0.67 and 30 px body text renders at 20 px. Slides reflow into it.
 */
export const NARROW_SLIDE_WIDTH = 560

export interface SlideSize {
  width: number
  height: number
}

/**
 * The slide's design size for a window. Wide windows get the 16:9 design size; narrow ones (the
 * scroll view) a portrait page as tall as the window allows at the narrow width's scale, so
 * reveal.js's scale is set by the width and every slide fills one screen.
 */
export function slideSize(window: { width: number; height: number }): SlideSize {
  if (!isNarrow(window)) return { width: SLIDE_WIDTH, height: SLIDE_HEIGHT }
  const available = { width: window.width * (1 - SLIDE_MARGIN), height: window.height * (1 - SLIDE_MARGIN) }
  const height = Math.round((NARROW_SLIDE_WIDTH * available.height) / available.width)
  // A phone turned sideways is not narrow; a very short, narrow window still gets a usable page.
  return { width: NARROW_SLIDE_WIDTH, height: Math.max(height, SLIDE_HEIGHT) }
}

/**
 * reveal.js's scale for a window and a slide size (its layout(): the window less its margin, the
 * smaller ratio, within 0.2–2, to two decimals). compile/head.ts computes the same before the
 * first paint, in the page's inline script.
 */
export function slideScale(window: { width: number; height: number }, size: SlideSize): number {
  const s = Math.min((window.width * (1 - SLIDE_MARGIN)) / size.width, (window.height * (1 - SLIDE_MARGIN)) / size.height)
  return Math.round(Math.min(Math.max(s, 0.2), 2) * 100) / 100
}

/** Whether reveal.js shows this window in its scroll view (its own test, reveal.js checkResponsiveScrollView). */
export function isNarrow(window: { width: number }): boolean {
  return window.width > 0 && window.width * (1 - SLIDE_MARGIN) <= SCROLL_ACTIVATION_WIDTH
}

/** Transitions: none when the reader asks for reduced motion. */
export function motionOptions(reducedMotion: boolean): Pick<RevealConfig, 'transition' | 'backgroundTransition'> {
  return { transition: reducedMotion ? 'none' : 'slide', backgroundTransition: reducedMotion ? 'none' : 'fade' }
}

/**
 * Options reveal.js and its plugins read that its bundled types leave out or mistype
 * (dist/config.d.ts declares `defaultTiming?: null`; zoomKey belongs to the zoom plugin).
 */
interface UntypedOptions {
  /**
   * Seconds per slide for a slide without data-timing. The speaker view shows its pacing timer
   * only when this (or totalTime) is set; every slide here has its own data-timing.
   */
  defaultTiming: number
  /** The zoom plugin's modifier: alt+click on every platform (its default is ctrl on Linux). */
  zoomKey: 'alt'
}

/** The only place reveal.js options are written. */
export function revealConfig(plugins: (RevealPlugin | RevealPluginFactory)[], env: { reducedMotion: boolean }): RevealConfig {
  const untyped: UntypedOptions = { defaultTiming: 60, zoomKey: 'alt' }
  const config: RevealConfig = {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    margin: SLIDE_MARGIN,
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
    // "c/t" over the talk's slides; "backup k/n" on a backup slide (src/reveal/slide-number.ts).
    // The cast: reveal.js's types say strings, its code wants the total as a number.
    slideNumber: (slide: HTMLElement | undefined) => slideNumberParts(slide, window.Reveal) as unknown as [string, string, string],
    showSlideNumber: 'all',
    help: true,
    keyboard: true,
    overview: true,
    touch: true,
    // Slide changes are announced by reveal.js itself, in its aria-live status region.
    ...motionOptions(env.reducedMotion),
    transitionSpeed: 'fast',
    // One page per slide: a slide that does not fit is a bug to fix, not to paginate.
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: false,
    // Below this width reveal.js switches to its scroll view (phones held upright); deck-narrow
    // then gives the slides the narrow design size (slideSize).
    scrollActivationWidth: SCROLL_ACTIVATION_WIDTH,
    plugins,
  }
  return { ...config, ...(untyped as unknown as Partial<RevealConfig>) }
}
