import { launchBrowser } from '../export/browser.ts'
import { serveDir } from '../export/serve.ts'
import { PREVIEW_IMAGE_SIZE } from './head.ts'
import { keepLocal, waitForDeckReady } from '../export/deck-page.ts'

/**
 * Each slide's link-preview image, 1200×630, drawn from the built deck in headless Chromium, the
 * browser the diagram capture uses: the light theme (a fresh profile and a light colour scheme),
 * without reveal.js's controls, progress bar or slide number, every fragment shown.
 */
export async function drawSlideImages(distDir: string, ids: readonly string[]): Promise<Map<string, Buffer>> {
  const images = new Map<string, Buffer>()
  if (ids.length === 0) return images
  const server = await serveDir(distDir)
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({
      viewport: PREVIEW_IMAGE_SIZE,
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
      colorScheme: 'light',
    })
    await keepLocal(context, server.url)
    const page = await context.newPage()
    await page.goto(`${server.url}index.html?controls=false&progress=false&slideNumber=false`)
    await waitForDeckReady(page, 60_000)
    for (const id of ids) {
      const found = await page.evaluate(async (slideId) => {
        const slide = document.getElementById(slideId)
        if (!slide) return false
        const { h, v } = window.Reveal.getIndices(slide)
        // Every fragment shown: the preview is the slide complete. Transitions are off (reduced motion).
        window.Reveal.slide(h, v, Number.MAX_SAFE_INTEGER)
        await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
        return (window.Reveal.getCurrentSlide() as HTMLElement | undefined)?.id === slideId
      }, id)
      if (!found) throw new Error(`slide "${id}" could not be shown for its preview image`)
      // No animations option: with reduced motion nothing moves, and the option costs ~40 ms a shot.
      images.set(id, await page.screenshot({ type: 'png' }))
    }
    return images
  } finally {
    await browser.close()
    await server.close()
  }
}
