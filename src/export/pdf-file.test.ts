import { PDFDocument, PDFName } from '@cantoo/pdf-lib'
import { describe, expect, it } from 'vitest'
import { amendPdf, PdfOutlineError, readPdfOutline } from './pdf-file.ts'

/** A small PDF with Chromium's kind of metadata: a Producer and a title that the export replaces. */
async function samplePdf(pages = 3): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  for (let i = 0; i < pages; i++) doc.addPage([998.25, 561])
  doc.setTitle('Old title')
  doc.setProducer('Skia/PDF m156')
  doc.catalog.set(PDFName.of('Lang'), doc.context.obj('en'))
  return doc.save()
}

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

describe('amendPdf', () => {
  it('sets the title, author and subject and keeps what the printer wrote', async () => {
    const { bytes, pages } = await amendPdf(await samplePdf(3), {
      info: { title: 'New title', author: 'Ann Author', subject: 'What it is about' },
      outline,
    })
    expect(pages).toBe(3)
    const doc = await PDFDocument.load(bytes, { updateMetadata: false })
    expect(doc.getTitle()).toBe('New title')
    expect(doc.getAuthor()).toBe('Ann Author')
    expect(doc.getSubject()).toBe('What it is about')
    expect(doc.getProducer()).toBe('Skia/PDF m156')
    expect(doc.getPageCount()).toBe(3)
  })

  it('writes a two-level outline whose entries land on their pages, and opens with it shown', async () => {
    const { bytes } = await amendPdf(await samplePdf(3), { outline })
    expect(await readPdfOutline(bytes)).toEqual([
      { title: 'Title slide', page: 0, children: [] },
      {
        title: 'I. The claim',
        page: 1,
        children: [
          { title: 'A claim “quoted”', page: 1, children: [] },
          // 100 pt below the top of a 561 pt page.
          { title: 'n−1 ties', page: 2, y: 461, children: [] },
        ],
      },
    ])
    const doc = await PDFDocument.load(bytes)
    expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'))
  })

  it('replaces an outline the file already had', async () => {
    const once = await amendPdf(await samplePdf(2), { outline: [{ title: 'First', page: 0 }] })
    const twice = await amendPdf(once.bytes, { outline: [{ title: 'Second', page: 1 }] })
    expect(await readPdfOutline(twice.bytes)).toEqual([{ title: 'Second', page: 1, children: [] }])
  })

  it('refuses an outline item that points past the last page', async () => {
    const pdf = await samplePdf(2)
    await expect(amendPdf(pdf, { outline: [{ title: 'Lost', page: 2 }] })).rejects.toThrow(PdfOutlineError)
    await expect(amendPdf(pdf, { outline: [{ title: 'Lost', page: 2 }] })).rejects.toThrow(/page 3; the PDF has 2/)
  })

  it('refuses a file that is not a PDF', async () => {
    await expect(amendPdf(new TextEncoder().encode('hello'), {})).rejects.toThrow()
  })
})
