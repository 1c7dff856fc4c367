/**
 * How large a diagram's labels are as a reader sees them, and how much of its slide it takes. Runs
 * in the browser on the laid-out deck: the build's browser pass uses it to fail on a diagram that
 * cannot be read (capture.ts), the dev server to warn, and the browser tests to check the shipped
 * deck, so all three measure the same thing. Labels are SVG text: their size on screen is their
 * font size times the SVG's scale (viewBox to box) times reveal.js's scale.
 */
import { blockField } from '../render/block-path.ts'

/** Smallest label at the 1280×720 design size: what a projector shows, readable from the back. */
export const PROJECTOR_MIN_LABEL_PX = 22
/** Smallest label in CSS px on a 390 px wide phone, in reveal.js's scroll view. */
export const PHONE_MIN_LABEL_PX = 12
/** The least share of its slide a diagram's drawing takes at the design size. */
export const MIN_SLIDE_SHARE = 0.3

export interface DiagramMeasure {
  /** The figure's id (dgm-<slide>-<n>). */
  id: string
  slide: string
  /** The block's field path on its slide, e.g. blocks[1]: the error names it. */
  field: string
  /** Which drawing is shown: the slide's own, or the portrait one the narrow layout uses. */
  variant: 'wide' | 'portrait'
  /** The smallest label in CSS px on screen, and the same at the slide's design size. */
  screenPx: number
  designPx: number
  label: string
  /** The drawing's area (the viewBox as scaled into its box) over the slide's area. */
  share: number
  /**
   * The side of the box its slide leaves it that the drawing fills: the width (room left above and
   * below), the height, or neither (drawn at the largest the drawing step allows, room left around).
   */
  fills: 'width' | 'height' | 'neither'
}

/** The drawing a figure shows now: the canvas that is laid out (the other variant is display:none). */
function shownSvg(figure: HTMLElement): SVGSVGElement | undefined {
  for (const svg of figure.querySelectorAll<SVGSVGElement>('.diagram-canvas > svg')) {
    if (svg.getClientRects().length > 0) return svg
  }
  return undefined
}

/** Measure one drawn figure on a slide that is laid out; `scale` is reveal.js's getScale(). */
export function measureFigure(figure: HTMLElement, scale: number): DiagramMeasure | undefined {
  const svg = shownSvg(figure)
  const slide = figure.closest('section')
  if (!svg || !slide) return undefined
  const vb = svg.viewBox.baseVal
  const box = svg.getBoundingClientRect()
  // preserveAspectRatio "meet": the drawing scales by the tighter of the two ratios.
  const svgScale = vb.width > 0 && vb.height > 0 ? Math.min(box.width / vb.width, box.height / vb.height) : 0
  // The SVG's own box is capped (max-width) at the most the drawing may be scaled; its canvas is the room.
  const room = svg.closest('.diagram-canvas')?.getBoundingClientRect() ?? box
  const [byWidth, byHeight] = vb.width > 0 && vb.height > 0 ? [room.width / vb.width, room.height / vb.height] : [0, 0]
  const fills = svgScale < Math.min(byWidth, byHeight) * 0.99 ? 'neither' : byWidth <= byHeight ? 'width' : 'height'
  let smallest = { px: Infinity, label: '' }
  for (const el of svg.querySelectorAll<SVGTextContentElement>('text, tspan')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
    if (!own) continue
    // Font size in the SVG's user units; mermaid scales no group, so the SVG's own scale applies.
    const px = parseFloat(getComputedStyle(el).fontSize) * svgScale
    if (px < smallest.px) smallest = { px, label: el.textContent!.trim() }
  }
  const slideBox = slide.getBoundingClientRect()
  const drawn = vb.width * svgScale * vb.height * svgScale
  return {
    id: figure.id,
    slide: slide.id,
    field: figure.dataset.block ? blockField(figure.dataset.block) : 'blocks[?]',
    variant: svg.closest('.diagram-canvas')?.classList.contains('diagram-canvas-portrait') ? 'portrait' : 'wide',
    screenPx: smallest.px,
    designPx: smallest.px / scale,
    label: smallest.label,
    share: slideBox.width * slideBox.height > 0 ? drawn / (slideBox.width * slideBox.height) : 0,
    fills,
  }
}

