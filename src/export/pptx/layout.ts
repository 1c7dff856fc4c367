import type { Deck, Part, Slide } from '../../model.ts'
import { renderOrder, slideCounts } from '../../render/backup.ts'
import { inlineToPlainText } from '../../render/inline.ts'
import { badgePiece, blockPiece } from './pieces.ts'
import { stack, textPiece, type Piece, type PieceContext } from './piece.ts'
import type { PictureSize, PlannedSlide, Shape } from './plan.ts'
import { inlineRuns, plainRun, type Paragraph } from './runs.ts'
import { BOX, COLOR, LINE, SIZE, SLIDE_H, SLIDE_W, inch } from './theme.ts'

/** The smallest font scale before a slide is split in two: below it, text is too small to read in a hall. */
const MIN_SCALE = 0.7
const STEP = 0.05

export interface PlanOptions {
  /** Include the backup slides, after the closing slide. @default false */
  backup?: boolean
}

/**
 * Every PowerPoint slide of the deck, laid out: the talk in the order the renderer uses, then the
 * backup slides with --backup. Text is measured (text-metrics.ts); a slide whose text does not fit
 * at the deck's sizes is set smaller, down to MIN_SCALE, and below that split over two slides.
 */
export function planDeck(deck: Deck, pictures: ReadonlyMap<string, PictureSize>, options: PlanOptions = {}): PlannedSlide[] {
  const counts = slideCounts(deck.slides)
  return slideOrder(deck, options).flatMap((i) => planSlide(deck.slides[i]!, deck, pictures, counts[i]!))
}

/** Positions of the slides the file holds, in the renderer's order: the talk, then the backups with --backup. */
export function slideOrder(deck: Pick<Deck, 'slides'>, options: PlanOptions = {}): number[] {
  const counts = slideCounts(deck.slides)
  return renderOrder(deck.slides).filter((i) => options.backup || !counts[i]!.backup)
}

function planSlide(
  slide: Slide,
  deck: Deck,
  pictures: ReadonlyMap<string, PictureSize>,
  count: ReturnType<typeof slideCounts>[number],
): PlannedSlide[] {
  const title = inlineToPlainText(slide.title, { slide: slide.id, field: 'title' })
  const paragraphs = slide.notes
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  // As the speaker view says it (src/render/slide.ts): a backup slide is outside the talk's time.
  if (count.backup) paragraphs.unshift('Backup slide: for questions, outside the talk’s time.')
  const footer = footerShape(slide, deck.parts, count)
  const blocks = slide.blocks.map((block, i) => ({ block, field: `blocks[${i}]` }))
  const parts = fitOrSplit(slide, deck, pictures, blocks, false)
  return parts.map((p, i) => ({
    id: slide.id,
    title: i === 0 ? title : `${title} (continued)`,
    notes: (i === 0 ? paragraphs : ['Continued from the previous slide.', ...paragraphs]).join('\n\n'),
    backup: count.backup,
    scale: p.scale,
    shapes: [...p.shapes, footer],
  }))
}

type Entry = { block: Slide['blocks'][number]; field: string }

/** Fit the blocks on one slide, shrinking the text step by step; split them when even MIN_SCALE is too big. */
function fitOrSplit(
  slide: Slide,
  deck: Deck,
  pictures: ReadonlyMap<string, PictureSize>,
  blocks: readonly Entry[],
  continued: boolean,
): { shapes: Shape[]; scale: number }[] {
  for (let scale = 1; scale >= MIN_SCALE - 1e-9; scale -= STEP) {
    const laid = layOut(slide, deck, pictures, blocks, scale, continued)
    if (laid) return [{ shapes: laid, scale }]
  }
  if (blocks.length < 2) {
    // One block that fits at no size cannot be split further: name it, rather than cut it off.
    throw new Error(
      `slide "${slide.id}", ${blocks[0]?.field ?? 'title'}: too long for a PowerPoint slide even at ${MIN_SCALE * 100}% of the deck's text size; shorten it`,
    )
  }
  const half = Math.ceil(blocks.length / 2)
  return [
    ...fitOrSplit(slide, deck, pictures, blocks.slice(0, half), continued),
    ...fitOrSplit(slide, deck, pictures, blocks.slice(half), true),
  ]
}

