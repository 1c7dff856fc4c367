import type { Deck } from '../model.ts'
import { DeckError } from '../errors.ts'
import type { RenderContext } from './context.ts'
import { escapeAttr, escapeHtml } from './escape.ts'
import { renderOrder, slideCounts } from './backup.ts'
import { planBudgets } from './pacing.ts'
import { renderSlide, type RenderedSlide } from './slide.ts'

/** Slides (by position in the deck) replaced by an error slide: dev only, the build fails instead. */
export interface RenderDeckOptions {
  broken?: ReadonlyMap<number, readonly DeckError[]>
}

/** Slide id -> its notes and source note (RenderedSlide.asides): the asides chunk, src/reveal/asides.ts. */
export type AsidesBySlide = Readonly<Record<string, string>>

export interface RenderedSlides {
  /** The HTML that goes inside `.reveal > .slides`. */
  html: string
  /** In the order of the slides. */
  asides: AsidesBySlide
}

/** Render every slide: the sections for the page, and each slide's notes for the asides chunk. */
export function renderDeckSlides(deck: Deck, ctx: RenderContext, options: RenderDeckOptions = {}): RenderedSlides {
  const budgets = planBudgets(deck.parts, deck.slides)
  const counts = slideCounts(deck.slides)
  // Backup slides go after the closing slide, wherever the modules list them (src/render/backup.ts).
  const slides = renderOrder(deck.slides).map((i): RenderedSlide => {
    const slide = deck.slides[i]!
    const count = counts[i]!
    const budget = count.backup ? undefined : budgets.find((b) => b.part.id === slide.part)
    const place = { parts: deck.parts, budget, number: count.number, total: count.total, backup: count.backup }
    const problems = options.broken?.get(i)
    if (problems?.length) return renderErrorSlide(slide.id, i, slide.timing, problems, count.backup)
    try {
      return renderSlide(slide, ctx, place)
    } catch (e) {
      if (e instanceof DeckError) return renderErrorSlide(slide.id, i, slide.timing, [e], count.backup)
      throw e
    }
  })
  return {
    html: slides.map((s) => s.section).join('\n'),
    asides: Object.fromEntries(slides.map((s) => [s.id, s.asides])),
  }
}

/**
 * In dev, a broken slide keeps its place (and its id, so deep links still land) and says what is
 * wrong. A broken backup slide stays a backup slide: uncounted, after the closing slide.
 */
export function renderErrorSlide(id: string, index: number, timing: unknown, errors: readonly DeckError[], backup = false): RenderedSlide {
  const safeId = /^[a-z0-9-]+$/.test(id) ? id : `broken-slide-${index + 1}`
  const seconds = typeof timing === 'number' && timing > 0 ? timing : 60
  const items = errors.map((e) => `<li><code>${escapeHtml(e.where.field)}</code>: ${escapeHtml(e.detail)}</li>`).join('')
  const section =
    `<section id="${escapeAttr(safeId)}" class="slide deck-error-slide" data-timing="${seconds}" data-part="error"${backup ? ' data-backup data-visibility="uncounted"' : ''}>` +
    `<header class="slide-head"><h2>Slide “${escapeHtml(id)}” could not be rendered</h2></header>` +
    `<div class="slide-body"><ul class="deck-error-list">${items}</ul><p>Fix the slide module in <code>slides/</code>; the page reloads on save.</p></div></section>`
  return { id: safeId, section, asides: `<aside class="notes"><p>This slide has errors.</p></aside>` }
}
