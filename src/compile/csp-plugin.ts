import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { SLIDE_HEIGHT, SLIDE_MARGIN, SLIDE_WIDTH } from '../reveal/config.ts'
import { findBrowser } from '../export/browser.ts'
import { undrawnDiagramIds } from './capture.ts'
import { applyCsp, printViewStyles, speakerViewCode, type CspOptions } from './csp.ts'

/**
 * deck:csp — puts the Content-Security-Policy meta tag into the built page (never in dev: Vite's
 * dev server injects inline styles and its client). The hashes cover every inline `<script>` and
 * `<style>` in the final HTML, plus what reveal.js adds at run time: the speaker view's page
 * (hashed from the installed notes plugin) and the print view's two `<style>` elements.
 *
 * It works on the HTML asset in generateBundle (order 'post', enforce 'post'), not in
 * transformIndexHtml: vite-plugin-singlefile inlines the bundle in its own generateBundle, after
 * every HTML transform, and the inlined module script and style need their hashes too. So this
 * plugin goes after viteSingleFile in the plugins array. The capture step (closeBundle) later
 * inserts drawn SVGs, which carry no <style> and no script, so the hashes stay valid.
 */
export function deckCsp(): Plugin {
  let config: ResolvedConfig
  let notesFile: string | undefined

  const options = (html: string, usesNotes: boolean): CspOptions => {
    const speaker = usesNotes && notesFile ? speakerViewCode(readFileSync(notesFile, 'utf8')) : { scripts: [], styles: [] }
    // Diagrams still undrawn here are drawn by mermaid in the reader's browser when capture is off
    // or no browser is found, and mermaid's injected <style>s need 'unsafe-inline'. Otherwise the
    // capture step draws them after the bundle is written, in a page that bypasses the policy
    // (src/compile/capture.ts), and the shipped page keeps the strict one.
    const runtimeDiagrams = undrawnDiagramIds(html).length > 0 && (process.env.DECK_CAPTURE === '0' || !findBrowser())
    if (runtimeDiagrams) {
      config.logger.warn("[deck] some diagrams are drawn by mermaid in a browser: the page's CSP allows inline <style> ('unsafe-inline').")
    }
    return {
      extraScripts: speaker.scripts,
      extraStyles: [...speaker.styles, ...printViewStyles({ width: SLIDE_WIDTH, height: SLIDE_HEIGHT, margin: SLIDE_MARGIN })],
      runtimeDiagrams,
    }
  }

  return {
    name: 'deck:csp',
    apply: 'build',
    enforce: 'post',
    configResolved(c) {
      config = c
    },
    async buildStart() {
      const resolved = await this.resolve('reveal.js/plugin/notes', resolve(config.root, 'index.html'))
      notesFile = resolved?.id.split('?')[0]
    },
    generateBundle: {
      order: 'post',
      handler(_output, bundle) {
        // Allow the speaker view only where the bundle holds the notes plugin.
        const usesNotes = notesFile !== undefined && [...this.getModuleIds()].includes(notesFile)
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue
          const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source)
          file.source = applyCsp(html, options(html, usesNotes))
        }
      },
    },
  }
}
