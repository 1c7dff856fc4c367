import type { Part, Slide } from '../model.ts'
import { DeckError, type Where } from '../errors.ts'
import { renderBlock } from './blocks.ts'
import type { RenderContext } from './context.ts'
import { escapeAttr, escapeHtml } from './escape.ts'
import { renderInline } from './inline.ts'
import { renderNotes } from './notes.ts'
import { formatClock, type PartBudget } from './pacing.ts'

/** Where a slide stands in the argument: used for the indicator and the pacing line. */
export interface SlidePlace {
  parts: readonly Part[]
  budget: PartBudget | undefined
  /** 1-based number of the slide and the total: among the talk's slides, or among the backups. */
  number: number
  total: number
  /** A backup slide: after the closing slide, outside the talk's time and count. @default false */
  backup?: boolean
}

/**
 * A slide as the build writes it: the section the audience's page carries, and what only the
 * speaker and the exports read (its notes and source note), which ship in a chunk of their own
 * (src/reveal/asides.ts puts them back into the section when the speaker view, the phone remote or
 * the print view asks). A third of the page was notes and sources every phone parsed and never showed.
 */
export interface RenderedSlide {
  id: string
  section: string
  /** `<aside class="notes">`, then the source note's `<template>` if the slide has one. */
  asides: string
}

export function renderSlide(slide: Slide<string>, ctx: RenderContext, place: SlidePlace): RenderedSlide {
  const at = (f: string): Where => ({ slide: slide.id, field: f })
  const layout = slide.layout ?? 'content'
  const counter = { diagrams: 0 }
  const titleHtml = renderInline(slide.title, ctx, at('title'))
  if (!titleHtml.trim()) throw new DeckError(at('title'), 'expected a title that states the point, found an empty string')
  const subtitle = slide.subtitle ? `<p class="subtitle">${renderInline(slide.subtitle, ctx, at('subtitle'))}</p>` : ''
  const badge = slide.interpretation
    ? `<p class="interp-badge"><span class="interp-icon" aria-hidden="true">◇</span> Interpretation: this deck’s proposal, not a sourced claim</p>`
    : ''
  const blocks = slide.blocks.map((b, i) => renderBlock(b, ctx, at(`blocks[${i}]`), layout, counter)).join('\n')
  const heading = layout === 'title' ? `<h1>${titleHtml}</h1>` : `<h2>${titleHtml}</h2>`
  const closing = layout === 'closing' ? renderClosingExtras(ctx) : ''
  const pace = place.backup ? BACKUP_NOTE : renderPace(place.budget)
  const notes = `<aside class="notes">${pace}${renderNotes(slide.notes, at('notes'))}</aside>`
  // The source note sits in an inert <template>: never painted, searched or read aloud, and outside
  // <aside class="notes">, which reveal.js copies into the speaker view. The handout prints it.
  const sources = slide.sources ? `<template class="slide-sources">${renderInline(slide.sources, ctx, at('sources'))}</template>` : ''
  const classes = ['slide', `layout-${layout}`, slide.interpretation ? 'is-interpretation' : '', slide.backMatter ? 'is-back-matter' : '']
  // A backup slide: reveal.js leaves an "uncounted" slide out of its count, its progress bar and
  // the timings its speaker view paces against (getSlidesAttributes).
  const backup = place.backup ? ` data-backup data-visibility="uncounted"` : ''
  const label = place.backup ? `Backup ${place.number} of ${place.total}` : `${place.number} of ${place.total}`
  const section = [
    `<section id="${escapeAttr(slide.id)}" class="${classes.filter(Boolean).join(' ')}" data-timing="${slide.timing}" data-part="${escapeAttr(slide.part)}"${backup} aria-roledescription="slide" aria-label="${label}">`,
    `<header class="slide-head">${heading}${subtitle}${badge}</header>`,
    `<div class="slide-body">${blocks}${closing}</div>`,
    place.backup ? renderBackupMarker(slide.part, place) : renderPartIndicator(slide.part, place),
    `</section>`,
  ].join('\n')
  return { id: slide.id, section, asides: notes + sources }
}

/** The small indicator on each slide: the part's name and progress through the parts. */
function renderPartIndicator(partId: string, place: SlidePlace): string {
  const index = place.parts.findIndex((p) => p.id === partId)
  const part = place.parts[index]
  if (!part) return ''
  const dots = place.parts
    .map(
      (p, i) => `<li class="${i < index ? 'done' : i === index ? 'current' : ''}" title="${escapeAttr(`${p.numeral}. ${p.label}`)}"></li>`,
    )
    .join('')
  return (
    `<footer class="part-indicator"><span class="part-name"><span class="part-numeral">${escapeHtml(part.numeral)}</span> ${escapeHtml(part.label)}</span>` +
    `<ol class="part-dots" aria-label="Part ${index + 1} of ${place.parts.length}">${dots}</ol></footer>`
  )
}

/** In place of the part indicator: a discreet "backup" and the part the slide backs up. */
function renderBackupMarker(partId: string, place: SlidePlace): string {
  const part = place.parts.find((p) => p.id === partId)
  const name = part
    ? ` <span class="part-name"><span class="part-numeral">${escapeHtml(part.numeral)}</span> ${escapeHtml(part.label)}</span>`
    : ''
  return `<footer class="part-indicator backup-indicator"><span class="backup-marker">Backup ${place.number}/${place.total}</span>${name}</footer>`
}

/** The speaker's reminder on a backup slide; deck-backup adds where R returns to. */
const BACKUP_NOTE = `<p class="pace backup-pace"><strong>Backup slide</strong>: for questions, outside the talk’s time.</p>`

/** The pacing line shown in the speaker view's notes only: the part's budget against the plan. */
function renderPace(budget: PartBudget | undefined): string {
  if (!budget) return ''
  const { part, seconds, startsAt, endsAt } = budget
  return (
    `<p class="pace"><strong>Part ${escapeHtml(part.numeral)} · ${escapeHtml(part.label)}</strong>: ` +
    `${formatClock(seconds)} planned, from ${formatClock(startsAt)} to ${formatClock(endsAt)} elapsed.</p>`
  )
}

function renderClosingExtras(ctx: RenderContext): string {
  if (!ctx.publicUrl) return ''
  const url = escapeHtml(ctx.publicUrl)
  const qr = ctx.qrSvg ? `<div class="qr" role="img" aria-label="QR code for ${url}">${ctx.qrSvg}</div>` : ''
  return `<div class="share">${qr}<p class="share-link"><a href="${url}">${url}</a></p></div>`
}
