import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { Deck } from '../model.ts'
import type { DeckError } from '../errors.ts'
import { createRenderContext, type RenderContext } from '../render/context.ts'
import { renderDeckSlides, type AsidesBySlide } from '../render/deck.ts'
import { collectDiagrams } from '../render/diagram.ts'
import { drawingInputs } from './diagram-cache.ts'
import { validateDeck } from '../render/validate.ts'
import { parseDiagramInNode } from '../diagrams/parse-node.ts'

export interface RenderedDeck {
  deck: Deck
  /** The slides' HTML, for inside `.reveal > .slides`. */
  slidesHtml: string
  /** Slide id -> its notes and source note: the asides chunk (virtual:deck-asides). */
  asides: AsidesBySlide
  errors: readonly DeckError[]
  ctx: RenderContext
  /** Diagram id -> what its drawings depend on (its source and its slide), for the capture cache. */
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
  const { html: slidesHtml, asides } = renderDeckSlides(deck, ctx, { broken })
  const diagrams = new Map<string, string>()
  for (const slide of deck.slides)
    for (const { id, block } of collectDiagrams(slide.id, slide.blocks)) diagrams.set(id, drawingInputs(slide, block))
  return { deck, slidesHtml, asides, errors, ctx, diagrams }
}

/** How a module is run: Vite's dev server (ssrLoadModule) or, at build time, runnerImport. */
export type ModuleImporter = (file: string) => Promise<Record<string, unknown>>

/**
 * Load the deck module. A slide module that throws while loading exports nothing to check, so
 * the error names what can be named: the module file and line the exception came from, and the
 * slide whose id is nearest above that line.
 */
export async function loadDeckModule(root: string, entry: string, importer: ModuleImporter): Promise<Deck> {
  const file = resolve(root, entry)
  let mod: Record<string, unknown>
  // Source maps on while the module runs and its stack is read, so the line is the author's line.
  const maps = process.sourceMapsEnabled
  process.setSourceMapsEnabled(true)
  try {
    mod = await importer(file)
  } catch (e) {
    throw new Error(describeLoadError(e, root, entry), { cause: e })
  } finally {
    process.setSourceMapsEnabled(maps)
  }
  const deck = mod.default as Deck | undefined
  if (!deck || !Array.isArray(deck.slides))
    throw new Error(`${entry} must default-export the deck: { title, description, author, lang, parts, slides, citations }`)
  return deck
}

/** Where in the author's modules an exception was thrown: the first stack frame in the project, outside node_modules. */
function thrownAt(stack: string, root: string): { file: string; line: number } | undefined {
  for (const m of stack.matchAll(/(?:file:\/\/)?(\/[^\s():]+\.[cm]?[jt]sx?):(\d+):\d+/g)) {
    const rel = relative(root, decodeURIComponent(m[1]!))
    if (!rel || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('node_modules')) continue
    if (rel.startsWith(`src${sep}build${sep}`)) continue
    return { file: rel.split(sep).join('/'), line: Number(m[2]) }
  }
  return undefined
}

/** The id of the slide an error line sits in: the nearest `id: '…'` at or above it. */
function slideAtLine(source: string, line: number): string | undefined {
  const above = source.split('\n').slice(0, line).join('\n')
  return [...above.matchAll(/\bid:\s*['"`]([a-z0-9]+(?:-[a-z0-9]+)*)['"`]/g)].at(-1)?.[1]
}

function describeLoadError(e: unknown, root: string, entry: string): string {
  const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
  const at = e instanceof Error && e.stack ? thrownAt(e.stack, root) : undefined
  if (!at) return `The deck module ${entry} could not be loaded: ${reason}`
  let slide: string | undefined
  try {
    slide = slideAtLine(readFileSync(resolve(root, at.file), 'utf8'), at.line)
  } catch {
    slide = undefined
  }
  const where = slide ? `slide "${slide}", ${at.file}:${at.line}` : `${at.file}:${at.line}`
  return `${where}: the module threw while loading: ${reason}. Fix that line; until every slide module loads, nothing else in the deck can be checked.`
}
