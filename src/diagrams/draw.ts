/**
 * Draws mermaid diagrams in the browser, with the deck's font, off-screen in a container sized
 * like a visible slide (mermaid measures text as zero inside a hidden slide: reveal.js#2863,
 * mermaid#1824). The same code runs at build time, when the build captures the SVGs into the
 * HTML, and at run time where no capture was possible. Only this module imports mermaid.
 */
import mermaid from 'mermaid'
import { showDiagramError } from './error-box.ts'

/** Deck font used for labels; drawing waits until it is loaded so label sizes are right. */
export const DIAGRAM_FONT = '"Source Sans 3", "Source Sans Pro", Arial, sans-serif'
const FONT_LOADS = ['400 20px "Source Sans 3"', '600 20px "Source Sans 3"']
const MIN_SIZE = 24
const DISPLAY_SCALE = 1.35

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
    flowchart: { htmlLabels: false, useMaxWidth: false, padding: 14, nodeSpacing: 40, rankSpacing: 48, curve: 'basis' },
    themeVariables: { fontFamily: DIAGRAM_FONT, fontSize: '20px' },
  } as Parameters<typeof mermaid.initialize>[0])
}

export interface DrawResult {
  id: string
  svg?: string
  error?: string
}

/** Draw one figure's diagram and put it in place. Throws with a readable reason on failure. */
export async function drawFigure(figure: HTMLElement, host: HTMLElement): Promise<string> {
  initMermaid()
  const id = figure.dataset.diagram ?? figure.id
  const template = figure.querySelector<HTMLTemplateElement>('template.diagram-source')
  const source = template?.content.textContent ?? template?.textContent ?? ''
  if (!source.trim()) throw new Error(`diagram ${id} has no source`)
  const { svg } = await mermaid.render(`${id}-svg`, source, host)
  host.innerHTML = svg
  const el = host.querySelector('svg')
  if (!el) throw new Error(`mermaid returned no <svg> for ${id}`)
  annotate(el, figure)
  checkSize(el, id)
  const out = el.outerHTML
  host.innerHTML = ''
  const canvas = figure.querySelector('.diagram-canvas')
  if (canvas) canvas.innerHTML = out
  figure.classList.add('is-drawn')
  return out
}

/** Draw every figure that has no SVG yet; failures become an error box in the figure's place. */
export async function drawAll(figures: readonly HTMLElement[]): Promise<DrawResult[]> {
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
        results.push({ id, svg: await drawFigure(figure, host) })
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
  // Drawn at 20px labels, shown larger: a projected slide needs ~27px text to read from the back.
  svg.setAttribute('width', String(Math.round(vb.width * DISPLAY_SCALE)))
  svg.setAttribute('height', String(Math.round(vb.height * DISPLAY_SCALE)))
  svg.classList.add('deck-diagram')

  const steps: string[][] = JSON.parse(figure.dataset.steps ?? '[]')
  const links: Record<string, string> = JSON.parse(figure.dataset.links ?? '{}')
  const stepOf = new Map<string, number>()
  steps.forEach((nodes, i) => nodes.forEach((n) => stepOf.set(n, i + 1)))

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
