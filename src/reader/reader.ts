import { slideScale, slideSize } from '../reveal/config.ts'
import { parseDeckLink, scrollTopFor, type LinkTarget } from '../reveal/plugins/scroll-location.ts'
import { fragmentGroupsOf, steppingFragments, writtenIndex } from '../reveal/fragment-groups.ts'
import { hashFor, pagePlaces, positionAt, type PagePlace, type ReaderPosition } from './geometry.ts'

/**
 * The phone's reader: the deck's own slides, laid out as reveal.js's scroll view lays them out
 * (the same elements, classes and CSS: `.scroll-page`, sticky content, one screen of scrolling
 * per fragment group, snap points, the progress bar), without starting reveal.js.
 *
 * Why: on a phone reveal.js's start (every slide wrapped, measured and synced, in one task) took
 * the main thread for about half a second at 4× CPU, and it was what Lighthouse's total blocking
 * time measured. Reading needs none of it: the pages here come from numbers alone (geometry.ts),
 * nothing is measured, and the work per scroll is a few class changes. reveal.js starts, on the
 * same elements, when the reader asks for something only it does (a key: the map, search, the
 * theme; the phone turned sideways): stop() puts every slide back where reveal.js expects it and
 * writes the reader's place into the address, which reveal.js then opens.
 */
export interface Reader {
  /** The slide and fragment group in view. */
  position(): ReaderPosition & { id: string | undefined }
  /** Undo everything start did and write the place into the address; the slides are reveal.js's again. */
  stop(): void
}

/** How long the progress bar stays after the last scroll (reveal.js's scrollProgress 'auto'). */
const PROGRESS_HIDE_MS = 500
/** At most one address write per quarter second, as deck-scroll-location does (Safari throttles replaceState). */
const ADDRESS_WRITE_MS = 250

/**
 * Lays the slides of `root` (the `.reveal` element) out for reading; undefined when the deck is
 * one the reader does not handle (vertical stacks), and reveal.js should start at once.
 */
