import type { Block, Citation } from '../../model.ts'
import { DeckError, type Where } from '../../errors.ts'
import { blockPath } from '../../render/block-path.ts'
import { diagramId } from '../../render/diagram.ts'
import { inlineRuns, plainRun, type Paragraph, type Run } from './runs.ts'
import { countLines, linesHeight, runWidth } from './text-metrics.ts'
import { pictureKey, type PictureRef, type PictureSize, type PlannedCell, type Shape } from './plan.ts'
import { BOX, COLOR, LINE, SIZE, inch } from './theme.ts'

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

const at = (where: Where, field: string): Where => ({ ...where, field: `${where.field}.${field}` })

/** A text box that takes the height its paragraphs need. */
export function textPiece(paragraphs: Paragraph[], w: number, extra: Partial<Extract<Shape, { kind: 'text' }>> = {}): Piece {
  const [l, t, r, b] = extra.inset ?? [0, 0, 0, 0]
  const height = paragraphsHeight(paragraphs, w - l - r) + t + b
  return { height, minHeight: height, place: (x, y, width) => [{ kind: 'text', x, y, w: width, h: height, paragraphs, ...extra }] }
}

/** A picture with an optional caption under it: shrinks to 45% of its size before the text has to. */
function pictureWithCaption(
  ref: PictureRef,
  alt: string,
  size: PictureSize | undefined,
  caption: Paragraph[],
  w: number,
  scale = 1,
): Piece {
  if (!size) throw new Error(`no picture was collected for ${pictureKey(ref)}`)
  const capH = caption.length ? paragraphsHeight(caption, w) + inch(8) : 0
  const natural = { w: size.w * scale, h: size.h * scale }
  const fitW = Math.min(natural.w, w)
  const height = (fitW / natural.w) * natural.h
  return {
    height: height + capH,
    minHeight: height * 0.45 + capH,
    place: (x, y, width, h) => {
      const ph = Math.min(h - capH, (Math.min(natural.w, width) / natural.w) * natural.h)
      const pw = (ph / natural.h) * natural.w
      const shapes: Shape[] = [{ kind: 'picture', x: x + (width - pw) / 2, y, w: pw, h: ph, ref, alt }]
      if (caption.length)
        shapes.push({
          kind: 'text',
          x,
          y: y + ph + inch(8),
          w: width,
          h: capH - inch(8),
          paragraphs: caption.map((p) => ({ ...p, align: 'center' })),
        })
      return shapes
    },
  }
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
function sideBySide(columns: readonly ((w: number) => Piece)[], w: number, gap: number): Piece {
  const colW = (w - gap * (columns.length - 1)) / columns.length
  const pieces = columns.map((c) => c(colW))
  return {
    height: Math.max(0, ...pieces.map((p) => p.height)),
    minHeight: Math.max(0, ...pieces.map((p) => p.minHeight)),
    place: (x, y, _w, h) => pieces.flatMap((p, i) => p.place(x + i * (colW + gap), y, colW, Math.min(h, p.height))),
  }
}

const para = (runs: Run[], lineHeight: number = LINE.body, extra: Partial<Paragraph> = {}): Paragraph => ({ runs, lineHeight, ...extra })

/** Lay out one block at width w. */
export function blockPiece(block: Block<string>, w: number, ctx: PieceContext, where: Where): Piece {
  const s = ctx.scale
  const runs = (source: string, field: string, style: Parameters<typeof inlineRuns>[1]) =>
    inlineRuns(source, style, ctx.citations, at(where, field))
  switch (block.kind) {
    case 'text': {
      const size = block.size === 'lead' ? SIZE.lead : block.size === 'small' ? SIZE.small : SIZE.body
      const color = block.size === 'small' ? COLOR.muted : COLOR.fg
      return textPiece([para(runs(block.text, 'text', { size: size * s, color }))], w)
    }
    case 'points':
      return textPiece(
        block.items.map((item, i) =>
          para(runs(item, `items[${i}]`, { size: SIZE.body * s, color: COLOR.fg }), LINE.body, {
            bullet: true,
            spaceAfter: i < block.items.length - 1 ? 10 * 0.5625 * s : 0,
          }),
        ),
        w,
      )
    case 'quote': {
      const source = ctx.citations[block.source]
      if (!source) throw new DeckError(at(where, 'source'), `unknown citation key "${block.source}"; add it to slides/citations.ts`)
      const quote = para([plainRun(`“${block.text.trim()}”`, { size: SIZE.quote * s, italic: true, color: COLOR.fg })])
      const by: Run[] = [
        plainRun(`— ${block.by}, ${source.short}${block.page ? `, ${block.page}` : ''}`, {
          size: SIZE.attribution * s,
          color: COLOR.muted,
        }),
      ]
      if (block.via)
        by.push(
          plainRun('; ', { size: SIZE.attribution * s, color: COLOR.muted }),
          ...runs(block.via, 'via', { size: SIZE.attribution * s, color: COLOR.muted }),
        )
      const text = textPiece([quote], w, { bar: { color: COLOR.accent, w: inch(6) }, inset: [inch(28), inch(8), 0, inch(8)] })
      const attribution = textPiece([para(by)], w, { inset: [inch(34), 0, 0, 0] })
      return stack([text, attribution], inch(8))
    }
    case 'math': {
      const path = blockPath(where.field) ?? where.field
      const caption = block.caption ? [para(runs(block.caption, 'caption', { size: SIZE.caption * s, color: COLOR.muted }))] : []
      const ref: PictureRef = { type: 'math', slide: where.slide, block: path }
      return pictureWithCaption(ref, `Formula: ${block.tex}`, ctx.pictures.get(pictureKey(ref)), caption, w, s)
    }
    case 'diagram': {
      const ref: PictureRef = { type: 'diagram', id: diagramId(where.slide, ctx.diagrams.count++) }
      const caption = [para(runs(block.caption, 'caption', { size: SIZE.caption * s, color: COLOR.muted }))]
      return pictureWithCaption(ref, `${block.accTitle}. ${block.accDescr}`, ctx.pictures.get(pictureKey(ref)), caption, w)
    }
    case 'image': {
      const ref: PictureRef = { type: 'image', asset: block.asset }
      const caption = block.caption ? [para(runs(block.caption, 'caption', { size: SIZE.caption * s, color: COLOR.muted }))] : []
      return pictureWithCaption(ref, block.alt, ctx.pictures.get(pictureKey(ref)), caption, w)
    }
    case 'table':
      return tablePiece(block, w, ctx, where)
    case 'cite': {
      if (ctx.layout === 'references') return referencesPiece(block.keys, w, ctx, where)
      const labels = block.keys.map((key, i) => {
        const c = ctx.citations[key]
        if (!c)
          throw new DeckError(at(where, `keys[${i}]`), `unknown citation key "${key}"; add it to slides/citations.ts or fix the spelling`)
        return c.short
      })
      return textPiece([para([plainRun(`Sources: ${labels.join('; ')}`, { size: SIZE.sources * s, color: COLOR.muted })])], w)
    }
    case 'columns':
      return sideBySide(
        block.columns.map(
          (blocks, c) => (colW: number) =>
            stack(
              blocks.map((b, i) => blockPiece(b, colW, ctx, at(where, `columns[${c}][${i}]`))),
              inch(16),
            ),
        ),
        w,
        BOX.columnGap,
      )
    case 'note': {
      const color = block.tone === 'caveat' ? COLOR.interp : COLOR.accent
      return textPiece([para(runs(block.text, 'text', { size: SIZE.note * s, color: COLOR.fg }))], w, {
        fill: COLOR.surface,
        bar: { color, w: inch(6) },
        inset: [inch(22), inch(10), inch(16), inch(10)],
      })
    }
  }
}

/** A native table: column widths from the content, as a browser's automatic layout gives them. */
function tablePiece(block: Extract<Block<string>, { kind: 'table' }>, w: number, ctx: PieceContext, where: Where): Piece {
  const s = ctx.scale
  const size = SIZE.table * s
  const pad = { x: inch(10), y: inch(7) }
  const interpreted = new Set(block.interpretedRows ?? [])
  const cell = (source: string, field: string, bold: boolean): Paragraph[] =>
    source.trim()
      ? [para(inlineRuns(source, { size, bold, color: COLOR.fg }, ctx.citations, at(where, field)), 1.25)]
      : [para([plainRun('', { size })], 1.25)]
  const head: PlannedCell[] = block.head.map((h, i) => ({ paragraphs: cell(h, `head[${i}]`, true), headRule: true }))
  const rows: PlannedCell[][] = block.rows.map((row, r) => {
    if (row.length !== block.head.length)
      throw new DeckError(at(where, `rows[${r}]`), `expected ${block.head.length} cells to match the head, found ${row.length}`)
    return row.map((c, i) => {
      const paragraphs = cell(c, `rows[${r}][${i}]`, i === 0)
      if (i === 0 && interpreted.has(r))
        paragraphs.push(para([plainRun('INTERPRETATION', { size: SIZE.interpMark * s, bold: true, color: COLOR.interp })], 1.25))
      return { paragraphs, ...(interpreted.has(r) ? { fill: COLOR.interpBg } : {}) }
    })
  })
  const all = [head, ...rows]
  // Each column wants its longest cell on one line; share the width in proportion, within bounds.
  const oneLine = (cell: PlannedCell) => Math.max(...cell.paragraphs.map((p) => p.runs.reduce((t, r) => t + runWidth(r), 0)))
  const want = block.head.map((_, c) => Math.max(inch(60), ...all.map((row) => oneLine(row[c]!))) + 2 * pad.x)
  const total = want.reduce((a, b) => a + b, 0)
  let colW = want
  if (total > w) {
    const floor = Math.min(w / block.head.length, inch(120))
    const clamped = want.map((x) => Math.max(floor, Math.sqrt(x / total) * w))
    const sum = clamped.reduce((a, b) => a + b, 0)
    colW = clamped.map((x) => (x / sum) * w)
  } else colW = want.map((x) => (x / total) * w)
  const rowH = all.map((row) => Math.max(...row.map((c, i) => paragraphsHeight(c.paragraphs, colW[i]! - 2 * pad.x) + 2 * pad.y)) + inch(3))
  const tableH = rowH.reduce((a, b) => a + b, 0)
  const caption = block.caption
    ? [para(inlineRuns(block.caption, { size: SIZE.tableCaption * s, color: COLOR.muted }, ctx.citations, at(where, 'caption')))]
    : []
  const capH = caption.length ? paragraphsHeight(caption, w) + inch(8) : 0
  const height = tableH + capH
  return {
    height,
    minHeight: height,
    place: (x, y) => {
      const shapes: Shape[] = [{ kind: 'table', x, y, w, h: tableH, colW, rowH, rows: all }]
      if (caption.length) shapes.push({ kind: 'text', x, y: y + tableH + inch(8), w, h: capH - inch(8), paragraphs: caption })
      return shapes
    },
  }
}

/** The references, in two columns as on screen: author (year). Title. Venue. URL. */
function referencesPiece(keys: readonly string[], w: number, ctx: PieceContext, where: Where): Piece {
  const size = SIZE.references * ctx.scale
  const entries = keys.map((key, i): Paragraph => {
    const c = ctx.citations[key]
    if (!c) throw new DeckError(at(where, `keys[${i}]`), `unknown citation key "${key}"; add it to slides/citations.ts or fix the spelling`)
    const style = { size, color: COLOR.fg }
    const runs: Run[] = [
      plainRun(`${c.author} (${c.year}). `, style),
      c.kind === 'book' ? plainRun(c.title, { ...style, italic: true }) : plainRun(`“${c.title}”`, style),
      plainRun(`. ${c.venue}.`, style),
    ]
    if (c.url) runs.push(plainRun(` ${c.url}`, { size, color: COLOR.muted }))
    return para(runs, 1.3, { spaceAfter: 8 * 0.5625 * ctx.scale })
  })
  const colW = (w - BOX.columnGap) / 2
  const heights = entries.map((e) => paragraphsHeight([e], colW))
  const total = heights.reduce((a, b) => a + b, 0)
  // Fill the first column to half the height, as CSS columns balance.
  let split = 0
  for (let acc = 0; split < entries.length && acc + heights[split]! / 2 < total / 2; split++) acc += heights[split]!
  const left = textPiece(entries.slice(0, split), colW)
  const right = textPiece(entries.slice(split), colW)
  return sideBySide([() => left, () => right], w, BOX.columnGap)
}

/** The badge an interpretation slide carries under its title, sized to its text. */
export function badgePiece(scale: number): { piece: Piece; width: number } {
  const run = plainRun('◇ Interpretation: this deck’s proposal, not a sourced claim', {
    size: SIZE.badge * scale,
    bold: true,
    color: COLOR.interp,
  })
  const width = runWidth(run) + inch(28) + inch(8)
  const paragraphs = [para([run], 1.3)]
  const piece = textPiece(paragraphs, width, {
    fill: COLOR.interpBg,
    dashed: COLOR.interp,
    inset: [inch(14), inch(4), inch(14), inch(4)],
    name: 'Interpretation marker',
  })
  return { piece, width }
}
