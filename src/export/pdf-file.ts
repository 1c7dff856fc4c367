/**
 * The little of PDF the exporter needs after Chromium has printed: count the pages, and add what
 * Chromium's page.pdf() cannot set (the Author, and an outline by part and slide title) as an
 * incremental update (ISO 32000-1, 7.5.6). The bytes Chromium wrote stay as they are; new versions
 * of the document information and catalog objects, the outline objects and a new cross-reference
 * section are appended after them.
 *
 * Chromium's Skia backend writes a classic cross-reference table and plain (uncompressed) page
 * tree and catalog objects. Anything else (cross-reference or object streams, encryption) is
 * refused with a clear error rather than guessed at.
 */

export class PdfStructureError extends Error {
  constructor(detail: string) {
    super(`unexpected PDF structure: ${detail}`)
    this.name = 'PdfStructureError'
  }
}

/** One PDF value, with the source text it was read from (written back unchanged where kept). */
export type PdfValue =
  | { kind: 'dict'; entries: Map<string, PdfValue>; raw: string }
  | { kind: 'array'; items: PdfValue[]; raw: string }
  | { kind: 'ref'; num: number; gen: number; raw: string }
  | { kind: 'name'; name: string; raw: string }
  | { kind: 'number'; value: number; raw: string }
  | { kind: 'string'; raw: string }
  | { kind: 'other'; raw: string }

const WHITESPACE = /[\0\t\n\f\r ]/
const DELIMITER = /[()<>[\]{}/%]/

/** A reader for PDF objects in a latin1 string (one char per byte, so offsets are byte offsets). */
class Reader {
  constructor(
    readonly text: string,
    public pos: number,
  ) {}

  skipSpace(): void {
    for (;;) {
      const c = this.text[this.pos]
      if (c === undefined) return
      if (WHITESPACE.test(c)) this.pos++
      else if (c === '%') while (this.pos < this.text.length && !/[\r\n]/.test(this.text[this.pos]!)) this.pos++
      else return
    }
  }

  private token(): string {
    const start = this.pos
    while (this.pos < this.text.length && !WHITESPACE.test(this.text[this.pos]!) && !DELIMITER.test(this.text[this.pos]!)) this.pos++
    return this.text.slice(start, this.pos)
  }

  value(): PdfValue {
    this.skipSpace()
    const start = this.pos
    const c = this.text[this.pos]
    const raw = () => this.text.slice(start, this.pos)
    if (c === undefined) throw new PdfStructureError(`value expected at byte ${start}, found the end of the file`)
    if (this.text.startsWith('<<', this.pos)) {
      this.pos += 2
      const entries = new Map<string, PdfValue>()
      for (;;) {
        this.skipSpace()
        if (this.text.startsWith('>>', this.pos)) {
          this.pos += 2
          return { kind: 'dict', entries, raw: raw() }
        }
        const key = this.value()
        if (key.kind !== 'name') throw new PdfStructureError(`a name was expected as a dictionary key at byte ${this.pos}`)
        entries.set(key.name, this.value())
      }
    }
    if (c === '[') {
      this.pos++
      const items: PdfValue[] = []
      for (;;) {
        this.skipSpace()
        if (this.text[this.pos] === ']') {
          this.pos++
          return { kind: 'array', items, raw: raw() }
        }
        if (this.pos >= this.text.length) throw new PdfStructureError(`unterminated array from byte ${start}`)
        items.push(this.value())
      }
    }
    if (c === '(') {
      let depth = 0
      for (; this.pos < this.text.length; this.pos++) {
        const ch = this.text[this.pos]
        if (ch === '\\') this.pos++
        else if (ch === '(') depth++
        else if (ch === ')' && --depth === 0) {
          this.pos++
          return { kind: 'string', raw: raw() }
        }
      }
      throw new PdfStructureError(`unterminated string from byte ${start}`)
    }
    if (c === '<') {
      const end = this.text.indexOf('>', this.pos)
      if (end < 0) throw new PdfStructureError(`unterminated hex string from byte ${start}`)
      this.pos = end + 1
      return { kind: 'string', raw: raw() }
    }
    if (c === '/') {
      this.pos++
      const name = this.token()
      return { kind: 'name', name, raw: raw() }
    }
    const word = this.token()
    if (!word) throw new PdfStructureError(`unexpected ${JSON.stringify(c)} at byte ${start}`)
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      // "12 0 R" is a reference; look ahead without consuming anything else.
      const ref = /^[\0\t\n\f\r ]+(\d+)[\0\t\n\f\r ]+R(?![^\0\t\n\f\r ()<>[\]{}/%])/.exec(this.text.slice(this.pos, this.pos + 32))
      if (/^\d+$/.test(word) && ref) {
        this.pos += ref[0].length
        return { kind: 'ref', num: Number(word), gen: Number(ref[1]), raw: raw() }
      }
      return { kind: 'number', value: Number(word), raw: word }
    }
    return { kind: 'other', raw: word }
  }
}

