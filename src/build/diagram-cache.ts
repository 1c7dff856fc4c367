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

export function diagramCacheKey(root: string, id: string, source: string): string {
  return createHash('sha256').update(drawInputsHash(root)).update(id).update('\0').update(source).digest('hex').slice(0, 32)
}

/** Drawn SVGs per diagram id, for the diagrams whose drawing is cached; capture off skips them all. */
export async function loadDrawnDiagrams(root: string, deck: Deck): Promise<Map<string, string>> {
  const drawn = new Map<string, string>()
  if (process.env.DECK_CAPTURE === '0') return drawn
  const dir = diagramCacheDir(root)
  for (const slide of deck.slides) {
    for (const { id, block } of collectDiagrams(slide.id, slide.blocks ?? [])) {
      const file = resolve(dir, `${diagramCacheKey(root, id, diagramSource(block))}.svg`)
      if (existsSync(file)) drawn.set(id, readFileSync(file, 'utf8'))
    }
  }
  return drawn
}

export function saveDrawnDiagram(root: string, id: string, source: string, svg: string): void {
  const dir = diagramCacheDir(root)
  mkdirSync(dir, { recursive: true })
  writeFileSync(resolve(dir, `${diagramCacheKey(root, id, source)}.svg`), svg)
}
