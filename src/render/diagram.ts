import type { Block, DiagramBlock } from '../model.ts'
import { escapeAttr, escapeHtml } from './escape.ts'
import { tidySvg } from './svg-tidy.ts'

/** The DOM id of a diagram: derived from the slide id so that every id on the page is unique and stable. */
export function diagramId(slideId: string, index: number): string {
  return `dgm-${slideId}-${index}`
}

/** Where the portrait drawing of a diagram is kept beside the slide's drawing (cache, render context). */
export function portraitKey(id: string): string {
  return `${id}:portrait`
}

/** The canvases of a drawn figure: the slide's drawing, and the portrait one for a phone where there is one. */
export function renderCanvases(svg: string | undefined, portrait: string | undefined): string {
  const wide = `<div class="diagram-canvas">${svg ? tidySvg(svg) : ''}</div>`
  return svg && portrait ? `${wide}<div class="diagram-canvas diagram-canvas-portrait">${tidySvg(portrait)}</div>` : wide
}

/** The mermaid source the browser draws: the block's source plus its accessible title and description. */
export function diagramSource(block: DiagramBlock): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim()
  const [first = '', ...rest] = block.mermaid.trim().split('\n')
  return [first, `  accTitle: ${oneLine(block.accTitle)}`, `  accDescr: ${oneLine(block.accDescr)}`, ...rest].join('\n')
}

/**
 * A placeholder for a diagram: the pure step of rendering. The browser (or the build, where it
 * captures the drawing) fills `.diagram-canvas` with the SVG. Until then, and without
 * JavaScript, the text alternative shows in its place.
 */
export function renderDiagramPlaceholder(block: DiagramBlock, id: string, caption: string, svg?: string, portrait?: string): string {
  const steps = block.steps ?? []
  const stepMarkers = steps
    .map(
      (nodes, i) =>
        `<span class="fragment diagram-step" data-fragment-index="${i}" data-step="${i + 1}" data-nodes="${escapeAttr(nodes.join(' '))}"></span>`,
    )
    .join('')
  const attrs = [
    `id="${escapeAttr(id)}"`,
    `class="diagram${svg ? ' is-drawn' : ''}${svg && portrait ? ' has-portrait' : ''}"`,
    `data-diagram="${escapeAttr(id)}"`,
    steps.length ? `data-steps="${escapeAttr(JSON.stringify(steps))}"` : '',
    block.links ? `data-links="${escapeAttr(JSON.stringify(block.links))}"` : '',
  ].filter(Boolean)
  return [
    `<figure ${attrs.join(' ')}>`,
    renderCanvases(svg, portrait),
    `<p class="diagram-alt"><strong>${escapeHtml(block.accTitle)}.</strong> ${escapeHtml(block.accDescr)}</p>`,
    `<template class="diagram-source">${escapeHtml(diagramSource(block))}</template>`,
    stepMarkers ? `<div class="diagram-steps" aria-hidden="true">${stepMarkers}</div>` : '',
    `<figcaption>${caption}</figcaption>`,
    `</figure>`,
  ].join('')
}

/** Every diagram of a slide with its DOM id, in render order (columns included). */
export function collectDiagrams(slideId: string, blocks: readonly Block<string>[]): { id: string; block: DiagramBlock }[] {
  const found: { id: string; block: DiagramBlock }[] = []
  const walk = (list: readonly Block<string>[]) => {
    for (const b of list) {
      if (b.kind === 'diagram') found.push({ id: diagramId(slideId, found.length), block: b })
      else if (b.kind === 'columns') b.columns.forEach(walk)
    }
  }
  walk(blocks)
  return found
}
