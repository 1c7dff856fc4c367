import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Deck, DiagramBlock, Slide } from '../model.ts'
import type { Drawn } from '../diagrams/draw.ts'
import { collectDiagrams, diagramSource, portraitKey } from '../render/diagram.ts'
import { pruneCache, touchCacheFiles } from './cache-prune.ts'

/**
 * Diagrams drawn by a real browser at build time, cached by what decides their drawing: the
 * source, the drawing code, mermaid's version and the deck's stylesheet. A cached SVG lets a
 * build without a browser still ship drawn diagrams; any change to those inputs redraws.
 */
export function diagramCacheDir(root: string): string {
  return resolve(root, 'node_modules/.cache/deck-diagrams')
}

function drawInputsHash(root: string): string {
  const h = createHash('sha256')
  // deck.css lays the slide out, and so decides the box each drawing is fitted to.
  const files = [
    'src/diagrams/draw.ts',
    'src/diagrams/variants.ts',
    'src/styles/diagrams.css',
    'src/styles/deck.css',
    'node_modules/mermaid/package.json',
  ]
  for (const file of files) {
    const path = resolve(root, file)
    h.update(existsSync(path) ? readFileSync(path) : file)
  }
  return h.digest('hex')
}

/**
 * What one diagram's drawings depend on besides the drawing code: its source, and the rest of its
 * slide as shown, since the drawing step picks the layout that reads largest in the box the slide's
 * other blocks leave it. Shortening a slide's text (what the share warning asks) then redraws its
 * diagram for the larger box. Notes, sources and timing are not on the slide.
 */
export function drawingInputs(slide: Slide, block: DiagramBlock): string {
  const { notes: _notes, sources: _sources, timing: _timing, ...shown } = slide
  return `${diagramSource(block)}\0${JSON.stringify(shown)}`
}

/**
 * The cache file of one drawing of a diagram, keyed by source and variant (the slide's drawing, or
 * the portrait one for phones); `inputs` is drawInputsHash(root), computed once per build.
 */
function cacheFile(root: string, inputs: string, id: string, source: string, variant: 'wide' | 'portrait'): string {
  const key = createHash('sha256').update(inputs).update(id).update('\0').update(source).update('\0').update(variant)
  return resolve(diagramCacheDir(root), `${key.digest('hex').slice(0, 32)}.svg`)
}

/**
 * Drawn SVGs per diagram id, for the diagrams whose drawing is cached, and each portrait drawing
 * under portraitKey(id); capture off skips them all. A diagram drawn with no portrait variant (a
 * tall one) caches an empty portrait file, so "none" is not mistaken for "not drawn yet".
 */
export async function loadDrawnDiagrams(root: string, deck: Deck): Promise<Map<string, string>> {
  const drawn = new Map<string, string>()
  if (process.env.DECK_CAPTURE === '0') return drawn
  const inputs = drawInputsHash(root)
  const used: string[] = []
  for (const slide of deck.slides) {
    for (const { id, block } of collectDiagrams(slide.id, slide.blocks ?? [])) {
      const source = drawingInputs(slide, block)
      const file = cacheFile(root, inputs, id, source, 'wide')
      const portrait = cacheFile(root, inputs, id, source, 'portrait')
      if (!existsSync(file) || !existsSync(portrait)) continue
      drawn.set(id, readFileSync(file, 'utf8'))
      const svg = readFileSync(portrait, 'utf8')
      if (svg) drawn.set(portraitKey(id), svg)
      used.push(file, portrait)
    }
  }
  // Every edit to a diagram leaves its old drawings behind: drop those no build has used lately.
  touchCacheFiles(used)
  pruneCache(diagramCacheDir(root))
  return drawn
}

/** Cache drawn diagrams: id -> [what the drawings depend on (drawingInputs), its drawings]. */
export function saveDrawnDiagrams(root: string, drawn: ReadonlyMap<string, readonly [string, Drawn]>): void {
  mkdirSync(diagramCacheDir(root), { recursive: true })
  const inputs = drawInputsHash(root)
  for (const [id, [source, d]] of drawn) {
    writeFileSync(cacheFile(root, inputs, id, source, 'wide'), d.svg)
    writeFileSync(cacheFile(root, inputs, id, source, 'portrait'), d.portrait ?? '')
  }
}
