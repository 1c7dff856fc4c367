import { describe, expect, it } from 'vitest'
import deckModule from '../../../slides/index.ts'
import type { Deck, Slide } from '../../model.ts'
import { inlineToPlainText } from '../../render/inline.ts'
import { collectDiagrams } from '../../render/diagram.ts'
import { planDeck } from './layout.ts'
import { pictureRequests } from './pictures.ts'
import { pictureKey, type PictureSize, type PlannedSlide, type Shape } from './plan.ts'
import { runsText } from './runs.ts'
import { COLOR, SLIDE_H, SLIDE_W } from './theme.ts'

/** The deck as the engine sees it: the model's types, not the literal ones of each module. */
const deck: Deck = deckModule

/** Every picture the deck needs, at a size like the drawn ones: wide diagrams, short formulas. */
const pictures = new Map<string, PictureSize>(
  pictureRequests(deck, new Set(deck.slides.map((s) => s.id))).map((r) => [
    pictureKey(r.ref),
    r.ref.type === 'diagram' ? { w: 8, h: 3.2 } : { w: 2.5, h: 0.45 },
  ]),
)
const talk = deck.slides.filter((s) => !s.backup)
const backups = deck.slides.filter((s) => s.backup)
const text = (shape: Shape) => (shape.kind === 'text' ? shape.paragraphs.map((p) => runsText(p.runs)).join('\n') : '')
const named = (slide: PlannedSlide, name: string) => slide.shapes.find((s) => s.kind === 'text' && s.name === name)

/** Shapes outside the slide, or reaching into the footer's line. */
function misplaced(slide: PlannedSlide): string[] {
  const footer = slide.shapes.at(-1)!
  return slide.shapes.flatMap((s, i) => {
    const problems: string[] = []
    if (s.x < 0 || s.y < 0 || s.x + s.w > SLIDE_W + 1e-6 || s.y + s.h > SLIDE_H + 1e-6)
      problems.push(`shape ${i} (${s.kind}) leaves the slide`)
    if (s !== footer && s.y + s.h > footer.y + 1e-6) problems.push(`shape ${i} (${s.kind}) runs into the footer`)
    return problems
  })
}

describe('planDeck on the deck', () => {
  const planned = planDeck(deck, pictures)
  const withBackup = planDeck(deck, pictures, { backup: true })

  it('has one slide per talk slide, in order, titled as on screen; the backup slides only when asked, last', () => {
    expect(planned.map((s) => s.id)).toEqual(talk.map((s) => s.id))
    expect(planned.map((s) => s.title)).toEqual(talk.map((s) => inlineToPlainText(s.title)))
    expect(withBackup.map((s) => s.id)).toEqual([...talk, ...backups].map((s) => s.id))
    expect(withBackup.filter((s) => s.backup).map((s) => s.id)).toEqual(backups.map((s) => s.id))
  })

  it('fits every slide: nothing leaves the slide or runs into the footer', () => {
    for (const slide of withBackup) expect(misplaced(slide), slide.id).toEqual([])
  })

  it('carries the speaker notes, the part as a footer, and a marked backup slide', () => {
    for (const slide of withBackup) {
      const source = deck.slides.find((s) => s.id === slide.id)!
      const notes = slide.notes.replace(/\s+/g, ' ')
      expect(notes.endsWith(source.notes.replace(/\s+/g, ' ').trim()), slide.id).toBe(true)
      expect(notes.startsWith('Backup slide: for questions'), slide.id).toBe(!!source.backup)
      const part = deck.parts.find((p) => p.id === source.part)!
      const footer = named(slide, source.backup ? 'Backup marker' : 'Part indicator')
      expect(footer && text(footer), slide.id).toContain(`${part.numeral} ${part.label}`)
      if (source.backup) expect(text(footer!)).toMatch(new RegExp(`^Backup \\d/${backups.length}`))
    }
  })

  it('shows the interpretation marker on every interpretation slide and on no other', () => {
    for (const slide of withBackup) {
      const source = deck.slides.find((s) => s.id === slide.id)!
      expect(!!named(slide, 'Interpretation marker'), slide.id).toBe(!!source.interpretation)
    }
  })

  it('has one picture per diagram, on the diagram’s slide', () => {
    for (const slide of withBackup) {
      const source = deck.slides.find((s) => s.id === slide.id)!
      const diagrams = collectDiagrams(source.id, source.blocks).map((d) => d.id)
      const shown = slide.shapes.flatMap((s) => (s.kind === 'picture' && s.ref.type === 'diagram' ? [s.ref.id] : []))
      expect(shown, slide.id).toEqual(diagrams)
    }
  })

  it('marks the interpreted rows of a table, in their first cell and with their fill', () => {
    const tables = withBackup.flatMap((s) => s.shapes.filter((x) => x.kind === 'table'))
    const source = deck.slides.flatMap((s) => s.blocks).filter((b) => b.kind === 'table' && b.interpretedRows?.length)
    expect(source.length).toBeGreaterThan(0)
    const marked = tables.flatMap((t) => t.rows.filter((row) => row[0]!.paragraphs.some((p) => runsText(p.runs) === 'INTERPRETATION')))
    expect(marked.length).toBe(source.reduce((n, b) => n + (b.kind === 'table' ? (b.interpretedRows?.length ?? 0) : 0), 0))
    for (const row of marked) expect(row.every((c) => c.fill === COLOR.interpBg)).toBe(true)
  })
})

describe('planDeck on slides that are too long', () => {
  const make = (points: number): Deck => ({
    ...deck,
    slides: [
      {
        id: 'long',
        part: 'claim',
        timing: 60,
        title: 'A slide with more to say than a slide holds',
        blocks: [
          {
            kind: 'points',
            items: Array.from(
              { length: points },
              (_, i) => `Point ${i + 1}: a sentence long enough to wrap over more than one line of the slide, as points do`,
            ),
          },
        ],
        notes: 'Notes.',
      } satisfies Slide,
    ],
  })

  it('sets the text smaller to fit, and keeps it inside the slide', () => {
    const [slide, ...rest] = planDeck(make(9), pictures)
    expect(rest).toEqual([])
    expect(slide!.scale).toBeLessThan(1)
    expect(misplaced(slide!)).toEqual([])
  })

  it('splits it over two slides when even the smallest text would not fit, the second titled as continued', () => {
    const blocks = (n: number) => ({
      kind: 'text' as const,
      text: `Paragraph ${n}: ${'a sentence that runs long across the slide, '.repeat(5)}`,
    })
    const long = make(0)
    long.slides = [{ ...long.slides[0]!, blocks: [1, 2, 3, 4, 5, 6].map(blocks) }]
    const slides = planDeck(long, pictures)
    expect(slides.length).toBeGreaterThan(1)
    expect(slides[1]!.title).toBe('A slide with more to say than a slide holds (continued)')
    for (const s of slides) expect(misplaced(s)).toEqual([])
  })
})
