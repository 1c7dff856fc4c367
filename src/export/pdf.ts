import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { launchBrowser } from './browser.ts'
import { HANDOUT_CSS, HANDOUT_PAGE, layoutHandout, type HandoutLayout, type HandoutQuestion } from './handout.ts'
import { amendPdf, type PdfOutlineItem } from './pdf-file.ts'
import { serveDir } from './serve.ts'
import { keepLocal, waitForDeckReady } from './deck-page.ts'

/**
 * What to print. `slides`: one page per slide, fragments shown. `fragments`: one page per
 * fragment step (reveal.js's pdfSeparateFragments). `handout`: slides with the speaker's notes
 * beside them, then the references.
 * @default 'slides'
 */
export type PdfKind = 'slides' | 'fragments' | 'handout'

export interface ExportPdfOptions {
  /** The built deck (a folder with index.html). */
  distDir: string
  /** Where to write the PDF. */
  out: string
  /** @default 'slides' */
  kind?: PdfKind
  /** Progress lines. @default no output */
  log?: (line: string) => void
  /** Longest wait for the deck to be ready, in ms. @default 60000 */
  timeout?: number
  /**
   * Print the backup slides too (slides and fragments; the handout always has them, after the
   * references). @default false: the PDF is the talk
   */
  backup?: boolean
  /** The handout's "Questions from the room" (from a session file; hidden ones left out). */
  questions?: HandoutQuestion[]
}

export interface ExportPdfResult {
  file: string
  kind: PdfKind
  pages: number
  /** The page count the deck calls for; equal to `pages`, or the export fails. */
  expectedPages: number
  slides: number
  bytes: number
  /** Wall-clock time of the export, in ms (without any build). */
  ms: number
  /** Things worth knowing that did not stop the export (requests blocked, console errors). */
  warnings: string[]
}

/** A failed export: the reason is the message, written for the person running the command. */
export class ExportError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'ExportError'
  }
}

/** The slides of a built index.html, in order (the deck the PDF must match), and which are backup slides (data-backup). */
export function slidesInHtml(html: string): { id: string; backup: boolean }[] {
  const slides = html.indexOf('class="slides"')
  if (slides < 0) return []
  return [...html.slice(slides).matchAll(/<section\s+id="([^"]+)"([^>]*)>/g)].map((m) => ({
    id: m[1]!,
    backup: /\sdata-backup(?:[\s=>]|$)/.test(m[2]!),
  }))
}

/**
 * Runs in the page: takes the backup slides' printed pages out of the print view, so the PDF is
 * the talk. Returns their ids.
 */
function removeBackupPages(): string[] {
  const removed: string[] = []
  for (const page of Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page'))) {
    const section = page.querySelector<HTMLElement>(':scope > section[data-backup]')
    if (!section) continue
    if (!removed.includes(section.id)) removed.push(section.id)
    page.remove()
  }
  return removed
}

/** What the print view shows, read in the page before printing. */
export interface PrintedDeck {
  title: string
  author: string
  description: string
  /** reveal.js's @page size, in CSS px. */
  pageWidth: number
  pageHeight: number
  /** Height of one printed page element (reveal.js makes it a pixel short of the page). */
  printedHeight: number
  /** Printed page elements in the document. */
  printedPages: number
  slides: PrintedSlide[]
}

export interface PrintedSlide {
  id: string
  /** Plain text of the slide's heading. */
  title: string
  part: { id: string; numeral: string; label: string } | undefined
  /** Title slide, references, closing: outside the parts in the outline. */
  standalone: boolean
  /** A backup slide: in the outline's own group, "Backup slides". */
  backup: boolean
  /** Printed pages of this slide (several with separate fragments). */
  pages: number
  /** Fragment steps, as reveal.js groups them. */
  fragmentSteps: number
}

export interface Clipping {
  slide: string
  what: string
  /** CSS px beyond the edge. */
  by: number
  edge: string
}

