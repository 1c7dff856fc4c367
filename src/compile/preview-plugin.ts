import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'

export interface DeckPreviewOptions {
  /** The committed preview image, relative to the project root. @default 'assets/preview.png' */
  image?: string
  /** Where index.html's og:image points, relative to it. @default 'preview.png' */
  fileName?: string
  /** The public URL: with it set, a missing image fails the build (the tags would point at nothing). @default '' */
  publicUrl?: string
}

/**
 * deck:preview — emits the link-preview image beside index.html, where the Open Graph and
 * Twitter tags point (src/compile/head.ts). The image is made by `npm run preview-image` and
 * committed, so a build needs no browser for it. The single-file build skips it: it is one file.
 */
export function deckPreviewImage(options: DeckPreviewOptions = {}): Plugin {
  const image = options.image ?? 'assets/preview.png'
  const fileName = options.fileName ?? 'preview.png'
  let root = process.cwd()
  let single = false
  return {
    name: 'deck:preview',
    apply: 'build',
    configResolved(config) {
      root = config.root
      single = config.mode === 'single'
    },
    generateBundle() {
      if (single) return
      const file = resolve(root, image)
      if (!existsSync(file)) {
        const hint = `${image} is missing: run \`npm run preview-image\` (needs Chromium) and commit it.`
        if (options.publicUrl) this.error(`[deck] the link-preview image ${hint}`)
        this.warn(`the link-preview image ${hint}`)
        return
      }
      this.emitFile({ type: 'asset', fileName, source: readFileSync(file) })
    },
  }
}
