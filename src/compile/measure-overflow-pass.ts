import { rmSync } from 'node:fs'
import type { Logger } from 'vite'
import { formatDeckErrors } from '../errors.ts'
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../reveal/config.ts'
import type { BuiltPage } from './built-page.ts'
import { collectSlideBoxes, overflowErrors } from './measure-overflow.ts'
import { keepLocal, waitForDeckReady } from '../export/deck-page.ts'

/**
 * The build's overflow check: opens the built page in headless Chromium at the design size, in
 * the light theme (a fresh browser has no stored theme), waits for the deck to be ready (every
 * diagram drawn at its real size), and measures every slide with every fragment shown. Throws,
 * naming each slide and block that does not fit, so the build fails (and removes the page). Runs
 * in the build's one browser (withBuiltPage).
 */
export async function checkSlidesFit(htmlFile: string, logger: Pick<Logger, 'info'>, built: BuiltPage): Promise<void> {
  const { browser, url, origin } = built
  // Diagrams still undrawn here are drawn by the page itself, with mermaid's inline <style>.
  const context = await browser.newContext({ viewport: { width: SLIDE_WIDTH, height: SLIDE_HEIGHT }, bypassCSP: true })
  try {
    // tsx and vitest compile with esbuild's keepNames, which wraps functions in __name().
    await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn)')
    await keepLocal(context, origin)
    const page = await context.newPage()
    await page.goto(url)
    await waitForDeckReady(page, 60_000).catch((cause: Error) => {
      throw new Error(`the overflow check gave up: ${cause.message}`, { cause })
    })
    const errors = overflowErrors(await page.evaluate(collectSlideBoxes))
    if (errors.length) {
      // A failed build leaves no page that could be deployed by mistake, as a render error leaves none.
      rmSync(htmlFile)
      throw new Error(`Slides do not fit at ${SLIDE_WIDTH}×${SLIDE_HEIGHT}; fix them and build again.\n${formatDeckErrors(errors)}`)
    }
    logger.info(`[deck] every slide fits at ${SLIDE_WIDTH}×${SLIDE_HEIGHT}`)
  } finally {
    await context.close()
  }
}
