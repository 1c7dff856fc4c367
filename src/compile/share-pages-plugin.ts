import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { findBrowser } from '../export/browser.ts'
import { pruneCache, touchCacheFiles } from './cache-prune.ts'
import { resolvePublicUrl } from './head.ts'
import { drawSlideImages } from './share-images.ts'
import { readSharedDeck, renderSharePage, SHARE_IMAGE, shareImageKey, sharePath, stylesheetsOf } from './share-pages.ts'

export interface DeckSharePagesOptions {
  /** The deck's public URL; without it no share page is written. */
  publicUrl?: string
}

/** Drawn slide images, by shareImageKey: an unchanged slide is not redrawn. */
function shareImageCacheDir(root: string): string {
  return resolve(root, 'node_modules/.cache/deck-share-images')
}

/**
 * deck:share-pages — with DECK_PUBLIC_URL set, writes `s/<id>/index.html` and `s/<id>/preview.png`
 * for every slide of the built deck (src/compile/share-pages.ts). Runs after the diagram capture
 * (closeBundle, order 'post'), so the images show the drawn diagrams. Without a browser, images not in the
 * cache are left out with one warning, and those pages preview without a picture.
 */
export function deckSharePages(options: DeckSharePagesOptions = {}): Plugin {
  const publicUrl = resolvePublicUrl(options.publicUrl)
  let config: ResolvedConfig
  return {
    name: 'deck:share-pages',
    apply: 'build',
    configResolved(c) {
      config = c
    },
    closeBundle: {
      // Rolldown runs closeBundle hooks one after another: this one after deck:capture's.
      order: 'post',
      async handler(error?: Error) {
        if (error || !publicUrl || config.mode === 'single') return
        const started = Date.now()
        const outDir = resolve(config.root, config.build.outDir)
        const indexFile = resolve(outDir, 'index.html')
        if (!existsSync(indexFile)) return
        const html = readFileSync(indexFile, 'utf8')
        const { title: deckTitle, lang, slides } = readSharedDeck(html)
        const stylesheets = stylesheetsOf(html)
        const cacheDir = shareImageCacheDir(config.root)
        // Each slide's picture in the cache, by what it shows (shareImageKey).
        const cacheFile = new Map(slides.map((slide) => [slide.id, resolve(cacheDir, `${shareImageKey(slide.html, stylesheets)}.png`)]))
        const cached = new Map<string, Buffer>()
        const missing: string[] = []
        for (const [id, file] of cacheFile) {
          if (existsSync(file)) cached.set(id, readFileSync(file))
          else missing.push(id)
        }
        // Each edited slide leaves its old picture behind: keep what is used, drop what no build used lately.
        touchCacheFiles(cacheFile.values())
        pruneCache(cacheDir)
        let drawn = new Map<string, Buffer>()
        if (missing.length && !findBrowser()) {
          config.logger.warn(
            `[deck] no Chromium found (see README, Troubleshooting): ${missing.length} of ${slides.length} share page(s) get no slide image (the others' images come from the cache).`,
          )
        } else if (missing.length) {
          drawn = await drawSlideImages(outDir, missing)
          mkdirSync(cacheDir, { recursive: true })
          for (const [id, png] of drawn) writeFileSync(cacheFile.get(id)!, png)
        }
        for (const slide of slides) {
          const dir = resolve(outDir, sharePath(slide.id))
          mkdirSync(dir, { recursive: true })
          const png = drawn.get(slide.id) ?? cached.get(slide.id)
          if (png) writeFileSync(resolve(dir, SHARE_IMAGE), png)
          writeFileSync(resolve(dir, 'index.html'), renderSharePage({ slide, deckTitle, lang, publicUrl, hasImage: png !== undefined }))
        }
        config.logger.info(
          `[deck] wrote ${slides.length} share page(s) in s/: ${drawn.size} image(s) drawn, ${cached.size} from the cache, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        )
      },
    },
  }
}
