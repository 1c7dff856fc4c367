import type { Paragraph } from './runs.ts'

/** What a picture shows: a drawn diagram, a rendered display formula, or an image file. */
export type PictureRef = { type: 'diagram'; id: string } | { type: 'math'; slide: string; block: string } | { type: 'image'; asset: string }

/** The key under which a picture is collected and looked up. */
export const pictureKey = (ref: PictureRef): string =>
  ref.type === 'diagram' ? `diagram:${ref.id}` : ref.type === 'math' ? `math:${ref.slide}:${ref.block}` : `image:${ref.asset}`

/** A picture's natural size in inches (at the deck's 128 px per inch). */
export interface PictureSize {
  w: number
  h: number
}

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** One table cell: its paragraphs and fill. */
export interface PlannedCell {
  paragraphs: Paragraph[]
  fill?: string
  /** Thick accent rule under the head row. */
  headRule?: boolean
}

/** A shape on a PowerPoint slide, in inches, as the layout placed it. */
export type Shape =
  | (Box & {
      kind: 'text'
      paragraphs: Paragraph[]
      /** Inner padding, inches: [left, top, right, bottom]. @default none */
      inset?: readonly [number, number, number, number]
      fill?: string
      /** A bar down the left edge (quotations, notes): its colour and width in inches. */
      bar?: { color: string; w: number }
      /** A dashed outline (the interpretation badge). */
      dashed?: string
      /** What the shape is, for a reader of the file (the title, the footer). */
      name?: string
    })
  | (Box & { kind: 'picture'; ref: PictureRef; alt: string })
  | (Box & { kind: 'table'; colW: number[]; rowH: number[]; rows: PlannedCell[][] })

/** One PowerPoint slide. */
export interface PlannedSlide {
  /** The talk slide's id; a slide split over two PowerPoint slides has it on both. */
  id: string
  /** The title as plain text (a continuation adds "(continued)"). */
  title: string
  notes: string
  backup: boolean
  shapes: Shape[]
  /** The font scale the text needed to fit (1 = the deck's sizes). */
  scale: number
}