export function startReader(root: HTMLElement): Reader | undefined {
  const container = root.querySelector<HTMLElement>(':scope > .slides')
  if (!container) return undefined
  const slides = [...container.querySelectorAll<HTMLElement>(':scope > section')]
  if (slides.length === 0 || slides.some((s) => s.querySelector('section'))) return undefined

  const html = document.documentElement
  const viewport = document.body
  const screen = { width: window.innerWidth, height: window.innerHeight }
  const size = slideSize(screen)
  // Each fragment's group, written on it as reveal.js writes it (data-fragment-index), so reveal.js
  // started later, the address and the CSS agree on the order.
  const fragmentsOf = slides.map((s) => {
    const fragments = steppingFragments(s)
    const groups = fragmentGroupsOf(fragments.map(writtenIndex))
    return fragments.map((element, i) => ({ element, group: groups[i]! }))
  })
  for (const fragments of fragmentsOf) for (const f of fragments) f.element.dataset.fragmentIndex = String(f.group)
  const pages = pagePlaces(
    fragmentsOf.map((fragments) => new Set(fragments.map((f) => f.group)).size),
    screen.height,
  )

  // The variables reveal.js's scroll-view CSS reads (reveal.css, deck.css).
  const vars: Record<string, string> = {
    '--page-height': `${screen.height}px`,
    '--slide-width': `${size.width}px`,
    '--slide-height': `${size.height}px`,
    '--slide-scale': String(slideScale(screen, size)),
    '--viewport-width': `${screen.width}px`,
    '--viewport-height': `${screen.height}px`,
  }
  html.classList.add('reveal-full-page')
  html.dataset.reader = ''
  viewport.classList.add('reveal-viewport', 'reveal-scroll')
  viewport.dataset.scrollbar = 'auto'
  for (const [name, value] of Object.entries(vars)) viewport.style.setProperty(name, value)
  viewport.style.scrollSnapType = 'y mandatory'

  const pageElements = slides.map((slide, i) => {
    const place = pages[i]!
    const page = document.createElement('div')
    page.className = 'scroll-page'
    page.style.setProperty('--page-scroll-padding', `${place.height - screen.height}px`)
    const sticky = document.createElement('div')
    sticky.className = 'scroll-page-sticky'
    sticky.style.position = place.groups > 0 ? 'sticky' : 'relative'
    if (place.groups === 0) page.style.scrollSnapAlign = 'start'
    const content = document.createElement('div')
    content.className = 'scroll-page-content'
    content.append(slide)
    sticky.append(content)
    page.append(sticky)
    // One snap point per step, as reveal.js makes them: the first pulled up over the slide.
    for (let step = 0; step <= place.groups; step++) {
      const point = document.createElement('div')
      point.className = 'scroll-snap-point'
      point.style.height = `${screen.height}px`
      point.style.scrollSnapAlign = 'start'
      if (step === 0) point.style.marginTop = `-${screen.height}px`
      page.append(point)
    }
    return page
  })
  container.append(...pageElements)

  const total = pages.at(-1)!.top + pages.at(-1)!.height
  const progress = progressBar(pages, total, screen.height)
  viewport.prepend(progress.element)

  let current: ReaderPosition = { index: -1, fragment: -1 }
  const show = (at: ReaderPosition) => {
    if (at.index !== current.index) {
      slides[current.index]?.classList.remove('present')
      slides[at.index]?.classList.add('present')
    }
    for (const { element, group } of fragmentsOf[at.index] ?? []) {
      element.classList.toggle('visible', group <= at.fragment)
      element.classList.toggle('current-fragment', group === at.fragment)
    }
    progress.mark(at.index)
    current = at
  }

  const writeAddress = () => {
    const hash = hashFor(slides[current.index]?.id, current.index, current.fragment)
    if (location.hash !== hash) history.replaceState(history.state, '', hash)
  }
  let writeTimer: ReturnType<typeof setTimeout> | undefined
  const writeAddressSoon = () => {
    clearTimeout(writeTimer)
    writeTimer = setTimeout(writeAddress, ADDRESS_WRITE_MS)
  }

  let frame = 0
  const onScroll = () => {
    if (frame) return
    frame = requestAnimationFrame(() => {
      frame = 0
      const top = viewport.scrollTop
      progress.playhead(top / Math.max(1, total - screen.height))
      const at = positionAt(pages, top, screen.height)
      if (at.index === current.index && at.fragment === current.fragment) return
      show(at)
      writeAddressSoon()
    })
  }

  const indexOf = (target: LinkTarget): number =>
    'id' in target ? slides.findIndex((s) => s.id === target.id) : target.v === 0 && target.h < slides.length ? target.h : -1
  const go = (target: LinkTarget | null): boolean => {
    const index = target ? indexOf(target) : -1
    if (!target || index === -1) return false
    const place = pages[index]!
    viewport.scrollTop = scrollTopFor({ top: place.top, screen: screen.height, groups: place.groups }, target.fragment)
    show(positionAt(pages, viewport.scrollTop, screen.height))
    return true
  }
  const onHashChange = () => void go(parseDeckLink(location.hash))
  // A diagram's node that names a slide (data-link) takes the reader there, as in reveal.js.
  const onClick = (e: Event) => {
    const target = (e.target as Element | null)?.closest?.('[data-link]')?.getAttribute('data-link')
    if (target && go({ id: target })) e.preventDefault()
  }

  if (!go(parseDeckLink(location.hash))) show(positionAt(pages, 0, screen.height))
  viewport.addEventListener('scroll', onScroll, { passive: true })
  window.addEventListener('hashchange', onHashChange)
  root.addEventListener('click', onClick)

  return {
    position: () => ({ ...current, id: slides[current.index]?.id }),
    stop() {
      viewport.removeEventListener('scroll', onScroll)
      window.removeEventListener('hashchange', onHashChange)
      root.removeEventListener('click', onClick)
      cancelAnimationFrame(frame)
      clearTimeout(writeTimer)
      writeAddress()
      slides[current.index]?.classList.remove('present')
      container.append(...slides)
      for (const page of pageElements) page.remove()
      progress.element.remove()
      viewport.scrollTop = 0
      viewport.classList.remove('reveal-scroll')
      viewport.style.scrollSnapType = ''
      for (const name of Object.keys(vars)) viewport.style.removeProperty(name)
      delete viewport.dataset.scrollbar
      delete html.dataset.reader
    },
  }
}

/**
 * reveal.js's scroll progress bar (its classes, so reveal.css draws it): a segment per slide,
 * the current one marked, and a playhead; in shares of the bar, so nothing is measured.
 */
function progressBar(pages: readonly PagePlace[], total: number, screen: number) {
  const element = document.createElement('div')
  element.className = 'scrollbar'
  element.setAttribute('aria-hidden', 'true')
  const inner = document.createElement('div')
  inner.className = 'scrollbar-inner'
  const head = document.createElement('div')
  head.className = 'scrollbar-playhead'
  const headShare = Math.max(screen / total, 0.02)
  head.style.height = `${headShare * 100}%`
  const segments = pages.map((p) => {
    const segment = document.createElement('div')
    segment.className = 'scrollbar-slide'
    segment.style.top = `${(p.top / total) * 100}%`
    segment.style.height = `calc(${(p.height / total) * 100}% - 1px)`
    return segment
  })
  inner.append(head, ...segments)
  element.append(inner)
  let active: HTMLElement | undefined
  let hideTimer: ReturnType<typeof setTimeout> | undefined
  return {
    element,
    mark(index: number) {
      active?.classList.remove('active')
      active = segments[index]
      active?.classList.add('active')
    },
    /** Where the playhead is, 0–1 of the scrollable height; shows the bar for a moment. */
    playhead(share: number) {
      head.style.top = `${Math.min(Math.max(share, 0), 1) * (1 - headShare) * 100}%`
      element.classList.add('visible')
      clearTimeout(hideTimer)
      hideTimer = setTimeout(() => element.classList.remove('visible'), PROGRESS_HIDE_MS)
    },
  }
}
