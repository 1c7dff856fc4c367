/**
 * Draws mermaid diagrams in the browser, with the deck's font, off-screen in a container sized
 * like a visible slide (mermaid measures text as zero inside a hidden slide: reveal.js#2863,
 * mermaid#1824). The same code runs at build time, when the build captures the SVGs into the
 * HTML, and at run time where no capture was possible. Only this module imports mermaid.
 */
import mermaid from 'mermaid'
import { showDiagramError } from './error-box.ts'
import { candidateSources, type DiagramVariant } from './variants.ts'

/** Deck font used for labels; drawing waits until it is loaded so label sizes are right. */
export const DIAGRAM_FONT = '"Source Sans 3", "Source Sans Pro", Arial, sans-serif'
const FONT_LOADS = ['400 20px "Source Sans 3"', '600 20px "Source Sans 3"']
const MIN_SIZE = 24
/**
 * Labels are drawn at this size (svg.deck-diagram in diagrams.css says the same) and the drawing is
 * then scaled, as a vector, to the box its slide leaves it: up to MAX_UPSCALE, down to whatever
 * fits. The build fails where that puts labels under 22 px (legibility.ts).
 */
export const LABEL_PX = 26
const MAX_UPSCALE = 1.4
/** The tallest a portrait drawing is shown on a phone, in design px (diagrams.css says the same). */
const PORTRAIT_MAX_HEIGHT = 560
/** Above labels of 26 × this px, a drawing that fills more of its box is worth more than larger labels. */
const FILL_FIRST_SCALE = 1.08

let initialized = false

function initMermaid(): void {
  if (initialized) return
  initialized = true
  mermaid.initialize({
    startOnLoad: false,
    // No click handlers, no HTML in labels: the deck adds its own navigation (data-link).
    securityLevel: 'strict',
    theme: 'base',
    // 'neo' draws drop-shadow filters, which make Chromium print the page as bitmaps.
    look: 'classic',
    fontFamily: DIAGRAM_FONT,
    // Plain SVG text keeps label positions in attributes, which survive print and a strict CSP.
    htmlLabels: false,
    // Spacing in proportion to the labels: at 26 px, mermaid's 50 px gaps would take the space the labels need.
    // mermaid 12 lays flowcharts out with ELK unless `layout: 'dagre'` is set, and ELK reads neither
    // nodeSpacing nor rankSpacing (nor variants.ts's portrait init line): a drawing's shape is changed
    // by its source (directions, wrapping), not by these.
    flowchart: {
      htmlLabels: false,
      useMaxWidth: false,
      wrappingWidth: 600,
      diagramPadding: 4,
      padding: 9,
      nodeSpacing: 28,
      rankSpacing: 36,
      curve: 'basis',
    },
    themeVariables: { fontFamily: DIAGRAM_FONT, fontSize: `${LABEL_PX}px` },
  } as Parameters<typeof mermaid.initialize>[0])
}

export interface DrawResult {
  id: string
  svg?: string
  /** The portrait drawing for a phone held upright, where the slide's drawing is wide. */
  portrait?: string
  error?: string
  /** Milliseconds spent drawing the slide's drawing and the portrait one (all their candidates). */
  ms?: { wide: number; portrait: number }
}

export interface Drawn {
  svg: string
  portrait?: string
}

/** Draw one source into the host and make it the deck's own; returns the SVG element, still in the host. */
async function drawSource(figure: HTMLElement, host: HTMLElement, svgId: string, source: string): Promise<SVGSVGElement> {
  const { svg } = await mermaid.render(svgId, source, host)
  host.innerHTML = svg
  const el = host.querySelector('svg')
  if (!el) throw new Error(`mermaid returned no <svg> for ${svgId}`)
  annotate(el, figure)
  checkSize(el, svgId)
  return el
}

/** The box a drawing is shown in, in design px: the slide's (16:9) or a phone's narrow column. */
export interface Box {
  width: number
  height: number
}

/** Where no slide can be measured (drawing in the reader's browser): a typical slide and phone column. */
const DEFAULT_BOX: Record<DiagramVariant, Box> = {
  wide: { width: 1152, height: 400 },
  portrait: { width: 512, height: PORTRAIT_MAX_HEIGHT },
}

const fitScale = (svg: SVGSVGElement, box: Box) =>
  Math.min(box.width / svg.viewBox.baseVal.width, box.height / svg.viewBox.baseVal.height, MAX_UPSCALE)

/** Draw each candidate label wrapping of a variant and keep the one whose labels come out largest in its box. */
async function drawBest(figure: HTMLElement, host: HTMLElement, svgId: string, source: string, variant: DiagramVariant, box: Box) {
  let best: { svg: string; labels: number; fill: number; aspect: number } | undefined
  // Short labels wrap the same at every width: draw each distinct source once.
  const candidates = [...new Set(candidateSources(source, variant))]
  if (!candidates.length) return undefined
  for (const turned of candidates) {
    const el = await drawSource(figure, host, svgId, turned)
    const scale = fitScale(el, box)
    const vb = el.viewBox.baseVal
    // Labels first, up to LABEL_PX × FILL_FIRST_SCALE; between two candidates whose labels both reach
    // that, the one that fills more of the box wins (a taller drawing of a row of boxes, which the
    // box's width no longer holds back). Near-ties (2%) keep the earlier: fewer line breaks.
    const labels = Math.min(scale, FILL_FIRST_SCALE)
    const fill = (vb.width * vb.height * scale * scale) / (box.width * box.height)
    const better =
      !best || labels > best.labels * 1.02 || (labels >= FILL_FIRST_SCALE && best.labels >= FILL_FIRST_SCALE && fill > best.fill * 1.02)
    if (better) best = { svg: el.outerHTML, labels, fill, aspect: vb.width / vb.height }
  }
  return best
}

