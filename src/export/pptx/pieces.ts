import type { Block } from '../../model.ts'
import { DeckError, type Where } from '../../errors.ts'
import { blockPath } from '../../render/block-path.ts'
import { diagramId } from '../../render/diagram.ts'
import { inlineRuns, plainRun, type Paragraph, type Run } from './runs.ts'
import { runWidth } from './text-metrics.ts'
import { pictureKey, type PictureRef, type PictureSize, type Shape } from './plan.ts'
import { at, para, paragraphsHeight, sideBySide, stack, textPiece, type Piece, type PieceContext } from './piece.ts'
import { referencesPiece, tablePiece } from './table-pieces.ts'
import { BOX, COLOR, LINE, SIZE, inch } from './theme.ts'

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
