/**
 * The deck's slides as the room names them: id and title, read from the built index.html (the
 * present server serves that file, so its slides are the ones the audience can ask about).
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** Text of an HTML fragment: tags dropped (KaTeX's MathML annotation too), entities decoded, spaces collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<annotation[\s\S]*?<\/annotation>/gi, '')
    .replace(/<span class="katex-html"[\s\S]*?<\/span><\/span><\/span>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      return ENTITIES[e.toLowerCase()] ?? all
    })
    .replace(/\s+/g, ' ')
    .trim()
}

/** Every slide of a built deck, in order: its id and the text of its first heading (its id when it has none). */
export function slidesOfDeck(html: string): { id: string; title: string }[] {
  const start = html.indexOf('class="slides"')
  if (start < 0) return []
  const body = html.slice(start)
  const opens = [...body.matchAll(/<section\s+id="([^"]+)"[^>]*>/g)]
  return opens.map((m, i) => {
    const end = opens[i + 1]?.index ?? body.length
    const heading = /<h[12][^>]*>([\s\S]*?)<\/h[12]>/.exec(body.slice(m.index, end))
    return { id: m[1]!, title: (heading && htmlText(heading[1]!)) || m[1]! }
  })
}
