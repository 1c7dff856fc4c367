import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Deck } from '../model.ts'
import { collectDiagrams, diagramSource } from '../render/diagram.ts'

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
  for (const file of ['src/diagrams/draw.ts', 'src/styles/diagrams.css', 'node_modules/mermaid/package.json']) {
    const path = resolve(root, file)
    h.update(existsSync(path) ? readFileSync(path) : file)
  }
  return h.digest('hex')
}

/** The cache file of one diagram; `inputs` is drawInputsHash(root), computed once per build. */
function cacheFile(root: string, inputs: string, id: string, source: string): string {
  const key = createHash('sha256').update(inputs).update(id).update('\0').update(source).digest('hex').slice(0, 32)
  return resolve(diagramCacheDir(root), `${key}.svg`)
}

/** Drawn SVGs per diagram id, for the diagrams whose drawing is cached; capture off skips them all. */
export async function loadDrawnDiagrams(root: string, deck: Deck): Promise<Map<string, string>> {
  const drawn = new Map<string, string>()
  if (process.env.DECK_CAPTURE === '0') return drawn
  const inputs = drawInputsHash(root)
  for (const slide of deck.slides) {
    for (const { id, block } of collectDiagrams(slide.id, slide.blocks ?? [])) {
      const file = cacheFile(root, inputs, id, diagramSource(block))
      if (existsSync(file)) drawn.set(id, readFileSync(file, 'utf8'))
    }
  }
  return drawn
}

/** Cache drawn diagrams: id -> [source drawn, SVG]. */
export function saveDrawnDiagrams(root: string, drawn: ReadonlyMap<string, readonly [string, string]>): void {
  mkdirSync(diagramCacheDir(root), { recursive: true })
  const inputs = drawInputsHash(root)
  for (const [id, [source, svg]] of drawn) writeFileSync(cacheFile(root, inputs, id, source), svg)
}
