import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { REMOTE_IMAGE_DIR } from '../reveal/plugins/remote-model.ts'
import { cachedSlideImages, type SlideShot } from './share-images.ts'
import { readSharedDeck, stylesheetsOf } from './share-pages.ts'

/**
 * The remote's slide pictures: 480×270 JPEG, the 1280×720 slide laid out at its own size and
 * shrunk (so it reads as the projector shows it), about 20-40 KB each. A phone shows them at about
 * 180 CSS px wide: sharp at 2-3 device pixels per CSS pixel for a thumbnail.
 */
export const REMOTE_SHOT: SlideShot = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 0.375, type: 'jpeg', quality: 72 }

/**
 * deck:remote-images: writes `remote/<id>.jpg` for every slide of the built deck, for the
 * presenter's remote (src/reveal/plugins/remote.ts), so the phone shows this slide and the next
 * without drawing the deck. Drawn in headless Chromium after the diagram capture (closeBundle,
 * order 'post'), cached in node_modules/.cache/deck-remote-images/ by what each slide shows, like
 * the share pictures. Without a browser the remote shows titles without pictures, with one warning.
 */
export function deckRemoteImages(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'deck:remote-images',
    apply: 'build',
    configResolved(c) {
      config = c
    },
    closeBundle: {
      order: 'post',
      async handler(error?: Error) {
        // The single file is for one reader offline: no present server, no remote.
        if (error || config.mode === 'single') return
        const started = Date.now()
        const outDir = resolve(config.root, config.build.outDir)
        const indexFile = resolve(outDir, 'index.html')
        if (!existsSync(indexFile)) return
        const html = readFileSync(indexFile, 'utf8')
        const { slides } = readSharedDeck(html)
        const { images, drawn, cached, missing } = await cachedSlideImages({
          distDir: outDir,
          cacheDir: resolve(config.root, 'node_modules/.cache/deck-remote-images'),
          slides,
          stylesheets: stylesheetsOf(html),
          shot: REMOTE_SHOT,
        })
        if (missing)
          config.logger.warn(
            `[deck] no Chromium found (see README, Troubleshooting): the remote shows ${missing} slide(s) without a picture.`,
          )
        const dir = resolve(outDir, REMOTE_IMAGE_DIR)
        mkdirSync(dir, { recursive: true })
        for (const [id, picture] of images) writeFileSync(resolve(dir, `${id}.jpg`), picture)
        config.logger.info(
          `[deck] wrote ${images.size} remote picture(s) in ${REMOTE_IMAGE_DIR}/: ${drawn} drawn, ${cached} from the cache, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        )
      },
    },
  }
}
