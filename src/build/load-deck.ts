import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Deck } from '../model.ts'
import type { DeckError } from '../errors.ts'
import { createRenderContext, type RenderContext } from '../render/context.ts'
import { renderDeckSlides } from '../render/deck.ts'
import { collectDiagrams, diagramSource } from '../render/diagram.ts'
import { validateDeck } from '../render/validate.ts'
import { parseDiagramInNode } from '../diagrams/parse-node.ts'

export interface RenderedDeck {
  deck: Deck
  /** The slides' HTML, for inside `.reveal > .slides`. */
  slidesHtml: string
  errors: readonly DeckError[]
  ctx: RenderContext
  /** Diagram id -> the source drawn for it, for the capture cache. */
  diagrams: ReadonlyMap<string, string>
}

export interface RenderOptions {
  root: string
  publicUrl?: string
  qrSvg?: string
  drawnDiagrams?: ReadonlyMap<string, string>
}

/** Validate the deck and render it. Never throws for content errors: the caller decides. */
export async function renderDeckFromModule(deck: Deck, options: RenderOptions): Promise<RenderedDeck> {
  const assetsDir = resolve(options.root, 'assets')
  const ctx = createRenderContext(deck.citations, new Set(deck.slides.map((s) => s.id)), {
    assetUrl: (asset) => (existsSync(resolve(assetsDir, asset)) && !asset.includes('..') ? `./assets/${asset}` : undefined),
    drawnDiagrams: options.drawnDiagrams,
    publicUrl: options.publicUrl,
    qrSvg: options.qrSvg,
  })
  const errors = await validateDeck(deck, ctx, parseDiagramInNode)
  // Keyed by position: with a duplicate id only the second slide is broken, not both.
  const broken = new Map<number, DeckError[]>()
  for (const e of errors) {
    const index = e.where.index ?? deck.slides.findIndex((s) => s.id === e.where.slide)
    broken.set(index, [...(broken.get(index) ?? []), e])
  }
  const slidesHtml = renderDeckSlides(deck, ctx, { broken })
  const diagrams = new Map<string, string>()
  for (const slide of deck.slides)
    for (const { id, block } of collectDiagrams(slide.id, slide.blocks)) diagrams.set(id, diagramSource(block))
  return { deck, slidesHtml, errors, ctx, diagrams }
}
