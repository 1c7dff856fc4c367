import PptxGenJS from 'pptxgenjs'
import type { Deck } from '../../model.ts'
import type { CollectedPicture } from './pictures.ts'
import { pictureKey, type PlannedCell, type PlannedSlide, type Shape } from './plan.ts'
import type { Paragraph } from './runs.ts'
import { bulletIndent } from './piece.ts'
import { COLOR, FONT } from './theme.ts'
import { addSvgFallbacks } from './svg-fallback.ts'

type TextRun = PptxGenJS.TextProps

const inPt = (inches: number) => Math.round(inches * 72 * 100) / 100

/** Paragraphs as pptxgenjs runs: a paragraph ends with breakLine; its settings ride on each of its runs. */
function textRuns(paragraphs: readonly Paragraph[]): TextRun[] {
  return paragraphs.flatMap((p, pi) => {
    const size = Math.max(...p.runs.map((r) => r.size))
    return p.runs.map((r, ri): TextRun => ({
      text: r.text,
      options: {
        fontFace: FONT,
        fontSize: r.size,
        bold: r.bold ?? false,
        italic: r.italic ?? false,
        color: r.color ?? COLOR.fg,
        ...(r.script === 'sup' ? { superscript: true } : r.script === 'sub' ? { subscript: true } : {}),
        // Exact spacing: any font, the deck's or a fallback, takes the lines the layout measured.
        lineSpacing: Math.round(size * p.lineHeight * 10) / 10,
        paraSpaceAfter: p.spaceAfter ?? 0,
        align: p.align ?? 'left',
        ...(p.bullet ? { bullet: { indent: inPt(bulletIndent(size)) } } : {}),
        ...(ri === p.runs.length - 1 && pi < paragraphs.length - 1 ? { breakLine: true } : {}),
      },
    }))
  })
}

function tableRows(rows: readonly (readonly PlannedCell[])[]): PptxGenJS.TableRow[] {
  return rows.map((row) =>
    row.map((cell): PptxGenJS.TableCell => ({
      text: textRuns(cell.paragraphs),
      options: {
        valign: 'top',
        margin: [3.94, 5.63, 3.94, 5.63],
        ...(cell.fill ? { fill: { color: cell.fill } } : {}),
        border: [
          { type: 'none' },
          { type: 'none' },
          cell.headRule ? { type: 'solid', pt: 1.7, color: COLOR.accent } : { type: 'solid', pt: 0.6, color: COLOR.border },
          { type: 'none' },
        ],
      },
    })),
  )
}

function addShape(pres: PptxGenJS, slide: PptxGenJS.Slide, shape: Shape, pictures: ReadonlyMap<string, CollectedPicture>): void {
  switch (shape.kind) {
    case 'text': {
      const [l, t, r, b] = shape.inset ?? [0, 0, 0, 0]
      slide.addText(textRuns(shape.paragraphs), {
        x: shape.x,
        y: shape.y,
        w: shape.w,
        h: shape.h,
        margin: [inPt(l), inPt(r), inPt(b), inPt(t)],
        valign: 'top',
        wrap: true,
        fit: 'none',
        ...(shape.fill ? { fill: { color: shape.fill } } : {}),
        ...(shape.dashed ? { line: { color: shape.dashed, width: 1.1, dashType: 'dash' } } : {}),
        ...(shape.name ? { objectName: shape.name } : {}),
      })
      // After the text, so that a filled box (a note) does not cover its own bar.
      if (shape.bar)
        slide.addShape(pres.ShapeType.rect, {
          x: shape.x,
          y: shape.y,
          w: shape.bar.w,
          h: shape.h,
          fill: { color: shape.bar.color },
          line: { type: 'none' },
        })
      return
    }
    case 'table':
      slide.addTable(tableRows(shape.rows), { x: shape.x, y: shape.y, w: shape.w, colW: shape.colW, rowH: shape.rowH, autoPage: false })
      return
    case 'picture': {
      const picture = pictures.get(pictureKey(shape.ref))
      if (!picture) throw new Error(`no picture for ${pictureKey(shape.ref)}`)
      const box = { x: shape.x, y: shape.y, w: shape.w, h: shape.h, altText: shape.alt }
      if (picture.svg) slide.addImage({ ...box, data: `image/svg+xml;base64,${Buffer.from(picture.svg).toString('base64')}` })
      else if (picture.file) slide.addImage({ ...box, data: `image/${picture.file.ext};base64,${picture.file.data.toString('base64')}` })
      else if (picture.png) slide.addImage({ ...box, data: `image/png;base64,${picture.png.toString('base64')}` })
      return
    }
  }
}

/** The PowerPoint file: 16:9, the deck's metadata, one slide per planned slide with its notes. */
export async function writePptx(
  deck: Deck,
  slides: readonly PlannedSlide[],
  pictures: ReadonlyMap<string, CollectedPicture>,
): Promise<Buffer> {
  const pres = new PptxGenJS()
  pres.layout = 'LAYOUT_16x9'
  pres.title = deck.title
  pres.author = deck.author
  pres.subject = deck.description
  pres.theme = { headFontFace: FONT, bodyFontFace: FONT }
  for (const planned of slides) {
    const slide = pres.addSlide()
    slide.background = { color: 'FFFFFF' }
    for (const shape of planned.shapes) addShape(pres, slide, shape, pictures)
    slide.addNotes(planned.notes)
  }
  const written = (await pres.write({ outputType: 'nodebuffer', compression: true })) as Buffer
  return addSvgFallbacks(written, pictures)
}