export interface PdfStructure {
  /** Offsets of the objects in use, by object number (the newest section wins). */
  offsets: Map<number, number>
  trailer: Map<string, PdfValue>
  /** Offset of the newest cross-reference section. */
  startxref: number
  size: number
  /** Reference of each page, in document order. */
  pages: { num: number; gen: number; mediaBox?: readonly number[] }[]
}

function asLatin1(pdf: Uint8Array): string {
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1')
}

function readXref(text: string, offset: number, offsets: Map<number, number>): Map<string, PdfValue> {
  if (!text.startsWith('xref', offset))
    throw new PdfStructureError(`no classic cross-reference table at byte ${offset} (cross-reference streams are not supported)`)
  const reader = new Reader(text, offset + 4)
  for (;;) {
    reader.skipSpace()
    if (text.startsWith('trailer', reader.pos)) break
    const head = /^(\d+)[ ]+(\d+)[ \t]*\r?\n?/.exec(text.slice(reader.pos, reader.pos + 40))
    if (!head) throw new PdfStructureError(`bad cross-reference subsection at byte ${reader.pos}`)
    reader.pos += head[0].length
    const first = Number(head[1])
    const count = Number(head[2])
    for (let i = 0; i < count; i++) {
      reader.skipSpace()
      const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(text.slice(reader.pos, reader.pos + 18))
      if (!entry) throw new PdfStructureError(`bad cross-reference entry at byte ${reader.pos}`)
      reader.pos += 18
      // An older section never overrides a newer one: sections are read newest first.
      if (!offsets.has(first + i)) offsets.set(first + i, entry[3] === 'n' ? Number(entry[1]) : -1)
    }
  }
  reader.pos += 'trailer'.length
  const trailer = reader.value()
  if (trailer.kind !== 'dict') throw new PdfStructureError('the trailer is not a dictionary')
  return trailer.entries
}

/** The object `num` as a value (its dictionary, for the objects read here). */
function readObject(text: string, offsets: Map<number, number>, num: number): PdfValue {
  const at = offsets.get(num)
  if (at === undefined || at < 0) throw new PdfStructureError(`object ${num} is not in the cross-reference table`)
  const head = /^(\d+)\s+(\d+)\s+obj/.exec(text.slice(at, at + 32))
  if (!head || Number(head[1]) !== num) throw new PdfStructureError(`object ${num} is not at byte ${at}`)
  return new Reader(text, at + head[0].length).value()
}

function refOf(value: PdfValue | undefined, what: string): { num: number; gen: number } {
  if (value?.kind !== 'ref') throw new PdfStructureError(`${what} is not an indirect reference`)
  return value
}

function numbers(value: PdfValue | undefined): number[] | undefined {
  if (value?.kind !== 'array') return undefined
  const out = value.items.map((v) => (v.kind === 'number' ? v.value : NaN))
  return out.every(Number.isFinite) ? out : undefined
}

/** Read the cross-reference sections, the trailer and the page tree. */
export function readPdfStructure(pdf: Uint8Array): PdfStructure {
  const text = asLatin1(pdf)
  if (!text.startsWith('%PDF-')) throw new PdfStructureError('the file does not start with %PDF-')
  const tail = text.slice(-1024)
  const sx = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)
  if (!sx) throw new PdfStructureError('no startxref at the end of the file')
  const startxref = Number(sx[1])
  const offsets = new Map<number, number>()
  let trailer: Map<string, PdfValue> | undefined
  const seen = new Set<number>()
  for (let at: number | undefined = startxref; at !== undefined;) {
    if (seen.has(at)) throw new PdfStructureError('the cross-reference sections form a loop')
    seen.add(at)
    const t = readXref(text, at, offsets)
    trailer ??= t
    const prev = t.get('Prev')
    at = prev?.kind === 'number' ? prev.value : undefined
  }
  if (!trailer) throw new PdfStructureError('no trailer')
  if (trailer.has('Encrypt')) throw new PdfStructureError('the file is encrypted')
  const size = trailer.get('Size')
  if (size?.kind !== 'number') throw new PdfStructureError('the trailer has no /Size')

  const root = readObject(text, offsets, refOf(trailer.get('Root'), '/Root').num)
  if (root.kind !== 'dict') throw new PdfStructureError('the catalog is not a dictionary')
  const pages: PdfStructure['pages'] = []
  const visit = (num: number, gen: number, inherited: number[] | undefined, depth: number) => {
    if (depth > 32) throw new PdfStructureError('the page tree is too deep')
    const node = readObject(text, offsets, num)
    if (node.kind !== 'dict') throw new PdfStructureError(`page tree node ${num} is not a dictionary`)
    const type = node.entries.get('Type')
    const mediaBox = numbers(node.entries.get('MediaBox')) ?? inherited
    if (type?.kind === 'name' && type.name === 'Pages') {
      const kids = node.entries.get('Kids')
      if (kids?.kind !== 'array') throw new PdfStructureError(`page tree node ${num} has no /Kids`)
      for (const kid of kids.items) {
        const ref = refOf(kid, `a kid of page tree node ${num}`)
        visit(ref.num, ref.gen, mediaBox, depth + 1)
      }
    } else pages.push({ num, gen, mediaBox })
  }
  const pagesRef = refOf(root.entries.get('Pages'), 'the catalog’s /Pages')
  visit(pagesRef.num, pagesRef.gen, undefined, 0)
  return { offsets, trailer, startxref, size: size.value, pages }
}

