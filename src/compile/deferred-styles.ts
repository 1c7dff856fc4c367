import type { Plugin } from 'vite'

/**
 * deck:deferred-styles — the CSS that does not block the first paint (src/styles/deferred.ts:
 * KaTeX's, the diagrams', the overlays') is loaded by the deck's script. A reader without
 * JavaScript gets it from a `<noscript>` link instead, so formulas and diagrams keep their look
 * in the no-JavaScript reading. Nothing to do in the single-file build, which inlines all CSS.
 */
export function deckDeferredStyles(): Plugin {
  return {
    name: 'deck:deferred-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return
        const sheets = Object.keys(ctx.bundle).filter((f) => /(^|\/)deferred-[^/]*\.css$/.test(f))
        return sheets.map((href) => ({
          tag: 'noscript',
          children: `<link rel="stylesheet" href="./${href}" />`,
          injectTo: 'head' as const,
        }))
      },
    },
  }
}
