import { dirname, resolve, sep } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import type { Deck } from '../model.ts'
import { formatDeckErrors } from '../errors.ts'
import { asciiHtml } from '../render/ascii-html.ts'
import { escapeHtml } from '../render/escape.ts'
import { loadDrawnDiagrams } from './diagram-cache.ts'
import { renderHead, resolvePublicUrl } from './head.ts'
import { loadDeckModule, renderDeckFromModule, type RenderedDeck } from './load-deck.ts'
import { renderQrSvg } from './qr.ts'
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../reveal/config.ts'

export interface DeckPluginOptions {
  /** Public URL where the deck will be hosted (link previews, canonical URL, QR code). @default '' */
  publicUrl?: string
  /** Module that default-exports the deck, relative to the project root. @default 'slides/index.ts' */
  entry?: string
}

export interface DeckRenderApi {
  renderedHtml(): string | undefined
  /** Every text the deck renders: its slides' HTML and their notes and source notes. */
  renderedText(): string | undefined
  diagramSources(): ReadonlyMap<string, string> | undefined
}

const SLIDES_MARK = '<!--deck:slides-->'
/** The slides' notes and source notes, as a module of their own (src/reveal/asides.ts loads it). */
const ASIDES_MODULE = 'virtual:deck-asides'
const RESOLVED_ASIDES = '\0deck-asides'
const HEAD_MARK = '<!--deck:head-->'
/** The dev page's overflow check, served by Vite from the project root. */
const DEV_OVERFLOW_CHECK = '/src/compile/measure-overflow-dev.ts'

/**
 * deck:render — renders the slide modules into index.html, in dev (on every page load, so a
 * saved slide shows at once) and at build time. The build fails on any content error, listing
 * all of them; dev keeps serving, prints them, and replaces each broken slide with an error slide.
 */
export function deckRender(options: DeckPluginOptions = {}): Plugin & { api: DeckRenderApi } {
  let root = process.cwd()
  let server: ViteDevServer | undefined
  let rendered: RenderedDeck | undefined
  const entry = options.entry ?? 'slides/index.ts'
  const publicUrl = resolvePublicUrl(options.publicUrl)

  const load = (): Promise<Deck> =>
    loadDeckModule(root, entry, async (file) => {
      if (!server) return (await (await import('vite')).runnerImport<Record<string, unknown>>(file)).module
      const dev = server
      return dev.ssrLoadModule(file).catch((e: unknown) => {
        if (e instanceof Error) dev.ssrFixStacktrace(e)
        throw e
      })
    })

  const render = async (): Promise<RenderedDeck> => {
    const deck = await load()
    const result = await renderDeckFromModule(deck, {
      root,
      publicUrl,
      qrSvg: publicUrl ? await renderQrSvg(publicUrl) : undefined,
      drawnDiagrams: await loadDrawnDiagrams(root, deck),
    })
    if (result.errors.length) {
      const message = formatDeckErrors(result.errors)
      if (!server) throw new Error(`The deck has errors; fix them and build again.\n${message}`)
      server.config.logger.error(`\n[deck] ${message}\n`, { timestamp: true })
    }
    return result
  }

  return {
    name: 'deck:render',
    api: {
      renderedHtml: () => rendered?.slidesHtml,
      renderedText: () => rendered && [rendered.slidesHtml, ...Object.values(rendered.asides)].join('\n'),
      diagramSources: () => rendered?.diagrams,
    },
    async config(config, env) {
      if (config.root) root = resolve(config.root)
      if (env.command !== 'build') return { define: { __DECK_RUNTIME_DIAGRAMS__: 'true' } }
      // Render before bundling: the bundle leaves mermaid out when every diagram is already drawn.
      rendered = await render()
      if (!publicUrl)
        console.warn(
          '[deck] DECK_PUBLIC_URL is not set: link previews carry no absolute URL or image, and the closing slide has no QR code.',
        )
      const undrawn = [...rendered.diagrams.keys()].some((id) => !rendered!.ctx.drawnDiagrams.has(id))
      return { define: { __DECK_RUNTIME_DIAGRAMS__: JSON.stringify(undrawn || env.mode !== 'single') } }
    },
    configureServer(s) {
      server = s
      // A changed slide module (or renderer) re-renders the page; the full reload keeps the
      // position because reveal.js writes it to the URL hash.
      const watched = [resolve(root, 'slides') + sep, resolve(root, 'src/render') + sep, dirname(resolve(root, entry)) + sep]
      const onChange = (file: string) => {
        if (!watched.some((dir) => file.startsWith(dir))) return
        s.moduleGraph.invalidateAll()
        s.ws.send({ type: 'full-reload', path: '*' })
      }
      // The dev page measures its slides (src/compile/measure-overflow-dev.ts) and reports here too.
      s.ws.on('deck:overflow', (data: { messages?: unknown }) => {
        const messages = Array.isArray(data?.messages) ? data.messages.filter((m): m is string => typeof m === 'string') : []
        if (messages.length)
          s.config.logger.warn(
            `\n[deck] slides that do not fit at ${SLIDE_WIDTH}×${SLIDE_HEIGHT}:\n${messages.map((m) => `  - ${m}`).join('\n')}\n`,
          )
      })
      s.watcher.on('change', onChange)
      s.watcher.on('add', onChange)
      s.watcher.on('unlink', onChange)
    },
    resolveId(id) {
      return id === ASIDES_MODULE ? RESOLVED_ASIDES : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ASIDES) return undefined
      // In dev, the render of the page that asks: a changed slide reloads the page, which renders again.
      const { asides } = (rendered ??= await render())
      // A JSON string for JSON.parse: V8 reads it faster than the same object as a literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(asides))})`
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const result = server ? (rendered = await render()) : (rendered ??= await render())
        const { deck, slidesHtml, errors } = result
        let out = html
          .replace('<html lang="en"', `<html lang="${escapeHtml(deck.lang)}"`)
          .replace(HEAD_MARK, renderHead(deck, { publicUrl, previewImage: 'preview.png', slidesHtml }))
          .replace(SLIDES_MARK, slidesHtml)
        // Dev only: the page checks that its slides fit, as the build does in headless Chromium.
        if (server) out = out.replace('</body>', `<script type="module" src="${DEV_OVERFLOW_CHECK}"></script></body>`)
        if (server && errors.length) {
          const list = errors.map((e) => `<li>${escapeHtml(e.message)}</li>`).join('')
          out = out.replace(
            '<body>',
            `<body><div class="deck-dev-errors" role="alert"><strong>${errors.length} problem(s) in the deck</strong><ul>${list}</ul></div>`,
          )
        }
        return asciiHtml(out)
      },
    },
  }
}
