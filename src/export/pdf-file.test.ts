import { describe, expect, it } from 'vitest'
import { amendPdf, pdfPageCount, pdfTextString, PdfStructureError, readPdfOutline, readPdfStructure } from './pdf-file.ts'

/** A small PDF as Chromium's Skia writes them: classic xref table, a two-level page tree, an Info dictionary. */
function samplePdf(pages = 3): Buffer {
  const objects: string[] = []
  objects[1] = '<</Title (Old \\(title\\))\n/Producer (Skia/PDF m156)>>'
  objects[2] = '<</Type /Catalog\n/Pages 3 0 R\n/ViewerPreferences <</DisplayDocTitle true>>\n/Lang (en)>>'
  const leaves = Array.from({ length: pages }, (_, i) => 5 + i)
  objects[3] = `<</Type /Pages\n/Count ${pages}\n/Kids [4 0 R]\n/MediaBox [0 0 998.25 561]>>`
  objects[4] = `<</Type /Pages\n/Parent 3 0 R\n/Count ${pages}\n/Kids [${leaves.map((n) => `${n} 0 R`).join(' ')}]>>`
  for (const n of leaves) objects[n] = `<</Type /Page\n/Parent 4 0 R\n/Resources <<>>\n/Contents ${n + pages} 0 R>>`
  for (const n of leaves) objects[n + pages] = '<</Length 0>> stream\n\nendstream'
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = out.length
    out += `${n} 0 obj\n${objects[n]}\nendobj\n`
  }
  const xref = out.length
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`
  for (let n = 1; n < objects.length; n++) out += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<</Size ${objects.length}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`
  return Buffer.from(out, 'latin1')
}

describe('readPdfStructure', () => {
  it('finds the pages through a nested page tree, with the inherited MediaBox', () => {
    const s = readPdfStructure(samplePdf(3))
    expect(s.pages.map((p) => p.num)).toEqual([5, 6, 7])
    expect(s.pages[0]!.mediaBox).toEqual([0, 0, 998.25, 561])
    expect(pdfPageCount(samplePdf(5))).toBe(5)
  })

  it.each([
    ['not a PDF', Buffer.from('hello'), /does not start with %PDF-/],
    ['no startxref', Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), /no startxref/],
    [
      'a cross-reference stream',
      Buffer.from('%PDF-1.7\n1 0 obj\n<</Type /XRef>> stream\nendstream\nendobj\nstartxref\n9\n%%EOF'),
      /cross-reference streams are not supported/,
    ],
  ])('refuses %s with a clear error', (_what, pdf, message) => {
    expect(() => readPdfStructure(pdf)).toThrow(PdfStructureError)
    expect(() => readPdfStructure(pdf)).toThrow(message)
  })
})

describe('pdfTextString', () => {
  it('writes UTF-16BE with a byte order mark, so any title survives', () => {
    expect(pdfTextString('A’b')).toBe('<FEFF004120190062>')
    expect(pdfTextString('𝑛')).toBe('<FEFFD835DC5B>')
  })
})

describe('amendPdf', () => {
  const outline = [
    { title: 'Title slide', page: 0 },
    {
      title: 'I. The claim',
      page: 1,
      children: [
        { title: 'A claim “quoted”', page: 1 },
        { title: 'n−1 ties', page: 2, top: 100 },
      ],
    },
  ]

  it('appends an update: the original bytes stay, the outline and info are readable', () => {
    const pdf = samplePdf(3)
    const out = amendPdf(pdf, { info: { title: 'New title', author: 'Ann Author' }, outline })
    expect(Buffer.from(out).subarray(0, pdf.length).equals(pdf)).toBe(true)
    expect(pdfPageCount(out)).toBe(3)
    expect(readPdfOutline(out)).toEqual([
      { title: 'Title slide', page: 0, children: [] },
      {
        title: 'I. The claim',
        page: 1,
        children: [
          { title: 'A claim “quoted”', page: 1, children: [] },
          { title: 'n−1 ties', page: 2, children: [] },
        ],
      },
    ])
    const tail = Buffer.from(out).subarray(pdf.length).toString('latin1')
    expect(tail).toContain(`/Author ${pdfTextString('Ann Author')}`)
    expect(tail).toContain(`/Title ${pdfTextString('New title')}`)
    // Chromium's own entries are kept; the catalog keeps its entries and gains the outline.
    expect(tail).toContain('/Producer (Skia/PDF m156)')
    expect(tail).toMatch(/\/Lang \(en\)[\s\S]*\/Outlines \d+ 0 R\n\/PageMode \/UseOutlines/)
    expect(tail).toContain('/Dest [7 0 R /XYZ null 461.00 null]')
    expect(tail).toMatch(/\/Prev \d+/)
  })

  it('can be applied twice: the newest outline wins', () => {
    const once = amendPdf(samplePdf(2), { outline: [{ title: 'First', page: 0 }] })
    const twice = amendPdf(once, { outline: [{ title: 'Second', page: 1 }] })
    expect(readPdfOutline(twice)).toEqual([{ title: 'Second', page: 1, children: [] }])
    expect(pdfPageCount(twice)).toBe(2)
  })

  it('refuses an outline item that points past the last page', () => {
    expect(() => amendPdf(samplePdf(2), { outline: [{ title: 'Lost', page: 2 }] })).toThrow(/page 3; the PDF has 2/)
  })

  it('returns the input untouched when there is nothing to add', () => {
    const pdf = samplePdf(1)
    expect(amendPdf(pdf, {})).toBe(pdf)
  })
})
