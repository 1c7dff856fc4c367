import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, basename } from 'node:path'
import { launchBrowser, findBrowser } from '../export/browser.ts'
import { serveDir } from '../export/serve.ts'
import { keepLocal } from '../export/deck-page.ts'
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../reveal/config.ts'
import type { DrawResult, Drawn } from '../diagrams/draw.ts'
import { asciiHtml } from '../render/ascii-html.ts'
import { renderCanvases } from '../render/diagram.ts'

/** Ids of the diagram placeholders in a built page that have no drawing yet. */
export function undrawnDiagramIds(html: string): string[] {
  return [...html.matchAll(/<figure id="([^"]+)" class="diagram"(?![^>]*is-drawn)/g)].map((m) => m[1]!)
}

/**
 * Put drawn SVGs (and portrait variants) into their placeholders; a pure string rewrite of the built
 * page. This writes the page after the build's last HTML transform, so it ends the same way that
 * transform does (compile/plugin.ts): as ASCII (render/ascii-html.ts), whatever the labels hold.
 */
export function insertDrawnDiagrams(html: string, drawn: ReadonlyMap<string, Drawn>): string {
  const filled = html.replace(
    /<figure id="([^"]+)" class="diagram"([^>]*)><div class="diagram-canvas"><\/div>/g,
    (whole, id: string, rest: string) => {
      const d = drawn.get(id)
      if (!d) return whole
      const cls = `diagram is-drawn${d.portrait ? ' has-portrait' : ''}`
      return `<figure id="${id}" class="${cls}"${rest}>${renderCanvases(d.svg, d.portrait)}`
    },
  )
  return asciiHtml(filled)
}

export type CaptureOutcome = { status: 'nothing-to-draw' } | { status: 'no-browser' } | { status: 'drawn'; results: DrawResult[] }

/**
 * Draw the page's diagrams in headless Chromium and write them into the page, so the shipped deck
 * loads no mermaid at all. The page draws them itself (?deck-capture), with the code and fonts it
 * would use at run time.
 */
export async function captureDiagrams(htmlFile: string): Promise<CaptureOutcome> {
  const html = readFileSync(htmlFile, 'utf8')
  if (undrawnDiagramIds(html).length === 0) return { status: 'nothing-to-draw' }
  if (!findBrowser()) return { status: 'no-browser' }
  const server = await serveDir(dirname(htmlFile))
  const browser = await launchBrowser()
  try {
    // The policy is for readers; mermaid needs its inline <style> to measure labels while drawing.
    const page = await browser.newPage({ viewport: { width: SLIDE_WIDTH, height: SLIDE_HEIGHT }, bypassCSP: true })
    await keepLocal(page, server.url)
    await page.goto(`${server.url}${basename(htmlFile)}?deck-capture`)
    await page.waitForFunction(() => window.__deckCapture !== undefined, undefined, { timeout: 60_000 })
    const results = await page.evaluate(() => window.__deckCapture!)
    const drawn = new Map(results.filter((r) => r.svg).map((r) => [r.id, { svg: r.svg!, portrait: r.portrait }] as const))
    writeFileSync(htmlFile, insertDrawnDiagrams(html, drawn))
    return { status: 'drawn', results }
  } finally {
    await browser.close()
    await server.close()
  }
}