/**
 * Draw one figure's diagram and put it in place: the slide's drawing, and where that is wider than
 * tall, a portrait one for phones (kept only if it is the narrower of the two). `box` is the box
 * the figure's slide leaves it, where it could be measured. Throws with a readable reason on failure.
 */
export async function drawFigure(
  figure: HTMLElement,
  host: HTMLElement,
  box: Box = DEFAULT_BOX.wide,
): Promise<Drawn & { ms: { wide: number; portrait: number } }> {
  initMermaid()
  const id = figure.dataset.diagram ?? figure.id
  const template = figure.querySelector<HTMLTemplateElement>('template.diagram-source')
  const source = template?.content.textContent ?? template?.textContent ?? ''
  if (!source.trim()) throw new Error(`diagram ${id} has no source`)
  const started = performance.now()
  const wide = (await drawBest(figure, host, `${id}-svg`, source, 'wide', box))!
  const wideDone = performance.now()
  let portrait: string | undefined
  if (wide.aspect > 1) {
    const turned = await drawBest(figure, host, `${id}-portrait-svg`, source, 'portrait', DEFAULT_BOX.portrait)
    if (turned && turned.aspect < wide.aspect) portrait = turned.svg
  }
  host.innerHTML = ''
  placeDrawn(figure, { svg: wide.svg, portrait })
  return { svg: wide.svg, portrait, ms: { wide: wideDone - started, portrait: performance.now() - wideDone } }
}

/** Put drawings in a figure's canvases (the portrait canvas is created when needed). */
function placeDrawn(figure: HTMLElement, drawn: Drawn): void {
  const canvas = figure.querySelector('.diagram-canvas:not(.diagram-canvas-portrait)')
  if (canvas) canvas.innerHTML = drawn.svg
  if (drawn.portrait && canvas) {
    let portrait = figure.querySelector('.diagram-canvas-portrait')
    if (!portrait) {
      portrait = document.createElement('div')
      portrait.className = 'diagram-canvas diagram-canvas-portrait'
      canvas.after(portrait)
    }
    portrait.innerHTML = drawn.portrait
    figure.classList.add('has-portrait')
  }
  figure.classList.add('is-drawn')
}

/**
 * Draw every figure that has no SVG yet; failures become an error box in the figure's place.
 * `boxOf` measures the box a figure's slide leaves it (the build's capture can; a reader's deck can't).
 */
export async function drawAll(figures: readonly HTMLElement[], boxOf?: (figure: HTMLElement) => Box): Promise<DrawResult[]> {
  await Promise.all(FONT_LOADS.map((f) => document.fonts.load(f).catch(() => [])))
  const host = document.createElement('div')
  host.className = 'diagram-draw-host'
  host.setAttribute('aria-hidden', 'true')
  document.body.append(host)
  const results: DrawResult[] = []
  try {
    for (const figure of figures) {
      const id = figure.dataset.diagram ?? figure.id
      try {
        results.push({ id, ...(await drawFigure(figure, host, boxOf?.(figure))) })
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e)
        showDiagramError(figure, message)
        results.push({ id, error: message })
      }
    }
  } finally {
    host.remove()
  }
  return results
}

/** Node id as the author wrote it, from mermaid's element id ("<svgId>-flowchart-T-3" -> "T"). */
function nodeIdOf(el: Element): string | undefined {
  const m = /flowchart-(.+)-\d+$/.exec(el.id)
  return m?.[1]
}

/**
 * Make the SVG the deck's own: styles come from the deck's stylesheet (so they follow the theme
 * and need no inline <style> under the CSP), nodes carry their author id, step and link.
 */
