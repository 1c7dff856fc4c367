import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { findBrowser, launchBrowser } from '../export/browser.ts'
import { serveDir } from '../export/serve.ts'
import { PREVIEW_IMAGE_SIZE } from './head.ts'
import { keepLocal, waitForDeckReady } from '../export/deck-page.ts'
import { pruneCache, touchCacheFiles } from './cache-prune.ts'
import { shareImageKey, type SharedSlide } from './share-pages.ts'

/** How a slide's picture is taken: the window, its pixel ratio, and the file's format. */
export interface SlideShot {
  viewport: { width: number; height: number }
  /** Below 1 the picture is smaller than the window: the slide laid out at full size, shrunk. */
  deviceScaleFactor: number
  type: 'png' | 'jpeg'
  /** JPEG only, 0-100. */
  quality?: number
}

/** The link-preview picture: 1200×630 PNG. */
export const SHARE_SHOT: SlideShot = { viewport: PREVIEW_IMAGE_SIZE, deviceScaleFactor: 1, type: 'png' }

/**
 * Pictures of slides drawn from the built deck in headless Chromium, the browser the diagram
 * capture uses: the light theme (a fresh profile and a light colour scheme), without reveal.js's
 * controls, progress bar or slide number, every fragment shown. By default the 1200×630 link
 * preview; the remote's small pictures pass their own shot.
 */
export async function drawSlideImages(distDir: string, ids: readonly string[], shot: SlideShot = SHARE_SHOT): Promise<Map<string, Buffer>> {
  const images = new Map<string, Buffer>()
  if (ids.length === 0) return images
  const server = await serveDir(distDir)
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({
      viewport: shot.viewport,
      deviceScaleFactor: shot.deviceScaleFactor,
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
      if (!found) throw new Error(`slide "${id}" could not be shown for its picture`)
      // No animations option: with reduced motion nothing moves, and the option costs ~40 ms a shot.
      images.set(id, await page.screenshot(shot.type === 'jpeg' ? { type: 'jpeg', quality: shot.quality } : { type: 'png' }))
    }
    return images
  } finally {
    await browser.close()
    await server.close()
  }
}

export interface CachedImages {
  /** Slide id -> picture, for every slide drawn now or found in the cache. */
  images: Map<string, Buffer>
  drawn: number
  cached: number
  /** Slides left without a picture: no browser to draw them. */
  missing: number
}

/**
 * Each slide's picture, from the cache where its key (shareImageKey: its HTML and the stylesheets,
 * plus the shot) is there, else drawn now and cached. Without a browser the missing ones are
 * left out. An edited slide leaves its old picture behind: used files are touched, and what no
 * build used lately is pruned.
 */
export async function cachedSlideImages(options: {
  distDir: string
  cacheDir: string
  slides: readonly Pick<SharedSlide, 'id' | 'html'>[]
  stylesheets: readonly string[]
  shot?: SlideShot
}): Promise<CachedImages> {
  const shot = options.shot ?? SHARE_SHOT
  const variant = shot === SHARE_SHOT ? [] : [JSON.stringify(shot)]
  const extension = shot.type === 'jpeg' ? 'jpg' : 'png'
  const cacheFile = new Map(
    options.slides.map((s) => [
      s.id,
      resolve(options.cacheDir, `${shareImageKey(s.html, [...options.stylesheets, ...variant])}.${extension}`),
    ]),
  )
  const images = new Map<string, Buffer>()
  const missing: string[] = []
  for (const [id, file] of cacheFile) {
    if (existsSync(file)) images.set(id, readFileSync(file))
    else missing.push(id)
  }
  const cached = images.size
  touchCacheFiles(cacheFile.values())
  pruneCache(options.cacheDir)
  if (missing.length === 0 || !findBrowser()) return { images, drawn: 0, cached, missing: missing.length }
  const drawn = await drawSlideImages(options.distDir, missing, shot)
  mkdirSync(options.cacheDir, { recursive: true })
  for (const [id, picture] of drawn) {
    writeFileSync(cacheFile.get(id)!, picture)
    images.set(id, picture)
  }
  return { images, drawn: drawn.size, cached, missing: 0 }
}
