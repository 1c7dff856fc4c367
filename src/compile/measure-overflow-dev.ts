/**
 * Dev only (the deck:render plugin adds it to the dev page): once reveal.js has laid the deck out
 * and every diagram is drawn, measure every slide as the build does, and show each block that does
 * not fit in the error banner and on its slide. The page keeps working; the build would fail.
 * `<html data-deck-overflow>` says it ran: "none", "found", or "skipped" (a narrow window shows
 * the phone layout, not the 1280×720 design size).
 */
import { blockPath } from '../render/block-path.ts'
import { collectSlideBoxes, overflowErrors } from './measure-overflow.ts'
import type { DeckError } from '../errors.ts'

const root = document.documentElement

const STYLE = `
.deck-overflow-notice { position: absolute; z-index: 20; left: 0; right: 0; bottom: 0; margin: 0; padding: 8px 16px;
  background: #fff0f0; color: #700; border-top: 3px solid #a00; font: 16px/1.4 monospace; list-style: none; }
.deck-overflowing { outline: 3px dashed #a00; outline-offset: 2px; }
`

function show(errors: readonly DeckError[]): void {
  const style = document.createElement('style')
  style.textContent = STYLE
  document.head.append(style)
  let banner = document.querySelector<HTMLElement>('.deck-dev-errors')
  if (!banner) {
    banner = document.createElement('div')
    banner.className = 'deck-dev-errors'
    banner.setAttribute('role', 'alert')
    banner.append(document.createElement('strong'), document.createElement('ul'))
    document.body.prepend(banner)
  }
  const list = banner.querySelector('ul')!
  for (const e of errors) {
    const li = document.createElement('li')
    li.textContent = e.message
    list.append(li)
    const section = document.getElementById(e.where.slide)
    if (!section) continue
    let notice = section.querySelector('.deck-overflow-notice')
    if (!notice) {
      notice = document.createElement('ul')
      notice.className = 'deck-overflow-notice'
      section.append(notice)
    }
    const item = document.createElement('li')
    const code = document.createElement('code')
    code.textContent = e.where.field
    item.append(code, `: ${e.detail}`)
    notice.append(item)
    const path = blockPath(e.where.field)
    const block = e.where.field === 'title' ? section.querySelector('.slide-head') : path && section.querySelector(`[data-block="${path}"]`)
    if (block) block.classList.add('deck-overflowing')
  }
  banner.querySelector('strong')!.textContent = `${list.children.length} problem(s) in the deck`
}

function measure(): void {
  if (root.dataset.layout === 'narrow') {
    root.dataset.deckOverflow = 'skipped'
    return
  }
  const errors = overflowErrors(collectSlideBoxes())
  if (errors.length) {
    show(errors)
    // The terminal lists it too, beside the render errors.
    import.meta.hot?.send('deck:overflow', { messages: errors.map((e) => e.message) })
  }
  root.dataset.deckOverflow = errors.length ? 'found' : 'none'
}

function settled(): boolean {
  return root.dataset.deckState === 'ready' || root.dataset.deckState === 'error'
}

// After reveal.js has laid the slides out, diagrams included: <html data-deck-state> says when.
if (settled()) requestAnimationFrame(measure)
else {
  const watch = new MutationObserver(() => {
    if (!settled()) return
    watch.disconnect()
    requestAnimationFrame(measure)
  })
  watch.observe(root, { attributes: true, attributeFilter: ['data-deck-state'] })
}
