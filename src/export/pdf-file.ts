/**
 * What the exporter adds to the PDF Chromium prints, through @cantoo/pdf-lib (the maintained fork
 * of pdf-lib): the document information Chromium's page.pdf() cannot set (Author, Subject, our
 * Title) and an outline by part and slide title. pdf-lib has no outline API, so the outline items
 * are dictionaries built with its object model (ISO 32000-1, 12.3.3) and registered in the document.
 */
import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  type PDFPage,
} from '@cantoo/pdf-lib'

export interface PdfInfo {
  title?: string
  author?: string
  subject?: string
}

export interface PdfOutlineItem {
  title: string
  /** 0-based page index. */
  page: number
  /** Distance from the top of the page, in points, where the target starts; the whole page when absent. */
  top?: number
  children?: readonly PdfOutlineItem[]
}

export interface PdfAmendments {
  info?: PdfInfo
  /** The bookmarks; replaces any outline the PDF had. */
  outline?: readonly PdfOutlineItem[]
}

/** An outline item that points at no page of the PDF: the exporter's own mistake, named. */
export class PdfOutlineError extends Error {
  constructor(title: string, page: number, pages: number) {
    super(`outline item "${title}" points at page ${page + 1}; the PDF has ${pages}`)
    this.name = 'PdfOutlineError'
  }
}

/** Set the document information and the outline; returns the new file and its page count. */
export async function amendPdf(pdf: Uint8Array, amendments: PdfAmendments): Promise<{ bytes: Uint8Array; pages: number }> {
  // updateMetadata: false keeps what Chromium wrote (Producer, Creator, dates) rather than pdf-lib's own.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })
  const pages = doc.getPages()
  const { info, outline } = amendments
  if (info?.title !== undefined) doc.setTitle(info.title)
  if (info?.author !== undefined) doc.setAuthor(info.author)
  if (info?.subject !== undefined) doc.setSubject(info.subject)
  if (outline) {
    doc.catalog.set(PDFName.of('Outlines'), addOutline(doc, pages, outline))
    doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  }
  // No object streams: they need PDF 1.5, and Chromium declares 1.4 in the header pdf-lib keeps.
  // By default pdf-lib yields to the event loop every 100 objects while parsing and writing (for
  // browsers' UIs); a CLI has nothing to yield to, and the yields cost several times the work.
  return { bytes: await doc.save({ useObjectStreams: false, objectsPerTick: Infinity }), pages: pages.length }
}

/** The outline's dictionaries, linked as the spec's doubly linked lists; returns the outline root. */
function addOutline(doc: PDFDocument, pages: readonly PDFPage[], items: readonly PdfOutlineItem[]): PDFRef {
  const context = doc.context
  const visibleCount = (list: readonly PdfOutlineItem[]): number => list.reduce((n, item) => n + 1 + visibleCount(item.children ?? []), 0)
  const destination = (item: PdfOutlineItem): PDFArray => {
    const page = pages[item.page]
    if (!page) throw new PdfOutlineError(item.title, item.page, pages.length)
    if (item.top === undefined) return context.obj([page.ref, 'Fit'])
    const box = page.getMediaBox()
    return context.obj([page.ref, 'XYZ', null, PDFNumber.of(Number((box.y + box.height - item.top).toFixed(2))), null])
  }
  // References first, so that siblings and parents can name each other.
  const place = (list: readonly PdfOutlineItem[], parent: PDFRef): PDFRef[] => {
    const refs = list.map(() => context.nextRef())
    list.forEach((item, i) => {
      const node = context.obj({ Title: PDFHexString.fromText(item.title), Parent: parent, Dest: destination(item) })
      if (i > 0) node.set(PDFName.of('Prev'), refs[i - 1]!)
      if (i < list.length - 1) node.set(PDFName.of('Next'), refs[i + 1]!)
      const kids = place(item.children ?? [], refs[i]!)
      if (kids.length) {
        node.set(PDFName.of('First'), kids[0]!)
        node.set(PDFName.of('Last'), kids.at(-1)!)
        node.set(PDFName.of('Count'), PDFNumber.of(visibleCount(item.children!)))
      }
      context.assign(refs[i]!, node)
    })
    return refs
  }
  const root = context.nextRef()
  const top = place(items, root)
  const dict = context.obj({ Type: 'Outlines', Count: visibleCount(items) })
  if (top.length) {
    dict.set(PDFName.of('First'), top[0]!)
    dict.set(PDFName.of('Last'), top.at(-1)!)
  }
  context.assign(root, dict)
  return root
}

/** An outline item read back: where it lands, for tests and checks. */
export interface PdfOutlineTarget {
  title: string
  page: number
  /** The /XYZ destination's top, in points from the page's bottom; undefined for /Fit. */
  y?: number
  children: PdfOutlineTarget[]
}

/** The outline of a PDF read back with pdf-lib: titles, the page each lands on and where on it. */
export async function readPdfOutline(pdf: Uint8Array): Promise<PdfOutlineTarget[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const context = doc.context
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]))
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const read = (first: PDFRef | undefined, depth: number): PdfOutlineTarget[] => {
    const out: PdfOutlineTarget[] = []
    for (let ref = first; ref && depth < 8;) {
      const node = context.lookup(ref, PDFDict)
      const title = node.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText()
      const dest = node.lookup(PDFName.of('Dest'), PDFArray)
      const target = dest.get(0)
      const kind = dest.lookupMaybe(1, PDFName)?.asString()
      const y = kind === '/XYZ' ? dest.lookupMaybe(3, PDFNumber)?.asNumber() : undefined
      out.push({
        title,
        page: target instanceof PDFRef ? (pageIndex.get(target.toString()) ?? -1) : -1,
        ...(y === undefined ? {} : { y }),
        children: read(node.get(PDFName.of('First')) as PDFRef | undefined, depth + 1),
      })
      ref = node.get(PDFName.of('Next')) as PDFRef | undefined
    }
    return out
  }
  return root ? read(root.get(PDFName.of('First')) as PDFRef | undefined, 0) : []
}
