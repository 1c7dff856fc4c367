import type { Block } from '../../model.ts'
import { DeckError, type Where } from '../../errors.ts'
import { inlineRuns, plainRun, type Paragraph, type Run } from './runs.ts'
import { runWidth } from './text-metrics.ts'
import type { PlannedCell, Shape } from './plan.ts'
import { at, para, paragraphsHeight, sideBySide, textPiece, type Piece, type PieceContext } from './piece.ts'
import { BOX, COLOR, SIZE, inch } from './theme.ts'

/** A native table: column widths from the content, as a browser's automatic layout gives them. */
export function tablePiece(block: Extract<Block<string>, { kind: 'table' }>, w: number, ctx: PieceContext, where: Where): Piece {
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
export function referencesPiece(keys: readonly string[], w: number, ctx: PieceContext, where: Where): Piece {
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
