/**
 * The handout: a document someone can read without having heard the talk. A4 landscape, two
 * slides a page, each slide (vector, scaled down) with the speaker's notes beside it, then the
 * references as text. It is laid out inside reveal.js's own print view, after `pdf-ready`, so the
 * slides are exactly the PDF's: fragments shown, diagrams drawn, formulas set.
 *
 * Pagination is done here rather than left to Chromium: each sheet is one page, filled until the
 * next row would not fit, so the exporter knows the page count and where every slide landed (for
 * the bookmarks) before it prints.
 */

/** The handout's page: A4 landscape. */
export const HANDOUT_PAGE = { widthMm: 297, heightMm: 210 } as const

export interface HandoutOptions {
  /** Size of one of reveal.js's printed pages (.pdf-page), in CSS px, measured before the handout's styles apply. */
  printedWidth: number
  printedHeight: number
  /** The room's questions (hidden ones already left out), for "Questions from the room" after the references. */
  questions?: HandoutQuestion[]
}

/** A question from the talk's session file, as the handout prints it. */
export interface HandoutQuestion {
  slideTitle: string
  text: string
  name: string
  votes: number
  answered: boolean
}

export interface HandoutPlacement {
  /** Slide id, or 'references'. */
  id: string
  /** 0-based sheet (page) index. */
  page: number
  /** CSS px from the top of the sheet to the row. */
  top: number
}

export interface HandoutLayout {
  pages: number
  placements: HandoutPlacement[]
  /** How many references were set, and on which page they start (-1 without any). */
  references: { count: number; page: number }
  /** The same for the room's questions. */
  questions: { count: number; page: number }
  /** Rows taller than a page: their notes are too long for the handout. */
  tooTall: string[]
}

/** Styles of the handout; later in the page than reveal.js's print rules, and more specific. */
export const HANDOUT_CSS = `
@page { size: ${HANDOUT_PAGE.widthMm}mm ${HANDOUT_PAGE.heightMm}mm; margin: 0; }
html.reveal-print body { width: ${HANDOUT_PAGE.widthMm}mm !important; height: auto !important; background: #fff; }
.handout-sheet {
  box-sizing: border-box; width: ${HANDOUT_PAGE.widthMm}mm;
  /* One pixel short of the page, as reveal.js does (pdfPageHeightOffset), so rounding never adds a blank page. */
  height: calc(${HANDOUT_PAGE.heightMm}mm - 1px);
  padding: 9mm 12mm 7mm; display: flex; flex-direction: column; overflow: hidden;
  break-after: page; page-break-after: always; position: relative;
  background: #fff; text-align: left;
}
/* The handout's own text; the slides inside keep the deck's font and size, inherited from .reveal. */
.handout-sheet > header, .handout-sheet > footer, .handout-intro, .handout-notes, .handout-references {
  color: #1b1f24; font: 13.5px/1.42 'Source Sans 3', 'Source Sans Pro', Arial, sans-serif;
}
.handout-sheet:last-child { break-after: auto; page-break-after: auto; }
.handout-sheet > header, .handout-sheet > footer {
  flex: none; display: flex; justify-content: space-between; gap: 2em; font-size: 10.5px; color: #5b6470;
}
.handout-sheet > header { border-bottom: 1px solid #d5dae0; padding-bottom: 2mm; margin-bottom: 4mm; }
.handout-sheet > footer { border-top: 1px solid #d5dae0; padding-top: 2mm; margin-top: 3mm; }
.handout-body { flex: 1 1 auto; min-height: 0; display: flex; flex-direction: column; gap: 5mm; overflow: hidden; }
.handout-intro h1 { font-size: 26px; line-height: 1.15; margin: 0 0 1.5mm; color: #1b1f24; }
.handout-intro p { margin: 0 0 1mm; font-size: 13px; color: #3b434d; }
.handout-row { display: flex; gap: 7mm; align-items: flex-start; break-inside: avoid; }
/* contain: the unscaled page inside must not widen the document, or Chromium shrinks every page to fit it. */
.handout-thumb { flex: none; position: relative; overflow: hidden; contain: strict; outline: 0.75px solid #aab3bd; background: #fff; }
.handout-thumb > .pdf-page {
  display: block !important; position: absolute !important; left: 0; top: 0; transform-origin: 0 0;
  break-after: auto !important; page-break-after: auto !important;
}
.handout-notes { flex: 1 1 0; min-width: 0; }
.handout-notes .handout-meta { margin: 0 0 1.5mm; font-size: 11px; font-weight: 600; color: #1f5f99; letter-spacing: 0.02em; }
.handout-notes h2 { font-size: 15px; line-height: 1.25; margin: 0 0 2mm; color: #1b1f24; }
.handout-notes p { margin: 0 0 1.6mm; }
.handout-notes .pace { display: none; }
.handout-sources { margin-top: 2.5mm; padding-top: 1.5mm; border-top: 0.75px solid #d5dae0; font-size: 11.5px; line-height: 1.35; color: #3b434d; }
.handout-sources p { margin: 0; }
.handout-sources-label { color: #1f5f99; font-weight: 600; }
.handout-sources a { color: inherit; text-decoration: none; }
.handout-references h2 { font-size: 20px; margin: 0 0 3mm; color: #1b1f24; }
.handout-references ol {
  list-style: none; margin: 0; padding: 0; columns: 2; column-gap: 9mm; column-fill: auto;
  height: 100%; font-size: 12.5px; line-height: 1.35;
}
.handout-references { flex: 1 1 auto; min-height: 0; display: flex; flex-direction: column; }
.handout-references ol { flex: 1 1 auto; min-height: 0; }
.handout-references li { break-inside: avoid; margin: 0 0 2mm; padding-left: 1.2em; text-indent: -1.2em; }
.handout-references .ref-url { color: #5b6470; word-break: break-all; }
.handout-references cite { font-style: italic; }
.handout-questions li { text-indent: 0; padding-left: 0; }
.handout-questions .q-meta { color: #5b6470; font-size: 11.5px; }
`

