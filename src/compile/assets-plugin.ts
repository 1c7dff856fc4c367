import type { Plugin } from 'vite'
import { keepWoff2Only, pruneKatexFaces, pruneUnusedSubsets } from './font-pruning.ts'

export interface DeckAssetsOptions {
  /** The rendered slides' HTML, once the deck is rendered (for the KaTeX fonts in use). */
  renderedHtml: () => string | undefined
  /** Every text the deck renders, once it is rendered (for the text subsets in use). */
  renderedText: () => string | undefined
}

/**
 * deck:assets — ships only the font files the deck uses (woff2; KaTeX families that formulas use;
 * the body font's subsets for the scripts its text is written in) and preloads the body text
 * faces so the first slide paints in its real font.
 */
export function deckAssets(options: DeckAssetsOptions): Plugin {
  let isBuild = false
  return {
    name: 'deck:assets',
    // Before Vite's CSS plugin resolves url()s, so dropped faces are never emitted.
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build'
    },
    transform(code, id) {
      if (!isBuild || !id.endsWith('.css')) return
      if (/[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css$/.test(id)) {
        const html = options.renderedHtml()
        return { code: keepWoff2Only(html === undefined ? code : pruneKatexFaces(code, html)), map: null }
      }
      // font-display: block, not fontsource's swap: the first slide paints before reveal.js runs,
      // often before its (preloaded) faces arrive, and a swap would re-flow the text being read.
      if (/[\\/]@fontsource[\\/]/.test(id)) {
        const text = options.renderedText()
        const faces = text === undefined ? code : pruneUnusedSubsets(code, text)
        return { code: keepWoff2Only(faces).replace(/font-display:\s*swap/g, 'font-display: block'), map: null }
      }
      return
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return
        // The Latin faces of the two weights on the first slide.
        const faces = Object.keys(ctx.bundle).filter((f) => /source-sans-3-latin-(400|700)-normal.*\.woff2$/.test(f))
        return faces.map((href) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${href}`, crossorigin: '' },
          injectTo: 'head' as const,
        }))
      },
    },
  }
}