/** Number of pages in a PDF, from its page tree. */
export function pdfPageCount(pdf: Uint8Array): number {
  return readPdfStructure(pdf).pages.length
}

/** A text string as PDF writes Unicode: UTF-16BE with a byte order mark, in hex. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase()
  return `<${hex}>`
}

export interface PdfInfo {
  title?: string
  author?: string
  subject?: string
  keywords?: string
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

const INFO_KEYS: Record<keyof PdfInfo, string> = { title: 'Title', author: 'Author', subject: 'Subject', keywords: 'Keywords' }

/** Append an incremental update that sets the document information and the outline. */
export function amendPdf(pdf: Uint8Array, amendments: PdfAmendments): Uint8Array {
  const structure = readPdfStructure(pdf)
  const text = asLatin1(pdf)
  const { trailer, pages } = structure
  let next = structure.size
  const objects: { num: number; body: string }[] = []
  const add = (body: string, num = next++) => {
    objects.push({ num, body })
    return num
  }

  // Document information: keep what Chromium wrote (Creator, Producer, dates), set the rest.
  let infoNum: number | undefined
  if (amendments.info) {
    const oldRef = trailer.get('Info')
    const old = oldRef?.kind === 'ref' ? readObject(text, structure.offsets, oldRef.num) : undefined
    const entries = new Map<string, string>()
    if (old?.kind === 'dict') for (const [k, v] of old.entries) entries.set(k, v.raw)
    for (const [key, name] of Object.entries(INFO_KEYS) as [keyof PdfInfo, string][]) {
      const value = amendments.info[key]
      if (value !== undefined) entries.set(name, pdfTextString(value))
    }
    const body = `<<${[...entries].map(([k, v]) => `/${k} ${v}`).join('\n')}>>`
    infoNum = add(body, oldRef?.kind === 'ref' ? oldRef.num : undefined)
  }

  // Outline: one object per item, linked as the spec's doubly linked lists.
  let outlineNum: number | undefined
  if (amendments.outline) {
    const visibleCount = (items: readonly PdfOutlineItem[]): number =>
      items.reduce((n, item) => n + 1 + visibleCount(item.children ?? []), 0)
    const dest = (item: PdfOutlineItem) => {
      const page = pages[item.page]
      if (!page) throw new Error(`outline item "${item.title}" points at page ${item.page + 1}; the PDF has ${pages.length}`)
      const box = page.mediaBox
      return item.top !== undefined && box && box.length === 4
        ? `[${page.num} ${page.gen} R /XYZ null ${(box[3]! - item.top).toFixed(2)} null]`
        : `[${page.num} ${page.gen} R /Fit]`
    }
    const root = next++
    // Numbers first, so siblings can name each other.
    const place = (items: readonly PdfOutlineItem[], parent: number): { first?: number; last?: number } => {
      const nums = items.map(() => next++)
      items.forEach((item, i) => {
        const kids = place(item.children ?? [], nums[i]!)
        const entries = [`/Title ${pdfTextString(item.title)}`, `/Parent ${parent} 0 R`, `/Dest ${dest(item)}`]
        if (i > 0) entries.push(`/Prev ${nums[i - 1]} 0 R`)
        if (i < items.length - 1) entries.push(`/Next ${nums[i + 1]} 0 R`)
        if (kids.first !== undefined)
          entries.push(`/First ${kids.first} 0 R`, `/Last ${kids.last} 0 R`, `/Count ${visibleCount(item.children!)}`)
        add(`<<${entries.join('\n')}>>`, nums[i])
      })
      return { first: nums[0], last: nums.at(-1) }
    }
    const top = place(amendments.outline, root)
    const entries = ['/Type /Outlines', `/Count ${visibleCount(amendments.outline)}`]
    if (top.first !== undefined) entries.push(`/First ${top.first} 0 R`, `/Last ${top.last} 0 R`)
    add(`<<${entries.join('\n')}>>`, root)
    outlineNum = root

    // A new version of the catalog pointing at the outline, opening with the bookmarks shown.
    const rootRef = refOf(trailer.get('Root'), '/Root')
    const catalog = readObject(text, structure.offsets, rootRef.num)
    if (catalog.kind !== 'dict') throw new PdfStructureError('the catalog is not a dictionary')
    const kept = [...catalog.entries].filter(([k]) => k !== 'Outlines' && k !== 'PageMode').map(([k, v]) => `/${k} ${v.raw}`)
    add(`<<${[...kept, `/Outlines ${outlineNum} 0 R`, '/PageMode /UseOutlines'].join('\n')}>>`, rootRef.num)
  }

  if (!objects.length) return pdf
  const chunks: string[] = []
  let offset = pdf.byteLength
  const push = (s: string) => {
    chunks.push(s)
    offset += s.length
  }
  const lastByte = pdf[pdf.byteLength - 1]
  if (lastByte !== 0x0a && lastByte !== 0x0d) push('\n')
  const written = new Map<number, number>()
  for (const o of objects) {
    written.set(o.num, offset)
    push(`${o.num} 0 obj\n${o.body}\nendobj\n`)
  }
  const xrefAt = offset
  const nums = [...written.keys()].sort((a, b) => a - b)
  let xref = 'xref\n'
  for (let i = 0; i < nums.length;) {
    let j = i
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++
    xref += `${nums[i]} ${j - i + 1}\n`
    for (let k = i; k <= j; k++) xref += `${String(written.get(nums[k]!)).padStart(10, '0')} 00000 n \n`
    i = j + 1
  }
  push(xref)
  const size = Math.max(structure.size, next)
  const trailerEntries = [`/Size ${size}`, `/Root ${trailer.get('Root')!.raw}`, `/Prev ${structure.startxref}`]
  const info = infoNum !== undefined ? `${infoNum} 0 R` : trailer.get('Info')?.raw
  if (info) trailerEntries.push(`/Info ${info}`)
  const id = trailer.get('ID')
  if (id) trailerEntries.push(`/ID ${id.raw}`)
  push(`trailer\n<<${trailerEntries.join('\n')}>>\nstartxref\n${xrefAt}\n%%EOF\n`)
  const tailBytes = Buffer.from(chunks.join(''), 'latin1')
  return Buffer.concat([Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength), tailBytes])
}

