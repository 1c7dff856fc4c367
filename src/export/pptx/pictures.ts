import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Block, Deck } from '../../model.ts'
import { blockPath } from '../../render/block-path.ts'
import { collectDiagrams } from '../../render/diagram.ts'
import { launchBrowser } from '../browser.ts'
import { keepLocal, waitForDeckReady } from '../deck-page.ts'
import { serveDir } from '../serve.ts'
import { pictureKey, type PictureRef, type PictureSize } from './plan.ts'
import { PX_PER_IN } from './theme.ts'

/** A picture for the file: PNG always (the fallback, or the picture), SVG for diagrams, the file itself for images. */
export interface CollectedPicture extends PictureSize {
  png?: Buffer
  svg?: string
  /** An image as it ships: its bytes and extension. */
  file?: { data: Buffer; ext: string }
}

/** Where a picture sits in the built page: its slide and the block's data-block path. */
interface Request {
  ref: PictureRef
  slide: string
  path: string
}

/** The pictures the PowerPoint file needs: every diagram, display formula and image of these slides. */
export function pictureRequests(deck: Deck, slideIds: ReadonlySet<string>): Request[] {
  const out: Request[] = []
  for (const slide of deck.slides) {
    if (!slideIds.has(slide.id)) continue
    for (const { id } of collectDiagrams(slide.id, slide.blocks)) out.push({ ref: { type: 'diagram', id }, slide: slide.id, path: '' })
    const walk = (blocks: readonly Block<string>[], field: string) =>
      blocks.forEach((b, i) => {
        const f = `${field}[${i}]`
        const path = blockPath(f)!
        if (b.kind === 'math') out.push({ ref: { type: 'math', slide: slide.id, block: path }, slide: slide.id, path })
        if (b.kind === 'image') out.push({ ref: { type: 'image', asset: b.asset }, slide: slide.id, path })
        if (b.kind === 'columns') b.columns.forEach((col, c) => walk(col, `${f}.columns[${c}]`))
      })
    walk(slide.blocks, 'blocks')
  }
  return out
}

/**
 * Runs in the page: the diagram's drawn SVG as the build captured it, made to stand alone. On the
 * page its colours, lines and fonts come from the deck's stylesheet; a picture in PowerPoint has no
 * stylesheet, so each element gets the styles the page computed for it.
 */
function standaloneSvg(selector: string): { svg: string; width: number; height: number } {
  const svg = document.querySelector<SVGSVGElement>(selector)
  if (!svg) throw new Error(`no drawn diagram at ${selector}`)
  const PROPS = [
    'fill',
    'fill-opacity',
    'stroke',
    'stroke-width',
    'stroke-dasharray',
    'stroke-opacity',
    'opacity',
    'font-size',
    'font-weight',
    'font-style',
    'text-anchor',
    'dominant-baseline',
    'visibility',
    'display',
  ]
  const copy = svg.cloneNode(true) as SVGSVGElement
  const from = [svg, ...Array.from(svg.querySelectorAll('*'))]
  const to = [copy, ...Array.from(copy.querySelectorAll('*'))]
  from.forEach((el, i) => {
    const target = to[i]!
    if (el.tagName === 'style' || el.tagName === 'title' || el.tagName === 'desc') return
    const computed = getComputedStyle(el)
    const style = PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`)
    if (el.tagName === 'text' || el.tagName === 'tspan') {
      style.push(`font-family:'Source Sans 3',Arial,sans-serif`)
      // Where Source Sans 3 is missing a wider fallback would run labels out of their boxes: each
      // line keeps the length it had in the deck's font (SVG's textLength), whatever font draws it.
      const line = el as SVGTextContentElement
      if (!el.children.length && el.textContent?.trim()) {
        target.setAttribute('textLength', line.getComputedTextLength().toFixed(2))
        target.setAttribute('lengthAdjust', 'spacingAndGlyphs')
      }
    }
    target.setAttribute('style', style.join(';'))
    target.removeAttribute('class')
  })
  const box = svg.getBoundingClientRect()
  copy.setAttribute('width', String(Math.round(box.width)))
  copy.setAttribute('height', String(Math.round(box.height)))
  copy.querySelectorAll('style').forEach((s) => s.remove())
  return { svg: new XMLSerializer().serializeToString(copy), width: box.width, height: box.height }
}

/**
 * Collect the pictures from the built deck in headless Chromium, in reveal.js's print view where
 * every slide is laid out at once: diagrams as the build drew them (SVG, and a PNG of it for older
 * PowerPoint), display formulas as KaTeX rendered them (PNG), images as the files that ship.
 */
export async function collectPictures(
  distDir: string,
  requests: readonly Request[],
  log: (line: string) => void,
): Promise<Map<string, CollectedPicture>> {
  const found = new Map<string, CollectedPicture>()
  if (!requests.length) return found
  const server = await serveDir(distDir)
  const browser = await launchBrowser()
  try {
    // Twice the slide's pixels: the PNGs stay sharp on a projector.
    // bypassCSP: the style tag below, which the deck's policy would refuse.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: 2,
      reducedMotion: 'reduce',
      bypassCSP: true,
    })
    await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn)')
    await keepLocal(context, server.url)
    const page = await context.newPage()
    await page.goto(`${server.url}index.html?print-pdf`)
    await waitForDeckReady(page, 60_000)
    // A formula's picture is the formula alone: no page, slide or print-page background behind it.
    await page.addStyleTag({
      content:
        'html, body, .reveal, .reveal-viewport, .slides, .pdf-page, .slide-background, section { background: transparent !important; }',
    })
    for (const r of requests) {
      const section = `section[id="${r.slide}"]`
      if (r.ref.type === 'diagram') {
        const selector = `${section} figure[id="${r.ref.id}"] .diagram-canvas:not(.diagram-canvas-portrait) svg`
        const { svg, width, height } = await page.evaluate(standaloneSvg, selector)
        const png = await page.locator(selector).screenshot({ omitBackground: true })
        found.set(pictureKey(r.ref), { svg, png, w: width / PX_PER_IN, h: height / PX_PER_IN })
      } else if (r.ref.type === 'math') {
        const formula = page
          .locator(`${section} [data-block="${r.path}"] .katex-display > .katex, ${section} [data-block="${r.path}"] .katex`)
          .first()
        const box = await formula.boundingBox()
        if (!box) throw new Error(`slide "${r.slide}": the formula of block ${r.path} is not laid out in the print view`)
        const png = await formula.screenshot({ omitBackground: true })
        found.set(pictureKey(r.ref), { png, w: box.width / PX_PER_IN, h: box.height / PX_PER_IN })
      } else {
        const img = page.locator(`${section} [data-block="${r.path}"] img`).first()
        const { src, width, height } = await img.evaluate((el: HTMLImageElement) => ({
          src: el.getAttribute('src') ?? '',
          width: el.naturalWidth,
          height: el.naturalHeight,
        }))
        const file = resolve(distDir, decodeURI(src.replace(/^\.\//, '').split(/[?#]/)[0]!))
        const ext = /\.(\w+)$/.exec(file)?.[1]?.toLowerCase() ?? 'png'
        found.set(pictureKey(r.ref), { file: { data: readFileSync(file), ext }, w: width / PX_PER_IN, h: height / PX_PER_IN })
      }
    }
    log(`collected ${found.size} picture(s) from the built deck`)
    return found
  } finally {
    await browser.close()
    await server.close()
  }
}