/** The part of reveal.js this module drives (a structural type, so tests can pass the page's deck). */
export interface RevealLike {
  getIndices(slide: HTMLElement): { h: number; v?: number }
  slide(h: number, v?: number): void
  getScale(): number
  isScrollView?(): boolean
}

/**
 * Measure every drawn diagram of the deck. In the normal view each diagram's slide is shown in
 * turn (a hidden slide has no layout), then the reader's slide is restored; in the scroll view
 * every slide is laid out already.
 */
export function measureDeck(deck: RevealLike): DiagramMeasure[] {
  const figures = [...document.querySelectorAll<HTMLElement>('.reveal .slides figure.diagram.is-drawn')]
  const scroll = deck.isScrollView?.() ?? false
  // The reader's slide, a backup one included (reveal.js's getSlides() leaves those out).
  const current = document.querySelector<HTMLElement>('.reveal .slides section.present')
  const out: DiagramMeasure[] = []
  for (const figure of figures) {
    const slide = figure.closest('section')
    if (!slide) continue
    if (!scroll && !slide.classList.contains('present')) {
      const { h, v } = deck.getIndices(slide)
      deck.slide(h, v)
    }
    const m = measureFigure(figure, deck.getScale())
    if (m) out.push(m)
  }
  if (!scroll && current) {
    const { h, v } = deck.getIndices(current)
    deck.slide(h, v)
  }
  return out
}

/**
 * What to do about a diagram under MIN_SLIDE_SHARE, by the side of its room it fills: a drawing as
 * wide as its room leaves space above and below, which only a taller layout uses (shorter text on
 * the slide would change nothing); a drawing as tall as its room needs more room.
 */
const SHARE_FIX: Record<DiagramMeasure['fills'], string> = {
  width:
    'it is as wide as the slide allows and leaves room above and below: lay it out taller and narrower (a node below the others rather than beside them, a group set upright with "direction TB")',
  height: "it is as tall as the room the slide leaves it: shorten the slide's other text or give the diagram its own slide",
  neither: 'it is drawn at its largest and still small: give it more to show, or set it beside the text in columns',
}

/**
 * Authoring errors for labels too small to read, in the deck's error format (slide, field, found,
 * fix); with `share`, also diagrams that take under 30% of their slide (a warning in the build:
 * the slide's other text decides it as much as the diagram).
 */
export function legibilityProblems(measures: readonly DiagramMeasure[], where: 'projector' | 'phone', share = false): string[] {
  const problems: string[] = []
  for (const m of measures) {
    const at = `slide "${m.slide}", ${m.field}.mermaid`
    if (where === 'projector') {
      if (m.designPx < PROJECTOR_MIN_LABEL_PX)
        problems.push(
          `${at}: labels would render at ${Math.floor(m.designPx)} px on the 1280×720 slide (at least ${PROJECTOR_MIN_LABEL_PX} px needed, smallest: "${m.label}"); shorten labels or give the diagram its own slide`,
        )
      if (share && m.share < MIN_SLIDE_SHARE)
        problems.push(
          `${at}: the diagram takes ${Math.floor(m.share * 100)}% of its slide (at least ${MIN_SLIDE_SHARE * 100}% needed); ${SHARE_FIX[m.fills]}`,
        )
    } else if (m.screenPx < PHONE_MIN_LABEL_PX) {
      problems.push(
        `${at}: on a 390 px phone labels would render at ${Math.floor(m.screenPx)} CSS px (at least ${PHONE_MIN_LABEL_PX} px needed, smallest: "${m.label}"); shorten labels or split the diagram`,
      )
    }
  }
  return problems
}
