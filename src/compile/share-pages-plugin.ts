import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { resolvePublicUrl } from './head.ts'
import { cachedSlideImages } from './share-images.ts'
import { readSharedDeck, renderSharePage, SHARE_IMAGE, sharePath, stylesheetsOf } from './share-pages.ts'

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
        const { images, drawn, cached, missing } = await cachedSlideImages({
          distDir: outDir,
          cacheDir: shareImageCacheDir(config.root),
          slides,
          stylesheets,
        })
        if (missing)
          config.logger.warn(
            `[deck] no Chromium found (see README, Troubleshooting): ${missing} of ${slides.length} share page(s) get no slide image (the others' images come from the cache).`,
          )
        for (const slide of slides) {
          const dir = resolve(outDir, sharePath(slide.id))
          mkdirSync(dir, { recursive: true })
          const png = images.get(slide.id)
          if (png) writeFileSync(resolve(dir, SHARE_IMAGE), png)
          writeFileSync(resolve(dir, 'index.html'), renderSharePage({ slide, deckTitle, lang, publicUrl, hasImage: png !== undefined }))
        }
        config.logger.info(
          `[deck] wrote ${slides.length} share page(s) in s/: ${drawn} image(s) drawn, ${cached} from the cache, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        )
      },
    },
  }
}
