/**
 * Where things are in the phone's reader (reader.ts), computed from numbers alone: the screen's
 * height and each slide's count of fragment groups. No layout is read, so a scroll costs no
 * style or layout work beyond the browser's own.
 *
 * The geometry is reveal.js's scroll view's (its full layout): every slide is a page one screen
 * tall, plus one screen of scrolling per fragment group, during which the slide stays put
 * (sticky) and its groups appear one by one. A link, a reload and reveal.js taken over later all
 * land on the same place.
 */

export interface PagePlace {
  /** Scroll offset of the page's top, in CSS px. */
  top: number
  /** The page's height: one screen per step (the slide alone, then each fragment group). */
  height: number
  /** Fragment groups on the slide. */
  groups: number
}

/** The pages of slides with these fragment-group counts, on a screen this tall. */
export function pagePlaces(groups: readonly number[], screen: number): PagePlace[] {
  let top = 0
  return groups.map((g) => {
    const place = { top, height: screen * (1 + g), groups: g }
    top += place.height
    return place
  })
}

/** A place in the reader: a slide (its index) and the last fragment group shown (-1: none). */
export interface ReaderPosition {
  index: number
  fragment: number
}

/**
 * The slide and fragment shown at this scroll offset. The slide is the one whose page holds the
 * middle of the screen; a group appears once the reader has scrolled half a screen towards it
 * (at rest, scroll snapping stops on whole screens, where this is exact).
 */
export function positionAt(pages: readonly PagePlace[], scrollTop: number, screen: number): ReaderPosition {
  if (pages.length === 0) return { index: 0, fragment: -1 }
  const middle = scrollTop + screen / 2
  let index = pages.findIndex((p) => middle < p.top + p.height)
  if (index === -1) index = pages.length - 1
  const page = pages[index]!
  const steps = Math.round(Math.max(0, scrollTop - page.top) / screen)
  return { index, fragment: Math.min(steps, page.groups) - 1 }
}

/**
 * The address of a place, in reveal.js's own form (hash: true, fragmentInURL): `#/slide-id`, or
 * `#/slide-id/f` once fragment group f is shown; `#/h` (`#/h/0/f`) where a slide has no id.
 */
export function hashFor(id: string | undefined, index: number, fragment: number): string {
  if (!id) return fragment >= 0 ? `#/${index}/0/${fragment}` : `#/${index}`
  return fragment >= 0 ? `#/${encodeURIComponent(id)}/${fragment}` : `#/${encodeURIComponent(id)}`
}