/** The outline of a PDF written by amendPdf, read back: titles and page indices (for tests and checks). */
export function readPdfOutline(pdf: Uint8Array): PdfOutlineItem[] {
  const text = asLatin1(pdf)
  const structure = readPdfStructure(pdf)
  const root = readObject(text, structure.offsets, refOf(structure.trailer.get('Root'), '/Root').num)
  if (root.kind !== 'dict') return []
  const outlines = root.entries.get('Outlines')
  if (outlines?.kind !== 'ref') return []
  const pageIndex = new Map(structure.pages.map((p, i) => [p.num, i]))
  const decode = (raw: string): string => {
    const hex = /^<FEFF([0-9A-Fa-f]*)>$/.exec(raw)
    if (hex) return String.fromCharCode(...(hex[1]!.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)))
    return raw.replace(/^\(|\)$/g, '')
  }
  const items = (first: PdfValue | undefined, depth: number): PdfOutlineItem[] => {
    const out: PdfOutlineItem[] = []
    for (let ref = first; ref?.kind === 'ref' && depth < 8;) {
      const node = readObject(text, structure.offsets, ref.num)
      if (node.kind !== 'dict') break
      const dest = node.entries.get('Dest')
      const target = dest?.kind === 'array' ? dest.items[0] : undefined
      out.push({
        title: decode(node.entries.get('Title')?.raw ?? ''),
        page: target?.kind === 'ref' ? (pageIndex.get(target.num) ?? -1) : -1,
        children: items(node.entries.get('First'), depth + 1),
      })
      ref = node.entries.get('Next')
    }
    return out
  }
  const top = readObject(text, structure.offsets, outlines.num)
  return top.kind === 'dict' ? items(top.entries.get('First'), 0) : []
}
