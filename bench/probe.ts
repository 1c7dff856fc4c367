/**
 * What the benchmark measures inside the page, installed before any of the deck's code runs.
 * Plain JavaScript in a string: it is injected as is (no bundler, no tsx helpers in the page).
 * Every time is `performance.now()`, i.e. milliseconds since navigation start.
 */

/** The page's figures for one load, as the probe leaves them in `window.__bench`. */
export interface PageFigures {
  /** First contentful paint (Paint Timing). */
  fcp: number | null
  /** largest-contentful-paint entries: paint time, and whether the element is in the first slide. */
  lcp: { time: number; inFirstSlide: boolean; tag: string }[]
  /** The first animation frame in which the first slide's title is visible (before that frame paints). */
  titleFrame: number | null
  /** A task posted from that frame: runs once the frame's rendering (and paint) is done. */
  titlePainted: number | null
  /** The first frame in which every diagram (the deck's figure.diagram, the reference deck's pre.mermaid) holds an SVG with a real size (viewBox > 24 px each way). */
  diagramsSized: number | null
  diagrams: number
  /** data-deck-state reached 'ready' (or 'error'). */
  deckState: string | null
  deckStateAt: number | null
  longTasks: [start: number, duration: number][]
  /** layout-shift entries not caused by input: start time and score. */
  layoutShifts: [start: number, value: number][]
  /** reveal.js dispatched its 'ready' event. */
  revealReady: number | null
  /** The title's box in the frame it was first visible, and once the deck is ready (CSS px). */
  titleBoxFirst: [left: number, top: number, width: number, height: number] | null
  titleBoxReady: [left: number, top: number, width: number, height: number] | null
}

export const PROBE_SCRIPT = String.raw`(() => {
  if (window.top !== window) return
  const m = (window.__bench = {
    fcp: null, lcp: [], titleFrame: null, titlePainted: null, diagramsSized: null, diagrams: 0,
    deckState: null, deckStateAt: null, longTasks: [], layoutShifts: [], revealReady: null,
    titleBoxFirst: null, titleBoxReady: null,
  })
  // Not '.slides > section': reveal.js's scroll view (phones) wraps every slide in a page element.
  const firstSlide = () => document.querySelector('.reveal .slides section')
  const firstTitle = () => {
    const s = firstSlide()
    return s && s.querySelector('h1, h2')
  }
  const box = (el) => {
    const r = el.getBoundingClientRect()
    return [r.left, r.top, r.width, r.height]
  }
  const inFirstSlide = (el) => {
    const s = firstSlide()
    return !!(el && s && s.contains(el))
  }
  const observe = (type, each) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true })
    } catch (e) {}
  }
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') m.fcp = e.startTime })
  observe('largest-contentful-paint', (e) =>
    m.lcp.push({ time: e.renderTime || e.startTime, inFirstSlide: inFirstSlide(e.element), tag: e.element ? e.element.tagName : '' }))
  observe('longtask', (e) => m.longTasks.push([e.startTime, e.duration]))
  observe('layout-shift', (e) => { if (!e.hadRecentInput) m.layoutShifts.push([e.startTime, e.value]) })

  const visible = (el) => {
    if (!el) return false
    const r = el.getBoundingClientRect()
    if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) return false
    // Painted in its own font: text waiting for a web font is not drawn yet (font-display: block).
    const f = getComputedStyle(el)
    if (!document.fonts.check(f.fontStyle + ' ' + f.fontWeight + ' ' + f.fontSize + ' ' + f.fontFamily)) return false
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e)
      if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) return false
    }
    return true
  }
  // The deck's figures, or the reference deck's <pre class="mermaid"> that mermaid draws into.
  const sized = () => {
    const figures = document.querySelectorAll('figure.diagram, pre.mermaid')
    m.diagrams = figures.length
    return [...figures].every((f) => {
      const svg = f.querySelector(f.matches('pre.mermaid') ? ':scope > svg' : '.diagram-canvas svg')
      const box = svg && svg.viewBox && svg.viewBox.baseVal
      return !!box && box.width > 24 && box.height > 24
    })
  }
  const frame = () => {
    if (m.titleFrame === null && visible(firstTitle())) {
      m.titleFrame = performance.now()
      m.titleBoxFirst = box(firstTitle())
      // A task queued now runs after this frame's update-the-rendering step, i.e. after it painted.
      const channel = new MessageChannel()
      channel.port1.onmessage = () => { m.titlePainted = performance.now() }
      channel.port2.postMessage(0)
    }
    if (m.diagramsSized === null && document.readyState !== 'loading' && sized()) m.diagramsSized = performance.now()
    if (m.titleFrame === null || m.diagramsSized === null) requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)

  new MutationObserver(() => {
    const s = document.documentElement && document.documentElement.dataset.deckState
    if (m.deckStateAt === null && (s === 'ready' || s === 'error')) {
      m.deckState = s
      m.deckStateAt = performance.now()
      const t = firstTitle()
      if (t) m.titleBoxReady = box(t)
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-deck-state'] })
  // reveal.js dispatches its 'ready' as a bubbling DOM event on the .reveal element.
  document.addEventListener('ready', (e) => {
    if (m.revealReady === null && e.target && e.target.classList && e.target.classList.contains('reveal')) m.revealReady = performance.now()
  }, true)
})()`
