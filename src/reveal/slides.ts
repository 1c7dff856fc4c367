import type { RevealApi } from 'reveal.js'

/**
 * Every slide of the deck in document order, backups included (reveal.js's getSlides() leaves out
 * "uncounted" slides), in any of reveal.js's views. Its scroll view (a phone held upright) moves
 * each slide out of `.slides > section` into a page of its own, so a selector written for the
 * slide view, and reveal.js's own getSlide(h, v), find nothing there.
 */
export function allSlides(root: ParentNode | null | undefined): HTMLElement[] {
  return [...(root?.querySelectorAll<HTMLElement>('section') ?? [])].filter((section) => !section.querySelector('section'))
}

/** The slide at reveal.js indices h/v, in any view (see allSlides). */
export function slideAt(deck: Pick<RevealApi, 'getSlidesElement' | 'getIndices'>, h: number, v = 0): HTMLElement | undefined {
  return allSlides(deck.getSlidesElement()).find((slide) => {
    const at = deck.getIndices(slide)
    return at.h === h && (at.v ?? 0) === v
  })
}
