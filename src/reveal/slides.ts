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

/** Whether a slide is a backup slide (render/backup.ts marks its section data-backup). */
export function isBackupSlide(slide: Element | null | undefined): boolean {
  return !!slide && (slide as HTMLElement).dataset?.backup !== undefined
}

/** Text as a reader hears it: formulas once (by their MathML), nothing hidden from assistive tech. */
export function plainText(element: Element): string {
  const copy = element.cloneNode(true) as Element
  for (const hidden of copy.querySelectorAll('.katex-html, annotation, [aria-hidden="true"]')) hidden.remove()
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** A slide's title as plain text, or its id where it has no heading. */
export function slideTitle(slide: Element): string {
  const heading = slide.querySelector('h1, h2')
  return heading ? plainText(heading) : slide.id
}
