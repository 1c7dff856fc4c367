/**
 * The PDF export, timed as a person runs it. `npm run bench -- --pdf [--dist DIR]` times only this.
 */
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { launchBrowser } from '../src/export/browser.ts'
import { exportPdf } from '../src/export/pdf.ts'
import { serveDir } from '../src/export/serve.ts'
import { ensureBuilt } from '../src/export/freshness.ts'
import { resultsDir, root, VIEWPORT } from './paths.ts'
import { kb, table } from './stats.ts'
import { TARGETS, verdict } from './targets.ts'

export interface PdfFigures {
  ms: number
  pages: number
  bytes: number
  /** How it was timed: exportPdf, or page.pdf of ?print-pdf where exportPdf refused the deck. */
  method: string
  error?: string
}

/**
 * The PDF export as a person runs it: exportPdf() with its checks. Where it refuses the deck (a
 * slide that does not fit, say), the reason is reported and the bare print (page.pdf of the print
 * view, ready signal included) is timed instead, so the figure still says how long printing takes.
 */
export async function timePdf(distDir: string): Promise<PdfFigures> {
  const out = resolve(resultsDir, 'deck.pdf')
  const started = performance.now()
  try {
    const result = await exportPdf({ distDir, out })
    return { ms: performance.now() - started, pages: result.pages, bytes: result.bytes, method: 'exportPdf (src/export/pdf.ts)' }
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e)
    const server = await serveDir(distDir)
    const browser = await launchBrowser()
    try {
      const again = performance.now()
      const page = await browser.newPage({ viewport: VIEWPORT })
      await page.goto(`${server.url}?print-pdf`)
      await page.waitForFunction(() => document.documentElement.dataset.deckState === 'ready', undefined, { timeout: 60_000 })
      const buf = await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true })
      const pages = (buf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
      return {
        ms: performance.now() - again,
        pages,
        bytes: buf.length,
        method: 'page.pdf of ?print-pdf (exportPdf refused the deck)',
        error,
      }
    } finally {
      await browser.close()
      await server.close()
    }
  }
}

/** Time the PDF export, saying so on the console. */
export async function benchPdf(distDir: string): Promise<PdfFigures> {
  mkdirSync(resultsDir, { recursive: true })
  process.stdout.write('PDF export … ')
  const pdf = await timePdf(distDir)
  console.log(pdf.error ? `exportPdf failed, timed page.pdf instead (${pdf.pages} pages)` : `${pdf.pages} pages`)
  return pdf
}

export function pdfRow(pdf: PdfFigures): string[] {
  return [
    `PDF export: ${pdf.method}`,
    `${(pdf.ms / 1000).toFixed(2)} s, ${pdf.pages} pages, ${kb(pdf.bytes)}`,
    `< ${TARGETS.pdfMs / 1000} s`,
    verdict(pdf.ms < TARGETS.pdfMs),
  ]
}

/** `npm run bench -- --pdf`: only the PDF export, of `dist` as it is or of dist/ built if stale. */
export async function runPdfBench(dist: string | undefined): Promise<void> {
  const distDir = dist ?? resolve(root, 'dist')
  if (!dist) await ensureBuilt(root, distDir, (line) => console.log(line))
  const pdf = await benchPdf(distDir)
  console.log(table([['once', 'value', 'target', ''], pdfRow(pdf)]))
  if (pdf.error) console.log(`\nexportPdf refused the deck:\n${pdf.error}`)
}
