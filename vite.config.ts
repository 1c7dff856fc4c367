import { defineConfig, type PluginOption } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { deckAssets } from './src/compile/assets-plugin.ts'
import { deckCapture } from './src/compile/capture-plugin.ts'
import { deckCsp } from './src/compile/csp-plugin.ts'
import { deckDeferredStyles } from './src/compile/deferred-styles.ts'
import { deckRender } from './src/compile/plugin.ts'
import { deckPreviewImage } from './src/compile/preview-plugin.ts'
import { deckSingleFile } from './src/compile/single-file.ts'
import { deckSharePages } from './src/compile/share-pages-plugin.ts'
import { deckRemoteImages } from './src/compile/remote-images-plugin.ts'

/**
 * The public URL where the deck will be hosted, e.g. https://example.org/talks/p2p/. Empty by
 * default; set DECK_PUBLIC_URL at build time for absolute link previews and the QR code.
 */
const publicUrl = process.env.DECK_PUBLIC_URL ?? ''

export default defineConfig(({ mode }) => {
  const single = mode === 'single'
  // DECK_ENTRY builds another deck module (the tests build fixture decks this way).
  const render = deckRender({ publicUrl, entry: process.env.DECK_ENTRY })
  const plugins: PluginOption[] = [
    deckAssets({ renderedHtml: () => render.api.renderedHtml(), renderedText: () => render.api.renderedText() }),
    render,
    deckCapture({ diagramSources: () => render.api.diagramSources() }),
    deckPreviewImage({ publicUrl }),
    deckDeferredStyles(),
  ]
  if (single) plugins.push(viteSingleFile({ removeViteModuleLoader: true }), deckSingleFile())
  // Last: the policy hashes the final HTML, after the single file's inlining.
  plugins.push(deckCsp())
  // With DECK_PUBLIC_URL: s/<id>/ for every slide, after the capture has drawn the diagrams.
  plugins.push(deckSharePages({ publicUrl }))
  // The presenter remote's small slide pictures (remote/<id>.jpg), also after the capture.
  plugins.push(deckRemoteImages())
  return {
    // Relative paths: the built deck works from any sub-path of any static host.
    base: './',
    plugins,
    build: {
      outDir: process.env.DECK_OUT_DIR ?? (single ? 'dist-single' : 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      // Fonts stay files in the normal build; the single file inlines everything.
      assetsInlineLimit: single ? Number.MAX_SAFE_INTEGER : 0,
      reportCompressedSize: false,
      // Non-ASCII characters in strings as escapes: an all-ASCII script is held and scanned by V8 as
      // one byte a character (the page itself is ASCII too: src/render/ascii-html.ts).
      rolldownOptions: { output: { charset: 'ascii' } },
      // mermaid's chunks (~2 MB) load only where a diagram could not be drawn at build time.
      chunkSizeWarningLimit: 2000,
    },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
  }
})
