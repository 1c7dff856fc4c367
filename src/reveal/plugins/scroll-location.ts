import type { RevealApi, RevealPlugin } from 'reveal.js'
import { fragmentGroupCount } from '../fragment-groups.ts'
import { isPrintView } from '../print.ts'
import { slideAt } from '../slides.ts'

/** A place in the deck as a `#/…` link names it: reveal.js's own two forms. */
export type LinkTarget = ({ id: string } | { h: number; v: number }) & { fragment?: number }

/**
 * What a deck link names, read as reveal.js reads it (its location controller, with hash: true
 * and fragmentInURL): `#/slide-id`, `#/slide-id/f`, or `#/h/v/f` with zero-based indices.
 * Anything else names nothing.
 */
export function parseDeckLink(hash: string): LinkTarget | null {
  const name = hash.replace(/^#\/?/, '')
  if (!name) return null
  const bits = name.split('/')
  const int = (bit: string | undefined) => (bit !== undefined && /^\d+$/.test(bit) ? Number(bit) : undefined)
  if (!/^\d*$/.test(bits[0]!)) {
    let id: string
    try {
      id = decodeURIComponent(bits[0]!)
    } catch {
      return null
    }
    const fragment = int(bits[1])
    return fragment === undefined ? { id } : { id, fragment }
  }
  const h = int(bits[0])
  if (h === undefined) return null
  const fragment = int(bits[2])
  const target = { h, v: int(bits[1]) ?? 0 }
  return fragment === undefined ? target : { ...target, fragment }
}

/**
 * Where the scroll view shows a slide with its first `fragment + 1` fragment groups: its page's
 * top, then one screen of scrolling per group (reveal.js's scroll triggers in its full layout,
 * each as tall as the viewport). A fragment past the slide's last group shows them all.
 */
export function scrollTopFor(page: { top: number; screen: number; groups: number }, fragment?: number): number {
  if (fragment === undefined || fragment < 0 || page.groups === 0) return page.top
  return page.top + Math.min(fragment + 1, page.groups) * page.screen
}

/**
 * deck-scroll-location: links and jumps land where they point in reveal.js's scroll view (a phone
 * held upright), and the address follows the reader. Three reveal.js 6.0.2 behaviours, each
 * measured on this deck:
 *
 * - A `#/slide-id` link opened on a phone showed the first page: activating the scroll view makes
 *   the first page current and writes its hash over the link before reveal.js reads the URL. Here
 *   the link is read first (plugins initialise before reveal.js starts) and wins.
 * - reveal.js scrolls to a slide at a share of the whole scroll height that runs short by up to a
 *   page towards the end, so the map, the search, R and a follower's jumps landed on the slide
 *   before. Every slide change asked of the scroll view (its beforeslidechange, which reveal.js
 *   lets a listener cancel) scrolls here to the page itself instead.
 * - Scrolling never updated the address, so a reload or a copied address lost the place. Here it
 *   is replaced (never pushed: scrolling is not history) as the current slide or fragment changes.
 */
export function deckScrollLocation(): RevealPlugin {
  let stop: (() => void) | undefined
  return {
    id: 'deck-scroll-location',
    init(deck: RevealApi) {
      if (isPrintView()) return
      const linkHash = location.hash
      /** The link's target until reveal.js is ready: every slide change asked before then goes there. */
      let pending = parseDeckLink(linkHash)
      const slideFor = (target: LinkTarget): HTMLElement | undefined => {
        if ('id' in target) {
          const slide = document.getElementById(target.id)
          return slide && deck.getSlidesElement()?.contains(slide) ? slide : undefined
        }
        return slideAt(deck, target.h, target.v)
      }
      const viewport = () => deck.getViewportElement()
      const pageOf = (slide: HTMLElement) => {
        const page = slide.closest<HTMLElement>('.scroll-page')
        const scroller = viewport()
        if (!page || !scroller) return undefined
        const top = scroller.scrollTop + page.getBoundingClientRect().top - scroller.getBoundingClientRect().top
        return {
          top: Math.round(top),
          height: page.offsetHeight,
          screen: scroller.offsetHeight,
          groups: fragmentGroupCount(slide),
          scroller,
        }
      }
      const scrollTo = (slide: HTMLElement, fragment?: number) => {
        const page = pageOf(slide)
        if (page) page.scroller.scrollTop = scrollTopFor(page, fragment)
      }

      const onBeforeSlideChange = (event: Event) => {
        if (!deck.isScrollView()) return
        const asked = event as Event & { indexh?: number; indexv?: number }
        const target: LinkTarget | null = pending ?? (asked.indexh === undefined ? null : { h: asked.indexh, v: asked.indexv ?? 0 })
        // reveal.js's own scroll is exact for the first page (a share of 0), and that is every
        // start without a link: leave it, so a plain start costs what it did.
        if (!target || (!('id' in target) && target.h === 0 && target.v === 0 && target.fragment === undefined)) return
        const slide = slideFor(target)
        if (!slide) return
        event.preventDefault()
        scrollTo(slide, target.fragment)
      }

      const onReady = () => {
        const target = pending
        pending = null
        if (!target || !deck.isScrollView()) return
        const slide = slideFor(target)
        if (!slide) return
        // reveal.js restores a scroll position kept from an earlier visit in this tab after the
        // link was applied: the link wins, unless that position is already on the linked page.
        const page = pageOf(slide)
        if (page && !(page.scroller.scrollTop >= page.top && page.scroller.scrollTop < page.top + page.height))
          scrollTo(slide, target.fragment)
        history.replaceState(history.state, '', linkHash)
      }

      // At most one address write per quarter second: browsers throttle replaceState (Safari
      // refuses more than 100 in 30 s) and a fast scroll passes many slides.
      let writeTimer: ReturnType<typeof setTimeout> | undefined
      const writeAddress = () => {
        if (!deck.isScrollView() || pending) return
        clearTimeout(writeTimer)
        writeTimer = setTimeout(() => {
          const hash = `#${deck.getSlidePath()}`
          if (deck.isScrollView() && location.hash !== hash) history.replaceState(history.state, '', hash)
        }, 250)
      }

      const listeners: [string, (event: Event) => void][] = [
        ['beforeslidechange', onBeforeSlideChange],
        ['ready', onReady],
        ['slidechanged', writeAddress],
        ['fragmentshown', writeAddress],
        ['fragmenthidden', writeAddress],
      ]
      for (const [type, listener] of listeners) deck.on(type, listener)
      stop = () => {
        clearTimeout(writeTimer)
        for (const [type, listener] of listeners) deck.off(type, listener)
      }
    },
    destroy() {
      stop?.()
    },
  }
}