/**
 * Runs in the page (print view, after `pdf-ready`): moves reveal.js's printed pages into handout
 * sheets and returns where everything landed. Self-contained: it is serialised into the page.
 */
export function layoutHandout(options: HandoutOptions): HandoutLayout {
  const mm = 96 / 25.4
  const slidesEl = document.querySelector<HTMLElement>('.reveal .slides')
  if (!slidesEl) throw new Error('no .reveal .slides element in the print view')
  const printed = Array.from(slidesEl.querySelectorAll<HTMLElement>(':scope > .pdf-page'))
  const docTitle = document.title
  const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? ''
  const el = (tag: string, className = '', text = '') => {
    const e = document.createElement(tag)
    if (className) e.className = className
    if (text) e.textContent = text
    return e
  }

  const root = el('div', 'handout')
  slidesEl.append(root)
  const sheets: { sheet: HTMLElement; body: HTMLElement }[] = []
  const newSheet = () => {
    // A div: reveal.js's print rules position every <section> under .slides absolutely.
    const sheet = el('div', 'handout-sheet')
    const header = el('header')
    header.append(el('span', '', docTitle), el('span', '', 'Handout: slides with the speaker’s notes'))
    const body = el('div', 'handout-body')
    const footer = el('footer')
    footer.append(el('span', '', meta('author')), el('span', 'handout-page-number'))
    sheet.append(header, body, footer)
    root.append(sheet)
    sheets.push({ sheet, body })
    return sheets[sheets.length - 1]!
  }
  const overflows = (box: HTMLElement) => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1

  // The page's content area decides the thumbnail size: two rows of slides fill a sheet.
  let current = newSheet()
  const intro = el('div', 'handout-intro')
  intro.append(el('h1', '', docTitle), el('p', '', meta('description')))
  current.body.append(intro)
  const bodyHeight = current.body.clientHeight
  const { printedWidth, printedHeight } = options
  const gap = 5 * mm
  const thumbHeight = Math.floor((bodyHeight - gap) / 2)
  const scale = Math.min(thumbHeight / printedHeight, (0.62 * current.body.clientWidth) / printedWidth)

  const placements: HandoutPlacement[] = []
  const tooTall: string[] = []
  const references: HTMLElement[] = []
  // Backup slides wait until after the references (placed at the end, marked as backup).
  const backupRows: [HTMLElement, string][] = []
  let placingBackups = false
  const place = (row: HTMLElement, id: string) => {
    if (!placingBackups && row.querySelector('section[data-backup]')) {
      backupRows.push([row, id])
      return
    }
    current.body.append(row)
    if (overflows(current.body)) {
      const alone = current.body.children.length === 1
      if (!alone) {
        current = newSheet()
        current.body.append(row)
      }
      if (overflows(current.body)) tooTall.push(id)
    }
    placements.push({ id, page: sheets.length - 1, top: row.getBoundingClientRect().top - current.sheet.getBoundingClientRect().top })
  }

  printed.forEach((page, index) => {
    const section = page.querySelector<HTMLElement>(':scope > section')
    if (!section) return
    // Reference lists become text at the end; at slide scale they would be too small to read.
    if (section.classList.contains('layout-references')) {
      references.push(...Array.from(section.querySelectorAll<HTMLElement>('.references > li')))
      return
    }
    const row = el('article', 'handout-row')
    row.dataset.slide = section.id
    const thumb = el('div', 'handout-thumb')
    thumb.style.width = `${Math.round(printedWidth * scale)}px`
    thumb.style.height = `${Math.round(printedHeight * scale)}px`
    page.style.width = `${printedWidth}px`
    page.style.transform = `scale(${scale})`
    thumb.append(page)
    const notes = el('div', 'handout-notes')
    const partName = section.querySelector('.part-indicator .part-name')?.textContent?.trim()
    notes.append(el('p', 'handout-meta', [`Slide ${index + 1}`, partName ? `Part ${partName}` : ''].filter(Boolean).join(' · ')))
    const aside = section.querySelector('aside.notes')
    const body = el('div', 'handout-notes-text')
    if (aside) {
      body.innerHTML = aside.innerHTML
      body.querySelectorAll('.pace').forEach((p) => p.remove())
    }
    notes.append(body)
    // The author's source note, under the notes: kept out of the speaker view, so only the handout shows it.
    const sources = section.querySelector<HTMLTemplateElement>('template.slide-sources')
    if (sources) {
      const box = el('div', 'handout-sources')
      const text = el('p')
      text.append(el('strong', 'handout-sources-label', 'Sources: '), sources.content.cloneNode(true))
      box.append(text)
      notes.append(box)
    }
    row.append(thumb, notes)
    place(row, section.id)
  })

  /**
   * A list as text on sheets of its own, `heading` on the first and "(continued)" on the next:
   * an item that does not fit moves to a new sheet. The sheet it starts on, or -1 with no items.
   */
  const paginatedList = (id: string, heading: string, className: string, items: readonly HTMLElement[]): number => {
    if (!items.length) return -1
    let continued = false
    const block = () => {
      const wrap = el('div', className)
      wrap.append(el('h2', '', continued ? `${heading} (continued)` : heading))
      continued = true
      const list = el('ol')
      wrap.append(list)
      current.body.append(wrap)
      return list
    }
    current = newSheet()
    const first = sheets.length - 1
    placements.push({ id, page: first, top: 0 })
    let list = block()
    for (const item of items) {
      list.append(item)
      if (overflows(list) || overflows(current.body)) {
        current = newSheet()
        list = block()
        list.append(item)
      }
    }
    return first
  }

  const refPage = paginatedList('references', 'References', 'handout-references', references)
  // The room's questions, as text after the references; the same list styles, its own heading.
  const questions = options.questions ?? []
  const questionItems = questions.map((q) => {
    const item = el('li')
    const votes = `${q.votes} vote${q.votes === 1 ? '' : 's'}`
    item.append(
      el('span', 'q-text', q.text),
      el('br'),
      el(
        'span',
        'q-meta',
        [q.name || 'Anonymous', `on “${q.slideTitle}”`, votes, q.answered ? 'answered' : ''].filter(Boolean).join(' · '),
      ),
    )
    return item
  })
  const questionsPage = paginatedList('questions', 'Questions from the room', 'handout-references handout-questions', questionItems)

  if (backupRows.length) {
    placingBackups = true
    current = newSheet()
    const heading = el('div', 'handout-intro handout-backup-intro')
    heading.append(el('h1', '', 'Backup slides'), el('p', '', 'For questions after the talk: not part of its time.'))
    current.body.append(heading)
    backupRows.forEach(([row, id], k) => {
      row.classList.add('is-backup')
      const meta = row.querySelector('.handout-meta')
      if (meta) meta.textContent = meta.textContent!.replace(/^Slide \d+/, `Backup slide ${k + 1} of ${backupRows.length}`)
      place(row, id)
    })
  }

  sheets.forEach(({ sheet }, i) => {
    const n = sheet.querySelector('.handout-page-number')
    if (n) n.textContent = `Page ${i + 1} of ${sheets.length}`
  })
  // Pages of slides not placed (the reference lists, now text) leave the document.
  printed.forEach((page) => {
    if (!page.closest('.handout')) page.remove()
  })
  return {
    pages: sheets.length,
    placements,
    references: { count: references.length, page: refPage },
    questions: { count: questions.length, page: questionsPage },
    tooTall,
  }
}
