/**
 * Does every block fit its slide? Measured in a real page at the 1280×720 design size, with every
 * fragment shown: by the build in headless Chromium (measure-overflow-pass.ts) and by the dev page
 * itself (measure-overflow-dev.ts). Browser-safe: no Node imports.
 *
 * The page part (`collectSlideBoxes`) only reads boxes; deciding what overflows and saying so
 * (`findOverflows`, `overflowErrors`) is pure, so it is unit-tested without a browser.
 */
import { DeckError } from '../errors.ts'
import { blockField } from '../render/block-path.ts'

/** One block's extent on its slide, in design px from the slide's top left corner. */
export interface BlockBox {
  /** The block's data-block path: "2" is blocks[2], "2.0.1" is blocks[2].columns[0][1]; "title" is the slide's heading. */
  path: string
  /** The block element's first class: text, points, quote, math, diagram, table, image, sources, references, columns, note; or title. */
  kind: string
  top: number
  /** The lowest, the rightmost and the leftmost edge of the block or anything inside it that is not clipped. */
  bottom: number
  right: number
  left: number
}

export interface SlideBoxes {
  id: string
  /** Where the slide's content area ends (its size less its padding), in design px. */
  contentBottom: number
  contentRight: number
  contentLeft: number
  blocks: BlockBox[]
}

export interface Overflow {
  slide: string
  /** The slide module's field, e.g. "blocks[2]" or "blocks[1].columns[0][2]". */
  field: string
  kind: string
  edge: 'bottom' | 'right' | 'left'
  /** Whole design px past the edge. */
  by: number
  /** The whole block lies below the slide (the blocks above it fill the slide). */
  below: boolean
}

/** Less than this is rounding or a superscript's ink (a citation marker on the last line), not content anyone would see cut off. */
const TOLERANCE_PX = 2

/**
 * Runs in the page (Playwright serialises it: it must not use anything from this module's scope).
 * Every slide of the deck, laid out in turn at its design size with every fragment shown; the slide
 * that was showing is put back as it was, so the dev page can run it under the author's eyes.
 */
export function collectSlideBoxes(): SlideBoxes[] {
  const slides = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides section.slide:not(.deck-error-slide)'))
  const out: SlideBoxes[] = []
  for (const section of slides) {
    // reveal.js hides far slides with display:none and unshown fragments with visibility; lay
    // this one out, and show its fragments, for as long as it takes to read its boxes.
    const display = section.style.display
    const hidden = section.hidden
    section.hidden = false
    if (getComputedStyle(section).display === 'none') section.style.display = 'flex'
    const unshown = Array.from(section.querySelectorAll<HTMLElement>('.fragment:not(.visible)'))
    unshown.forEach((f) => f.classList.add('visible'))
    try {
      const box = section.getBoundingClientRect()
      // reveal.js scales the slides to the window; offsetWidth is the design width.
      const scale = box.width / (section.offsetWidth || 1)
      const style = getComputedStyle(section)
      const extent = (el: Element, acc: { bottom: number; right: number; left: number }) => {
        const r = el.getBoundingClientRect()
        if (r.width > 0 || r.height > 0) {
          acc.bottom = Math.max(acc.bottom, (r.bottom - box.top) / scale)
          acc.right = Math.max(acc.right, (r.right - box.left) / scale)
          acc.left = Math.min(acc.left, (r.left - box.left) / scale)
        }
        // What a clipping box or a drawing holds cannot show outside its own box.
        if (el instanceof SVGElement || el.matches('aside.notes, template')) return
        const cs = getComputedStyle(el)
        if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible' || cs.clipPath !== 'none' || cs.position === 'fixed') return
        // Text is no element: a word too long for its line shows only in the box's scroll size.
        if (el instanceof HTMLElement && (el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight)) {
          acc.right = Math.max(acc.right, (r.left - box.left) / scale + el.clientLeft + el.scrollWidth)
          acc.bottom = Math.max(acc.bottom, (r.top - box.top) / scale + el.clientTop + el.scrollHeight)
        }
        for (const child of Array.from(el.children)) extent(child, acc)
      }
      // The heading is measured as a block of its own: a title can run off the slide as text can.
      const head = section.querySelector<HTMLElement>('.slide-head')
      const measured = [
        ...(head ? [{ el: head, path: 'title', kind: 'title' }] : []),
        ...Array.from(section.querySelectorAll<HTMLElement>('[data-block]')).map((el) => ({
          el,
          path: el.dataset.block ?? '',
          kind: el.classList[0] ?? el.tagName.toLowerCase(),
        })),
      ]
      const blocks = measured.map(({ el, path, kind }) => {
        const r = el.getBoundingClientRect()
        const acc = { bottom: (r.bottom - box.top) / scale, right: (r.right - box.left) / scale, left: (r.left - box.left) / scale }
        extent(el, acc)
        return { path, kind, top: (r.top - box.top) / scale, ...acc }
      })
      out.push({
        id: section.id,
        contentBottom: section.offsetHeight - parseFloat(style.paddingBottom),
        contentRight: section.offsetWidth - parseFloat(style.paddingRight),
        contentLeft: parseFloat(style.paddingLeft),
        blocks,
      })
    } finally {
      unshown.forEach((f) => f.classList.remove('visible'))
      section.style.display = display
      section.hidden = hidden
    }
  }
  return out
}

/**
 * The blocks (and titles) that run past the bottom, the right or the left of their slide's content
 * area. Where a block inside columns overflows, that block is named rather than the columns holding it.
 */
export function findOverflows(slides: readonly SlideBoxes[]): Overflow[] {
  const found: Overflow[] = []
  for (const slide of slides) {
    const past = (b: BlockBox, edge: Overflow['edge']) =>
      edge === 'bottom' ? b.bottom - slide.contentBottom : edge === 'right' ? b.right - slide.contentRight : slide.contentLeft - b.left
    for (const edge of ['bottom', 'right', 'left'] as const) {
      const over = slide.blocks.filter((b) => past(b, edge) > TOLERANCE_PX)
      for (const b of over) {
        if (over.some((inner) => inner.path.startsWith(`${b.path}.`))) continue
        found.push({
          slide: slide.id,
          field: b.path === 'title' ? 'title' : blockField(b.path),
          kind: b.kind,
          edge,
          by: Math.round(past(b, edge)),
          below: edge === 'bottom' && b.top >= slide.contentBottom,
        })
      }
    }
  }
  return found
}

const NOUNS: Readonly<Record<string, string>> = {
  title: 'the title',
  text: 'the text',
  points: 'the list',
  quote: 'the quotation',
  math: 'the formula',
  diagram: 'the diagram',
  table: 'the table',
  image: 'the image',
  sources: 'the sources line',
  references: 'the reference list',
  columns: 'the columns',
  note: 'the note',
}

/** What the author reads: which block, which edge, by how much, and what to do. */
export function overflowMessage(o: Overflow): string {
  const what = NOUNS[o.kind] ?? `the ${o.kind} block`
  if (o.edge !== 'bottom') return `${what} runs ${o.by} px past the ${o.edge} edge of the slide; make it narrower or shorten it`
  if (o.below)
    return `${what} starts below the bottom of the slide (it ends ${o.by} px past it): the blocks above fill the slide; shorten them or split the slide`
  return `${what} runs ${o.by} px past the bottom of the slide; shorten it or split the slide`
}

/** Overflows as deck errors, so the build and the dev page list them like every other problem. */
export function overflowErrors(slides: readonly SlideBoxes[]): DeckError[] {
  return findOverflows(slides).map((o) => new DeckError({ slide: o.slide, field: o.field }, overflowMessage(o)))
}