function annotate(svg: SVGSVGElement, figure: HTMLElement): void {
  svg.querySelectorAll('style').forEach((s) => s.remove())
  svg.removeAttribute('style')
  slim(svg)
  const vb = svg.viewBox.baseVal
  // The drawn size is the intrinsic size; diagrams.css scales it to the slide's box, at most this much.
  svg.setAttribute('width', String(Math.round(vb.width)))
  svg.setAttribute('height', String(Math.round(vb.height)))
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet')
  svg.setAttribute('style', `max-width: ${Math.round(vb.width * MAX_UPSCALE)}px`)
  svg.classList.add('deck-diagram')

  const steps: string[][] = JSON.parse(figure.dataset.steps ?? '[]')
  const links: Record<string, string> = JSON.parse(figure.dataset.links ?? '{}')
  const stepOf = new Map<string, number>()
  steps.forEach((nodes, i) => nodes.forEach((n) => stepOf.set(n, i + 1)))

  // A subgraph can be a step too (its box and title appear with it). Cluster ids read "<svgId>-<id>".
  for (const cluster of svg.querySelectorAll<SVGGElement>('g.cluster')) {
    const id = cluster.id.startsWith(`${svg.id}-`) ? cluster.id.slice(svg.id.length + 1) : undefined
    const step = id && stepOf.get(id)
    if (!id || !step) continue
    cluster.dataset.node = id
    cluster.classList.add(`diagram-step-${step}`)
  }
  // A wrapped label is one <tspan> per line: end each line but the last with a space, so its text
  // (what screen readers, search and the PDF's text layer read) says "Sovereign equality", not
  // "Sovereignequality".
  for (const text of svg.querySelectorAll('text')) {
    const lines = [...text.querySelectorAll(':scope > tspan.text-outer-tspan')]
    for (const line of lines.slice(0, -1)) line.append(' ')
  }
  // mermaid starts every line of a group's title at its left end; a title wrapped to two lines then
  // reads ragged. Centre each line on the title's own width, which keeps the title where it was.
  for (const text of svg.querySelectorAll<SVGTextElement>('g.cluster-label text')) {
    const lines = [...text.querySelectorAll<SVGTSpanElement>(':scope > tspan.text-outer-tspan')]
    if (lines.length < 2) continue
    const width = text.getBBox().width
    text.setAttribute('text-anchor', 'middle')
    for (const line of lines) line.setAttribute('x', String(Math.round((width / 2) * 100) / 100))
  }
  for (const node of svg.querySelectorAll<SVGGElement>('g.node')) {
    const id = nodeIdOf(node)
    if (!id) continue
    node.dataset.node = id
    const step = stepOf.get(id)
    if (step) node.classList.add(`diagram-step-${step}`)
    const target = links[id]
    if (target) {
      node.dataset.link = target
      node.setAttribute('tabindex', '0')
      node.setAttribute('role', 'link')
      const label = node.textContent?.replace(/\s+/g, ' ').trim() ?? id
      node.setAttribute('aria-label', `${label}: go to its slide`)
      node.classList.add('diagram-link')
    }
  }
  // An edge appears with the later of its two ends. Edge ids read "<svgId>-L_<from>_<to>_<n>".
  for (const edge of svg.querySelectorAll<SVGPathElement>('path.flowchart-link, .edgePaths path')) {
    const ends = edgeEnds(edge.id, edge.dataset.id)
    if (!ends) continue
    const step = Math.max(stepOf.get(ends[0]) ?? 0, stepOf.get(ends[1]) ?? 0)
    if (step) {
      edge.classList.add(`diagram-step-${step}`)
      const labelId = edge.dataset.id ?? edge.id.replace(/^.*?(L_)/, '$1')
      svg
        .querySelectorAll(`.edgeLabel [data-id="${CSS.escape(labelId)}"], g.edgeLabel[data-id="${CSS.escape(labelId)}"]`)
        .forEach((l) => l.closest('g.edgeLabel')?.classList.add(`diagram-step-${step}`))
    }
  }
}

/**
 * Drop what the shipped drawing never uses: mermaid defines a dozen arrowhead markers per diagram
 * and stores each edge's points as base64. A quarter of a built page was these; every byte is
 * parsed before the first slide can paint.
 */
function slim(svg: SVGSVGElement): void {
  const used = new Set<string>()
  for (const el of svg.querySelectorAll('[marker-end], [marker-start], [marker-mid]')) {
    for (const attr of ['marker-end', 'marker-start', 'marker-mid']) {
      const m = /url\(#([^)]+)\)/.exec(el.getAttribute(attr) ?? '')
      if (m) used.add(m[1]!)
    }
  }
  svg.querySelectorAll('marker').forEach((m) => used.has(m.id) || m.remove())
  for (const el of svg.querySelectorAll('[data-points], [data-look], [data-et], [data-edge]')) {
    for (const attr of ['data-points', 'data-look', 'data-et', 'data-edge']) el.removeAttribute(attr)
  }
}

function edgeEnds(id: string, dataId: string | undefined): [string, string] | undefined {
  const raw = dataId ?? id
  const m = /L_(.+?)_(.+?)_\d+$/.exec(raw)
  return m ? [m[1]!, m[2]!] : undefined
}

/** The size check the build and the tests rely on: a real box and no zero-width label. */
function checkSize(svg: SVGSVGElement, id: string): void {
  const vb = svg.viewBox.baseVal
  if (!(vb.width > MIN_SIZE && vb.height > MIN_SIZE)) {
    throw new Error(`diagram ${id} came out ${vb.width}×${vb.height} px; expected more than ${MIN_SIZE} px each way`)
  }
  for (const text of svg.querySelectorAll<SVGTextElement>('g.node text, g.cluster-label text, g.cluster text')) {
    if (text.textContent?.trim() && text.getComputedTextLength() === 0) {
      throw new Error(`diagram ${id} has a label of zero width ("${text.textContent.trim()}"): its font was not laid out`)
    }
  }
}
