import type { Plugin } from 'vite'

/** Tags that load something when the page opens, and the attributes that name it. */
const LOADING_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  embed: ['src'],
  object: ['data'],
}

const INLINE = /^(data:|blob:|about:|#)/i

/**
 * Everything a page loads from a file or a host when it opens: resources named by tags (not
 * links a reader may click), and url()s in its inline styles. An empty list means the page is
 * self-contained. A plain scan of the built HTML: script and style bodies are not markup.
 */
export function externalReferences(html: string): string[] {
  const found: string[] = []
  const markup = html
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2')
    .replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi, (_all, open: string, body: string, close: string) => {
      for (const m of body.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) if (!INLINE.test(m[2]!.trim())) found.push(m[2]!.trim())
      for (const m of body.matchAll(/@import\s+(?:url\()?\s*['"]?([^'")\s;]+)/g)) found.push(m[1]!)
      return open + close
    })
  for (const tag of markup.matchAll(/<([a-z]+)\b([^>]*)>/gi)) {
    const attributes = LOADING_ATTRIBUTES[tag[1]!.toLowerCase()]
    if (!attributes) continue
    for (const attr of tag[2]!.matchAll(/([\w-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
      if (!attributes.includes(attr[1]!.toLowerCase())) continue
      const value = (attr[3] ?? attr[4] ?? attr[5] ?? '').trim()
      // srcset candidates are separated by a comma and whitespace; a data: URL's own comma has none after it.
      const urls = attr[1]!.toLowerCase() === 'srcset' ? value.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0] ?? '') : [value]
      for (const url of urls) if (url && !INLINE.test(url)) found.push(url)
    }
  }
  return found
}

const MIME: Readonly<Record<string, string>> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  woff2: 'font/woff2',
}

/**
 * deck:single-file — for the single-file build only: inlines, as data: URLs, what
 * vite-plugin-singlefile leaves beside the page (it inlines scripts and styles, not the
 * favicon), and drops those files, so the output is one HTML file that opens from file://.
 * Goes after viteSingleFile in the plugins array (both run in generateBundle, order 'post').
 */
export function deckSingleFile(): Plugin {
  return {
    name: 'deck:single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName === 'index.html')
        if (!page || page.type !== 'asset') return
        let html = typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source)
        for (const [name, file] of Object.entries(bundle)) {
          if (file.type !== 'asset' || name === 'index.html') continue
          const mime = MIME[name.split('.').pop()?.toLowerCase() ?? '']
          const refs = [`"./${name}"`, `"/${name}"`, `"${name}"`]
          if (!mime || !refs.some((r) => html.includes(r))) continue
          const bytes = typeof file.source === 'string' ? Buffer.from(file.source) : Buffer.from(file.source)
          const url = `"data:${mime};base64,${bytes.toString('base64')}"`
          for (const r of refs) html = html.split(r).join(url)
          delete bundle[name]
        }
        page.source = html
      },
    },
  }
}
