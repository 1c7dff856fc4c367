import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { captureDiagrams, type CaptureOutcome } from './capture.ts'
import { saveDrawnDiagrams } from './diagram-cache.ts'
import { findBrowser } from '../export/browser.ts'
import { withBuiltPage } from './built-page.ts'
import { checkSlidesFit } from './measure-overflow-pass.ts'
import { assertDiagramsLegible } from './measure-labels.ts'

export interface DeckCaptureOptions {
  /** Diagram id -> what its drawings depend on (from the render plugin, drawingInputs), for the cache. */
  diagramSources: () => ReadonlyMap<string, string> | undefined
}

/**
 * deck:capture — after the build, draws any diagram not already drawn (from the cache) in
 * headless Chromium and writes the SVGs into the built index.html. Off with DECK_CAPTURE=0, or
 * where no browser is found: the deck then draws them itself after the first paint.
 */
export function deckCapture(options: DeckCaptureOptions): Plugin {
  let config: ResolvedConfig
  return {
    name: 'deck:capture',
    apply: 'build',
    configResolved(c) {
      config = c
    },
    async closeBundle(error?: Error) {
      if (error) return
      const htmlFile = resolve(config.root, config.build.outDir, 'index.html')
      if (!existsSync(htmlFile)) return
      const capture = process.env.DECK_CAPTURE !== '0'
      if (!capture) {
        config.logger.info('[deck] diagram capture is off (DECK_CAPTURE=0): diagrams are drawn in the browser after the first paint.')
      } else {
        const outcome = await captureDiagrams(htmlFile)
        if (outcome.status === 'no-browser')
          config.logger.warn(
            '[deck] no Chromium found (see README, Troubleshooting): diagrams will be drawn in the browser after the first paint.',
          )
        if (outcome.status === 'drawn') saveDrawn(outcome, htmlFile)
      }
      // The checks of every build, cached drawings too, in one browser: every slide must fit at the
      // design size with its diagrams as they ship, and every drawn label must read.
      if (!findBrowser()) {
        config.logger.warn('[deck] no Chromium found (see README, Troubleshooting): slides were not checked for overflow.')
        return
      }
      await withBuiltPage(htmlFile, async (built) => {
        await checkSlidesFit(htmlFile, config.logger, built)
        if (!capture) return
        const checked = performance.now()
        await assertDiagramsLegible(htmlFile, (m) => config.logger.warn(m), built)
        config.logger.info(`[deck] diagram legibility check: ${((performance.now() - checked) / 1000).toFixed(1)} s`)
      })
    },
  }
  function saveDrawn(outcome: Extract<CaptureOutcome, { status: 'drawn' }>, htmlFile: string): void {
    const failed = outcome.results.filter((r) => r.error)
    if (failed.length) {
      throw new Error(`Diagrams could not be drawn:\n${failed.map((r) => `  - ${r.id}: ${r.error}`).join('\n')}`)
    }
    const sources = options.diagramSources() ?? new Map<string, string>()
    const drawn = new Map<string, [string, { svg: string; portrait?: string }]>()
    for (const r of outcome.results) {
      const source = sources.get(r.id)
      if (source && r.svg) drawn.set(r.id, [source, { svg: r.svg, portrait: r.portrait }])
    }
    saveDrawnDiagrams(config.root, drawn)
    config.logger.info(`[deck] drew ${outcome.results.length} diagram(s) into ${readFileSync(htmlFile).length} bytes of HTML`)
    const sum = (k: 'wide' | 'portrait') => outcome.results.reduce((t, r) => t + (r.ms?.[k] ?? 0), 0) / 1000
    const portraits = outcome.results.filter((r) => r.portrait).length
    config.logger.info(
      `[deck] diagram capture: slide drawings ${sum('wide').toFixed(1)} s, ${portraits} portrait variant(s) ${sum('portrait').toFixed(1)} s`,
    )
  }
}
