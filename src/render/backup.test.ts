import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import type { Deck, Slide } from '../model.ts'
import { DeckError } from '../errors.ts'
import backupDeck from '../../tests/fixtures/backup-deck.ts'
import { backupProblems, renderOrder, slideCounts } from './backup.ts'
import { createRenderContext } from './context.ts'
import { placeAsides } from '../reveal/asides.ts'
import { renderDeckSlides, type RenderedSlides } from './deck.ts'
import { planBudgets } from './pacing.ts'
import { validateDeck } from './validate.ts'

const deck = backupDeck as Deck
const ctx = () => createRenderContext(deck.citations, new Set(deck.slides.map((s) => s.id)))
/** The slides as a page has them once their notes are back (src/reveal/asides.ts). */
const page = ({ html, asides }: RenderedSlides) => {
  const { document } = parseHTML(`<html><body><div class="reveal"><div class="slides">${html}</div></div></body></html>`)
  placeAsides(document, asides)
  return document
}
const rendered = () => page(renderDeckSlides(deck, ctx()))
const sections = () => [...rendered().querySelectorAll('section')] as HTMLElement[]
const talk = deck.slides.filter((s) => !s.backup)
const backups = deck.slides.filter((s) => s.backup)

describe('backup slides', () => {
  it('are rendered after the closing slide, in module order, wherever the modules list them', () => {
    expect(deck.slides.findIndex((s) => s.backup)).toBeLessThan(deck.slides.findIndex((s) => s.layout === 'closing'))
    const ids = sections().map((s) => s.id)
    expect(ids).toEqual([...talk.map((s) => s.id), ...backups.map((s) => s.id)])
    expect(ids.indexOf('closing')).toBe(talk.length - 1)
  })

  it('carry data-backup, reveal.js’s "uncounted", a marker and their own count', () => {
    const all = sections()
    const marked = all.filter((s) => s.hasAttribute('data-backup'))
    expect(marked.map((s) => s.id)).toEqual(backups.map((s) => s.id))
    for (const [k, s] of marked.entries()) {
      expect(s.dataset.visibility).toBe('uncounted')
      expect(s.getAttribute('aria-label')).toBe(`Backup ${k + 1} of ${backups.length}`)
      expect(s.querySelector('.backup-marker')?.textContent).toBe(`Backup ${k + 1}/${backups.length}`)
      expect(s.querySelector('.part-dots')).toBeNull()
      expect(s.querySelector('aside.notes .backup-pace')?.textContent).toMatch(/Backup slide.*outside the talk’s time/)
    }
    const counted = all.filter((s) => !s.hasAttribute('data-backup'))
    expect(counted.map((s) => s.getAttribute('aria-label'))).toEqual(talk.map((_, i) => `${i + 1} of ${talk.length}`))
    expect(counted.every((s) => !s.hasAttribute('data-visibility') && s.querySelector('.backup-marker') === null)).toBe(true)
  })

  it('are outside the pacing plan: the part budgets add up to the talk’s slides alone', () => {
    const budgets = planBudgets(deck.parts, deck.slides)
    const planned = budgets.reduce((n, b) => n + b.seconds, 0)
    expect(planned).toBe(talk.reduce((n, s) => n + s.timing, 0))
    expect(budgets.reduce((n, b) => n + b.slides, 0)).toBe(talk.length)
    const timed = sections()
      .filter((s) => s.dataset.visibility !== 'uncounted')
      .reduce((n, s) => n + Number(s.dataset.timing), 0)
    expect(timed).toBe(planned)
  })

  it('a broken backup slide (dev) stays a backup slide, after the closing slide', () => {
    const broken = new Map([
      [deck.slides.findIndex((s) => s.id === 'backup-baran'), [new DeckError({ slide: 'backup-baran', field: 'title' }, 'bad')]],
    ])
    const doc = page(renderDeckSlides(deck, ctx(), { broken }))
    const section = doc.getElementById('backup-baran')!
    expect(section.classList.contains('deck-error-slide')).toBe(true)
    expect(section.getAttribute('data-visibility')).toBe('uncounted')
    expect(section.hasAttribute('data-backup')).toBe(true)
    expect(doc.querySelector('section:last-child')?.id).toBe('backup-numbers')
  })

  it('render order and counts', () => {
    const slides = [{}, { backup: true }, {}, { backup: true }, { backup: false }]
    expect(renderOrder(slides)).toEqual([0, 2, 4, 1, 3])
    expect(slideCounts(slides)).toEqual([
      { backup: false, number: 1, total: 3 },
      { backup: true, number: 1, total: 2 },
      { backup: false, number: 2, total: 3 },
      { backup: true, number: 2, total: 2 },
      { backup: false, number: 3, total: 3 },
    ])
  })

  it('a backup slide cannot be a title, references or closing slide, nor back matter', async () => {
    expect(backupProblems({ backup: true })).toEqual([])
    expect(backupProblems({ backup: true, layout: 'closing' }).map((p) => p.field)).toEqual(['layout'])
    expect(backupProblems({ backup: true, backMatter: true }).map((p) => p.field)).toEqual(['backMatter'])
    expect(backupProblems({ backup: 'yes' as unknown as boolean })[0]?.detail).toBe('expected true or false, found "yes"')
    const wrong: Slide = { ...deck.slides.find((s) => s.layout === 'closing')!, backup: true }
    const errors = await validateDeck({ ...deck, slides: deck.slides.map((s) => (s.id === wrong.id ? wrong : s)) }, ctx())
    expect(errors.map((e) => e.message)).toEqual([
      'slide "closing", layout: a backup slide is a content slide, found layout "closing"; remove backup: true or the layout',
      'slide "closing", backMatter: a slide is either back matter or a backup slide; remove one of backMatter and backup',
    ])
  })
})