/** The slide's shapes at a font scale, or undefined when they do not fit. */
function layOut(
  slide: Slide,
  deck: Deck,
  pictures: ReadonlyMap<string, PictureSize>,
  blocks: readonly Entry[],
  scale: number,
  continued: boolean,
): Shape[] | undefined {
  const width = SLIDE_W - 2 * BOX.side
  const isTitle = slide.layout === 'title'
  const at = (field: string) => ({ slide: slide.id, field })
  const headSize = (isTitle ? SIZE.h1 : SIZE.h2) * scale
  const titleRuns = inlineRuns(slide.title, { size: headSize, bold: true, color: COLOR.fg }, deck.citations, at('title'))
  if (continued) titleRuns.push(plainRun(' (continued)', { size: headSize * 0.6, color: COLOR.muted }))
  const head: Piece[] = [textPiece([{ runs: titleRuns, lineHeight: LINE.heading }], width, { name: 'Title' })]
  if (slide.subtitle)
    head.push(
      textPiece(
        [
          {
            runs: inlineRuns(slide.subtitle, { size: SIZE.subtitle * scale, color: COLOR.muted }, deck.citations, at('subtitle')),
            lineHeight: LINE.body,
          },
        ],
        width,
      ),
    )
  let badge: ReturnType<typeof badgePiece> | undefined
  if (slide.interpretation) badge = badgePiece(scale)
  const ctx: PieceContext = { citations: deck.citations, pictures, scale, layout: slide.layout ?? 'content', diagrams: { count: 0 } }
  // Diagram ids count every diagram of the slide: a continuation starts after the first part's.
  ctx.diagrams.count = countDiagramsBefore(slide, blocks[0]?.field)
  const body = stack(
    blocks.map(({ block, field }) => blockPiece(block, width, ctx, at(field))),
    BOX.blockGap,
  )
  const top = BOX.top + (isTitle ? inch(150) : 0)
  const headStack = stack(head, inch(10))
  const badgeH = badge ? badge.piece.height + inch(12) : 0
  const bodyTop = top + headStack.height + badgeH + BOX.headGap + (isTitle ? inch(28) : 0)
  const room = SLIDE_H - BOX.bottom - bodyTop
  if (body.minHeight > room + 1e-6) return undefined
  const shapes = headStack.place(BOX.side, top, width, headStack.height)
  if (badge) shapes.push(...badge.piece.place(BOX.side, top + headStack.height + inch(12), badge.width, badge.piece.height))
  shapes.push(...body.place(BOX.side, bodyTop, width, Math.min(room, body.height)))
  return shapes
}

function countDiagramsBefore(slide: Slide, field: string | undefined): number {
  const index = field ? Number(/^blocks\[(\d+)\]/.exec(field)?.[1] ?? 0) : 0
  let n = 0
  const walk = (blocks: Slide['blocks']) => {
    for (const b of blocks) {
      if (b.kind === 'diagram') n++
      else if (b.kind === 'columns') b.columns.forEach(walk)
    }
  }
  walk(slide.blocks.slice(0, index))
  return n
}

/** The part indicator as a small footer (the part, and progress through the parts), or the backup marker. */
function footerShape(slide: Slide, parts: readonly Part[], count: { backup: boolean; number: number; total: number }): Shape {
  const index = parts.findIndex((p) => p.id === slide.part)
  const part = parts[index]
  const size = SIZE.footer
  const runs = []
  if (count.backup) runs.push(plainRun(`Backup ${count.number}/${count.total}   `, { size, bold: true, color: COLOR.interp }))
  if (part) {
    runs.push(plainRun(`${part.numeral} `, { size, bold: true, color: COLOR.accent }), plainRun(part.label, { size, color: COLOR.muted }))
    if (!count.backup)
      runs.push(plainRun(`   ${parts.map((_, i) => (i <= index ? '●' : '○')).join(' ')}`, { size: size * 0.8, color: COLOR.accent }))
  }
  const paragraphs: Paragraph[] = [{ runs, lineHeight: 1.2 }]
  const h = (size * 1.2) / 72
  return {
    kind: 'text',
    x: BOX.side,
    y: SLIDE_H - inch(18) - h,
    w: SLIDE_W - 2 * BOX.side,
    h,
    paragraphs,
    name: count.backup ? 'Backup marker' : 'Part indicator',
  }
}
