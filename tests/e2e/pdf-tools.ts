import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { AsidesBySlide } from '../../src/render/deck.ts'

/** Helpers over poppler-utils (pdfinfo, pdftotext, pdfimages, pdftohtml): an outside reader of the PDFs. */

export function pdfinfo(file: string): Map<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' })
  const fields = out.split('\n').flatMap((line) => {
    const m = /^([\w ]+):\s*(.*)$/.exec(line)
    return m ? [[m[1]!.trim(), m[2]!.trim()] as const] : []
  })
  return new Map(fields)
}

export function pageCount(file: string): number {
  return Number(pdfinfo(file).get('Pages'))
}

/** The text of the whole PDF, or of one 1-based page. */
export function pdftext(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : []
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

/** Number of raster images in the PDF (text and diagrams must stay vector). */
export function imageCount(file: string): number {
  const out = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
  return out.trim().split('\n').length - 2 // two header lines
}

/** The bookmarks, flattened: title, 1-based page and depth. */
export function outline(file: string): { title: string; page: number; depth: number }[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', '-enc', 'UTF-8', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const start = xml.indexOf('<outline>')
  if (start < 0) return []
  const items: { title: string; page: number; depth: number }[] = []
  let depth = 0
  for (const m of xml.slice(start).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (m[0] === '<outline>') depth++
    else if (m[0] === '</outline>') depth--
    else items.push({ title: decodeEntities(m[2]!), page: Number(m[1]), depth: depth - 1 })
  }
  return items
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
}

/**
 * Text for comparing with extracted PDF text: no whitespace (line breaks fall anywhere) and no
 * hyphens (pdftotext joins a word hyphenated at a line end, so "peer-to-" + "peer" reads "peerto-peer").
 */
export function squash(s: string): string {
  return s.replace(/[\s\u00ad\u200b\-\u2010\u2011]+/g, '')
}

/** Whether the words occur in the squashed text in this order (other text may come between them). */
export function containsInOrder(squashedText: string, words: readonly string[]): boolean {
  let at = 0
  for (const word of words.map(squash).filter(Boolean)) {
    const found = squashedText.indexOf(word, at)
    if (found < 0) return false
    at = found + word.length
  }
  return true
}

/** Visible text of an HTML fragment: KaTeX's MathML copy removed, tags stripped, entities decoded. */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<span class="katex-mathml">[\s\S]*?<\/math><\/span>/g, '')
      .replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim()
}

export interface BuiltSlide {
  id: string
  html: string
  title: string
  /** Notes paragraphs, without the pacing line. */
  notes: string[]
  /** Labels of the drawn diagrams on the slide. */
  diagramLabels: string[]
  /** Pages the slide takes with one page per fragment step. */
  fragmentSteps: number
  /** The slide's source note as plain text ('' without one): for the handout only. */
  sources: string
  /** A backup slide (data-backup): in the PDF only with --backup, in the handout after the references. */
  backup: boolean
}

/**
 * The slides' notes and source notes as a build ships them: a chunk of their own beside the page
 * (src/reveal/asides.ts), an ES module whose default export maps slide id to that HTML.
 */
export async function builtAsides(distDir: string): Promise<AsidesBySlide> {
  const assets = join(distDir, 'assets')
  const chunk = readdirSync(assets).find((f) => /deck-asides-[\w-]+\.js$/.test(f))
  if (!chunk) throw new Error(`no asides chunk in ${assets}`)
  return ((await import(pathToFileURL(join(assets, chunk)).href)) as { default: AsidesBySlide }).default
}

/** The slides of a built index.html, with their notes from the asides chunk, read as plain text. */
export function builtSlides(indexHtml: string, asides: AsidesBySlide = {}): BuiltSlide[] {
  return [...indexHtml.matchAll(/<section id="([^"]+)"([\s\S]*?)<\/section>/g)].map((m) => {
    const html = m[2]! + (asides[m[1]!] ?? '')
    const heading = /<h[12]>([\s\S]*?)<\/h[12]>/.exec(html)?.[1] ?? ''
    const notesHtml = /<aside class="notes">([\s\S]*?)<\/aside>/.exec(html)?.[1] ?? ''
    const notes = [...notesHtml.matchAll(/<p(?: class="([^"]*)")?>([\s\S]*?)<\/p>/g)]
      .filter((p) => p[1] !== 'pace')
      .map((p) => htmlText(p[2]!))
    const diagramLabels = [...html.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((t) => htmlText(t[1]!)).filter(Boolean)
    // reveal.js's grouping: one step per distinct data-fragment-index, one per fragment without.
    const fragments = [...html.matchAll(/<[a-z]+\b[^>]*class="[^"]*\bfragment\b[^"]*"[^>]*>/g)].map(
      (f) => /data-fragment-index="(\d+)"/.exec(f[0])?.[1],
    )
    const steps = new Set(fragments.filter(Boolean)).size + fragments.filter((f) => f === undefined).length
    const sources = htmlText(/<template class="slide-sources">([\s\S]*?)<\/template>/.exec(html)?.[1] ?? '')
    const backup = /^[^>]*\sdata-backup[\s>=]/.test(html)
    return { id: m[1]!, html, title: htmlText(heading), notes, diagramLabels, fragmentSteps: steps, sources, backup }
  })
}
