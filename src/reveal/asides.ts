/**
 * The slides' notes and source notes (`<aside class="notes">`, `<template class="slide-sources">`)
 * are not in the page the audience loads: they were a third of its HTML, parsed by every phone and
 * never shown. The build puts them in a chunk of their own (virtual:deck-asides, deck:render in
 * src/compile/plugin.ts); this puts them back into their sections, where reveal.js's speaker view,
 * the phone remote, the print view (PDF with notes, the handout) and deck-backup read them.
 */

import type { AsidesBySlide } from '../render/deck.ts'

/** Set on <html> once every section has its asides: tools and tests wait for it. */
export const ASIDES_ATTACHED = 'data-deck-asides'

/** Fired on document once the asides are in place, for what wrote into them before (deck-backup). */
export const ASIDES_EVENT = 'deck:asides'

export type { AsidesBySlide }

let loaded: Promise<AsidesBySlide> | undefined

/** The asides chunk, loaded once: slide id -> that slide's asides HTML. */
export function loadAsides(load: () => Promise<{ default: AsidesBySlide }> = () => import('virtual:deck-asides')): Promise<AsidesBySlide> {
  return (loaded ??= load().then((m) => m.default))
}

/** Puts each slide's asides at the end of its section, and keeps them there (watchSlides). */
export async function attachAsides(): Promise<void> {
  const asides = await loadAsides()
  putBack(asides)
  watchSlides(asides)
}

/** placeAsides on this page, and the event for what writes into the notes (deck-backup). */
function putBack(asides: AsidesBySlide): void {
  placeAsides(document, asides)
  document.dispatchEvent(new Event(ASIDES_EVENT))
}

let watching = false

/**
 * reveal.js's scroll view, when it ends (a narrow window widened), rebuilds the slides from the
 * HTML it saved when it started (ScrollView.deactivate): notes put back in between would be gone.
 * The slides' container changes its children only then and when the scroll view starts, so
 * watching those (not the subtree) costs nothing while the talk runs.
 */
function watchSlides(asides: AsidesBySlide): void {
  const slides = document.querySelector('.reveal .slides')
  if (watching || !slides) return
  watching = true
  new MutationObserver(() => putBack(asides)).observe(slides, { childList: true })
}

/** The speaker notes of one slide, as nodes of their own (the phone remote shows them apart from the slides). */
export function notesOf(asides: AsidesBySlide, id: string): Node[] | undefined {
  const html = asidesOf(asides, id)
  if (!html) return undefined
  const template = document.createElement('template')
  template.innerHTML = html
  const aside = template.content.querySelector('aside.notes')
  return aside ? [...aside.childNodes] : undefined
}

/**
 * Each section gets its slide's asides, after its own content (where the build wrote them before
 * they moved). A section that already has notes is left as it is. The HTML is the build's own,
 * escaped when the slides were rendered, as the sections were.
 */
export function placeAsides(doc: Document, asides: AsidesBySlide): void {
  for (const section of doc.querySelectorAll<HTMLElement>('.reveal .slides section[id]')) {
    const html = asidesOf(asides, section.id)
    if (html && ![...section.children].some((c) => c.matches('aside.notes'))) section.insertAdjacentHTML('beforeend', html)
  }
  doc.documentElement.setAttribute(ASIDES_ATTACHED, '')
}

/** A slide's asides by its id; nothing for an id like "constructor" that only the prototype has. */
function asidesOf(asides: AsidesBySlide, id: string): string | undefined {
  return Object.hasOwn(asides, id) ? asides[id] : undefined
}
