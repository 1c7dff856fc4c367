import type { Citation } from '../../model.ts'
import type { Where } from '../../errors.ts'
import type { Paragraph, Run } from './runs.ts'
import { countLines, linesHeight } from './text-metrics.ts'
import type { PictureSize, Shape } from './plan.ts'
import { LINE } from './theme.ts'

/** What laying out a block needs: the bibliography, the pictures' sizes, and the font scale. */
export interface PieceContext {
  citations: Readonly<Record<string, Citation>>
  pictures: ReadonlyMap<string, PictureSize>
  /** Font scale, 1 = the deck's sizes. */
  scale: number
  /** The slide's layout: a cite block lists the full references on a references slide. */
  layout: string
  diagrams: { count: number }
}

/**
 * A block laid out at a width: the height it wants, how small it may get (pictures shrink, text
 * does not), and where its shapes go once it has a place.
 */
export interface Piece {
  height: number
  minHeight: number
  place: (x: number, y: number, w: number, h: number) => Shape[]
}

/** Height of paragraphs in a box of width w. */
export function paragraphsHeight(paragraphs: readonly Paragraph[], w: number): number {
  return paragraphs.reduce((sum, p) => {
    const size = Math.max(...p.runs.map((r) => r.size))
    const indent = p.bullet ? bulletIndent(size) : 0
    return sum + linesHeight(countLines(p.runs, w - indent), size, p.lineHeight) + (p.spaceAfter ?? 0) / 72
  }, 0)
}

/** The hanging indent of a bullet: 1.1em, as the deck's lists. */
export const bulletIndent = (size: number) => (size * 1.1) / 72

export const at = (where: Where, field: string): Where => ({ ...where, field: `${where.field}.${field}` })

/** A text box that takes the height its paragraphs need. */
export function textPiece(paragraphs: Paragraph[], w: number, extra: Partial<Extract<Shape, { kind: 'text' }>> = {}): Piece {
  const [l, t, r, b] = extra.inset ?? [0, 0, 0, 0]
  const height = paragraphsHeight(paragraphs, w - l - r) + t + b
  return { height, minHeight: height, place: (x, y, width) => [{ kind: 'text', x, y, w: width, h: height, paragraphs, ...extra }] }
}

/** Pieces stacked with the deck's gap; the stack shares out its room among its pictures. */
export function stack(pieces: readonly Piece[], gap: number): Piece {
  const gaps = gap * Math.max(0, pieces.length - 1)
  const height = pieces.reduce((s, p) => s + p.height, 0) + gaps
  const minHeight = pieces.reduce((s, p) => s + p.minHeight, 0) + gaps
  return {
    height,
    minHeight,
    place: (x, y, w, h) => {
      // Squeeze the flexible pieces evenly, in proportion to how much each can give.
      const give = Math.max(0, height - h)
      const slack = height - minHeight
      const shapes: Shape[] = []
      let top = y
      for (const p of pieces) {
        const ph = slack > 0 ? p.height - (give * (p.height - p.minHeight)) / slack : p.height
        shapes.push(...p.place(x, top, w, ph))
        top += ph + gap
      }
      return shapes
    },
  }
}

/** Pieces side by side in equal columns, as the deck's grid. */
export function sideBySide(columns: readonly ((w: number) => Piece)[], w: number, gap: number): Piece {
  const colW = (w - gap * (columns.length - 1)) / columns.length
  const pieces = columns.map((c) => c(colW))
  return {
    height: Math.max(0, ...pieces.map((p) => p.height)),
    minHeight: Math.max(0, ...pieces.map((p) => p.minHeight)),
    place: (x, y, _w, h) => pieces.flatMap((p, i) => p.place(x + i * (colW + gap), y, colW, Math.min(h, p.height))),
  }
}

export const para = (runs: Run[], lineHeight: number = LINE.body, extra: Partial<Paragraph> = {}): Paragraph => ({
  runs,
  lineHeight,
  ...extra,
})