/** Runs in the page: the facts the exporter checks and the bookmarks are made of. */
function readPrintedDeck(): PrintedDeck {
  const pageRule = Array.from(document.querySelectorAll('style'))
    .map((s) => /@page\s*{\s*size:\s*([\d.]+)px\s+([\d.]+)px/.exec(s.textContent ?? ''))
    .find(Boolean)
  const printed = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page'))
  const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? ''
  const plain = (node: Element | null): string => {
    if (!node) return ''
    const copy = node.cloneNode(true) as Element
    // A formula reads as what it shows, not as its MathML plus its TeX source.
    copy.querySelectorAll('.katex').forEach((k) => k.replaceWith(k.querySelector('.katex-html')?.textContent ?? ''))
    return (copy.textContent ?? '')
      .replace(/[\u200b\u00ad]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  }
  const slides: PrintedSlide[] = []
  for (const page of printed) {
    const section = page.querySelector<HTMLElement>(':scope > section')
    if (!section) continue
    const last = slides[slides.length - 1]
    if (last && last.id === section.id) {
      last.pages++
      continue
    }
    const name = section.querySelector('.part-indicator .part-name')
    const numeral = name?.querySelector('.part-numeral')?.textContent?.trim() ?? ''
    const fragments = Array.from(section.querySelectorAll('.fragment'))
    slides.push({
      id: section.id,
      title: plain(section.querySelector('.slide-head h1, .slide-head h2, h1, h2')) || section.id,
      part: section.dataset.part
        ? { id: section.dataset.part, numeral, label: plain(name).slice(numeral.length).trim() || section.dataset.part }
        : undefined,
      standalone: section.matches('.layout-title, .is-back-matter, .deck-error-slide'),
      backup: section.hasAttribute('data-backup'),
      pages: 1,
      fragmentSteps: new Set(fragments.map((f, i) => f.getAttribute('data-fragment-index') ?? `unindexed-${i}`)).size,
    })
  }
  return {
    title: document.title,
    author: meta('author'),
    description: meta('description'),
    pageWidth: Number(pageRule?.[1] ?? 0),
    pageHeight: Number(pageRule?.[2] ?? 0),
    printedHeight: printed[0]?.offsetHeight ?? 0,
    printedPages: printed.length,
    slides,
  }
}

/**
 * Runs in the page: content that the printed page would cut off (it clips at its edges), and
 * diagram labels cut off by their own SVG. The worst offender per slide and edge.
 */
function findClippedContent(): Clipping[] {
  const found = new Map<string, Clipping>()
  const note = (c: Clipping) => {
    const key = `${c.slide}|${c.edge}`
    if (!found.has(key) || found.get(key)!.by < c.by) found.set(key, c)
  }
  const describe = (e: Element) => {
    const cls = typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).join('.')}` : ''
    const text = (e.textContent ?? '').replace(/\s+/g, ' ').trim()
    return `${e.tagName.toLowerCase()}${cls}${text ? ` “${text.length > 48 ? `${text.slice(0, 47)}…` : text}”` : ''}`
  }
  const beyond = (inner: DOMRect, outer: DOMRect): [string, number] => {
    const edges: [string, number][] = [
      ['bottom', inner.bottom - outer.bottom],
      ['right', inner.right - outer.right],
      ['top', outer.top - inner.top],
      ['left', outer.left - inner.left],
    ]
    return edges.reduce((a, b) => (b[1] > a[1] ? b : a))
  }
  const seen = new Set<string>()
  for (const page of Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page'))) {
    const section = page.querySelector<HTMLElement>(':scope > section')
    if (!section || seen.has(section.id)) continue
    seen.add(section.id)
    const box = page.getBoundingClientRect()
    for (const e of Array.from(section.querySelectorAll('*'))) {
      if (e.closest('aside.notes')) continue
      const r = e.getBoundingClientRect()
      if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') continue
      const [edge, by] = beyond(r, box)
      if (by > 1) note({ slide: section.id, what: describe(e), by: Math.round(by), edge: `page ${edge}` })
    }
    for (const svg of Array.from(section.querySelectorAll('svg'))) {
      const sr = svg.getBoundingClientRect()
      if (sr.width === 0) continue
      for (const label of Array.from(svg.querySelectorAll('text, foreignObject'))) {
        const r = label.getBoundingClientRect()
        if (r.width === 0 || r.height === 0) continue
        const [edge, by] = beyond(r, sr)
        if (by > 1) note({ slide: section.id, what: `diagram label ${describe(label)}`, by: Math.round(by), edge: `diagram ${edge}` })
      }
    }
  }
  return [...found.values()]
}

async function waitForReady(page: Page, timeout: number): Promise<void> {
  await waitForDeckReady(page, timeout).catch((cause: Error) => {
    throw new ExportError(`print view: ${cause.message}`, { cause })
  })
}

/** The outline's group of backup slides; not a part id. */
const BACKUP_GROUP = '\0backup'

function outlineFor(
  slides: readonly PrintedSlide[],
  target: (slide: PrintedSlide, index: number) => { page: number; top?: number },
): PdfOutlineItem[] {
  const outline: PdfOutlineItem[] = []
  let part: (PdfOutlineItem & { id: string; children: PdfOutlineItem[] }) | undefined
  slides.forEach((slide, i) => {
    const item = { title: slide.title, ...target(slide, i) }
    if (slide.backup) {
      if (part?.id !== BACKUP_GROUP) {
        part = { id: BACKUP_GROUP, title: 'Backup slides', page: item.page, top: item.top, children: [] }
        outline.push(part)
      }
      part.children.push(item)
      return
    }
    if (slide.standalone || !slide.part) {
      part = undefined
      outline.push(item)
      return
    }
    if (part?.id !== slide.part.id) {
      const title = [slide.part.numeral && `${slide.part.numeral}.`, slide.part.label].filter(Boolean).join(' ')
      part = { id: slide.part.id, title, page: item.page, top: item.top, children: [] }
      outline.push(part)
    }
    part.children.push(item)
  })
  return outline.map((item) => ({ title: item.title, page: item.page, top: item.top, children: item.children }))
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/**
 * Print the built deck to PDF in headless Chromium, through reveal.js's print view, and check
 * the result against the deck before writing it.
 */
export async function exportPdf(options: ExportPdfOptions): Promise<ExportPdfResult> {
  const started = Date.now()
  const kind = options.kind ?? 'slides'
  const log = options.log ?? (() => {})
  const timeout = options.timeout ?? 60_000
  const distDir = resolve(options.distDir)
  const out = resolve(options.out)
  let html: string
  try {
    html = readFileSync(resolve(distDir, 'index.html'), 'utf8')
  } catch (cause) {
    throw new ExportError(`no built deck at ${distDir}/index.html (run \`npm run build\`)`, { cause })
  }
  const inHtml = slidesInHtml(html)
  if (!inHtml.length) throw new ExportError(`${distDir}/index.html holds no slides`)
  // The slides and fragments PDFs are the talk: backup slides only with --backup.
  const dropBackups = kind !== 'handout' && !options.backup
  const ids = inHtml.filter((s) => !(dropBackups && s.backup)).map((s) => s.id)

  const warnings: string[] = []
  const server = await serveDir(distDir)
  const browser = await launchBrowser().catch(async (e: unknown) => {
    await server.close()
    throw new ExportError(e instanceof Error ? e.message : String(e), { cause: e })
  })
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
      // The handout adds its own stylesheet to the page, which the deck's Content-Security-Policy
      // would refuse; the slides are printed under the policy, as a reader sees them.
      bypassCSP: kind === 'handout',
    })
    // tsx and vitest compile with esbuild's keepNames, which wraps functions in __name(): the
    // functions this module runs in the page need it defined there.
    await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn)')
    // The deck needs nothing from outside; anything that tries is refused and reported.
    await keepLocal(context, server.url, (url) => warnings.push(`blocked a request to ${url}`))
    const page = await context.newPage()
    page.on('console', (m) => m.type() === 'error' && warnings.push(`console error: ${m.text()}`))
    page.on('pageerror', (e) => warnings.push(`page error: ${e.message}`))

    const query = kind === 'fragments' ? '?print-pdf&pdfSeparateFragments=true' : '?print-pdf'
    log(`opening the print view of ${ids.length} slides`)
    await page.goto(`${server.url}index.html${query}`)
    await waitForReady(page, timeout)
    log(`deck ready in ${seconds(Date.now() - started)}`)
    if (dropBackups) {
      const left = await page.evaluate(removeBackupPages)
      if (left.length) log(`left out ${left.length} backup slide(s) (--backup prints them)`)
    }

    const printed = await page.evaluate(readPrintedDeck)
    const printedIds = printed.slides.map((s) => s.id)
    if (printedIds.join() !== ids.join()) {
      const missing = ids.filter((id) => !printedIds.includes(id))
      throw new ExportError(
        `the print view shows ${printedIds.length} slides, the built deck has ${ids.length}` +
          (missing.length ? ` (missing: ${missing.join(', ')})` : ' (in another order)'),
      )
    }
    if (!printed.pageWidth || !printed.pageHeight) throw new ExportError('reveal.js set no @page size: is this a reveal.js print view?')

    const clipped = await page.evaluate(findClippedContent)
    if (clipped.length) {
      const lines = clipped.map((c) => `  - slide "${c.slide}": ${c.what} runs ${c.by} px past the ${c.edge}`)
      throw new ExportError(
        `${new Set(clipped.map((c) => c.slide)).size} slide(s) do not fit their page, and the PDF would cut them off. ` +
          `Shorten the content or fix its layout:\n${lines.join('\n')}`,
      )
    }

    let expectedPages: number
    let pdfOptions: Parameters<Page['pdf']>[0]
    let outline: PdfOutlineItem[]
    if (kind === 'handout') {
      await page.addStyleTag({ content: HANDOUT_CSS })
      const layout: HandoutLayout = await page.evaluate(layoutHandout, {
        printedWidth: printed.pageWidth,
        printedHeight: printed.printedHeight,
        questions: options.questions,
      })
      if (layout.tooTall.length)
        throw new ExportError(`the notes of ${layout.tooTall.map((id) => `"${id}"`).join(', ')} are too long for one handout page`)
      const placed = new Map(layout.placements.map((p) => [p.id, p]))
      const slides = printed.slides.filter((s) => placed.has(s.id))
      const at = (s: PrintedSlide) => ({ page: placed.get(s.id)!.page, top: placed.get(s.id)!.top * 0.75 })
      outline = outlineFor(
        slides.filter((s) => !s.backup),
        at,
      )
      if (layout.references.count) outline.push({ title: 'References', page: layout.references.page })
      if (layout.questions.count) outline.push({ title: 'Questions from the room', page: layout.questions.page })
      // In the handout the backup slides follow the references.
      outline.push(
        ...outlineFor(
          slides.filter((s) => s.backup),
          at,
        ),
      )
      expectedPages = layout.pages
      pdfOptions = { width: `${HANDOUT_PAGE.widthMm}mm`, height: `${HANDOUT_PAGE.heightMm}mm` }
      log(`laid out the handout: ${slides.length} slides with notes, ${layout.references.count} references, ${layout.pages} pages`)
    } else {
      const firstPage: number[] = []
      expectedPages = 0
      for (const s of printed.slides) {
        firstPage.push(expectedPages)
        expectedPages += kind === 'fragments' ? 1 + s.fragmentSteps : 1
      }
      const perSlide = printed.slides.find((s) => s.pages !== (kind === 'fragments' ? 1 + s.fragmentSteps : 1))
      if (perSlide)
        throw new ExportError(
          `reveal.js printed ${perSlide.pages} page(s) for slide "${perSlide.id}"; ${kind === 'fragments' ? 'one per fragment step' : 'one'} expected`,
        )
      outline = outlineFor(printed.slides, (_s, i) => ({ page: firstPage[i]! }))
      pdfOptions = { width: `${printed.pageWidth}px`, height: `${printed.pageHeight}px` }
    }
    // Fonts the handout's text brings in must be loaded before printing.
    await page.evaluate(() => document.fonts.ready.then(() => undefined))

    log(`printing ${expectedPages} pages`)
    const raw = await page.pdf({ ...pdfOptions, preferCSSPageSize: true, printBackground: true, tagged: true, outline: false })
    const { bytes: pdf, pages } = await amendPdf(raw, {
      info: {
        title: kind === 'handout' ? `${printed.title} (handout)` : printed.title,
        author: printed.author || undefined,
        subject: printed.description || undefined,
      },
      outline,
    })
    if (pages !== expectedPages) {
      const unit = kind === 'fragments' ? 'fragment steps' : kind === 'handout' ? 'handout sheets' : 'slides'
      throw new ExportError(
        `the PDF has ${pages} pages but the deck has ${expectedPages} ${unit}: ` +
          (pages > expectedPages ? 'some page spilled onto an extra page' : 'some pages are missing') +
          '; nothing was written',
      )
    }
    writeFileSync(out, pdf)
    return { file: out, kind, pages, expectedPages, slides: ids.length, bytes: pdf.byteLength, ms: Date.now() - started, warnings }
  } finally {
    await browser.close()
    await server.close()
  }
}
