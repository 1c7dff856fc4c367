import type { RevealApi, RevealPlugin } from 'reveal.js'
import { isPrintView } from '../print.ts'
import { allSlides, isBackupSlide, plainText, slideTitle } from '../slides.ts'

const KEY_CODE = 77
/** The map's group of backup slides; not a part id (part ids are kebab-case words). */
const BACKUP_GROUP = '\0backup'

/** A part of the argument as the map lists it: its label and the indices of its slides. */
export interface MapPart {
  label: string
  /** Indices into the flat list of slides, in order. */
  slides: number[]
}

/**
 * Where focus goes for a key pressed on the slide at `index` in the map: ↑/↓ the previous or next
 * slide, ←/→ (and Page Up/Down) the first slide of the previous or next part, Home/End the first
 * or last slide. undefined for any other key. Stops at the ends rather than wrapping: a presenter
 * holding ↓ should land on the last slide, not back on the first.
 */
export function mapTarget(key: string, index: number, parts: readonly MapPart[]): number | undefined {
  const count = parts.reduce((n, p) => n + p.slides.length, 0)
  if (count === 0) return undefined
  const partOf = parts.findIndex((p) => p.slides.includes(index))
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i))
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1)
    case 'ArrowUp':
      return clamp(index - 1)
    case 'Home':
      return 0
    case 'End':
      return count - 1
    case 'ArrowRight':
    case 'PageDown':
      return parts[Math.min(partOf + 1, parts.length - 1)]?.slides[0] ?? index
    case 'ArrowLeft':
    case 'PageUp': {
      // From inside a part, first go to its own start; from its start, to the previous part.
      const own = parts[partOf]?.slides[0]
      if (own !== undefined && own !== index) return own
      return parts[Math.max(partOf - 1, 0)]?.slides[0] ?? index
    }
    default:
      return undefined
  }
}

/**
 * deck-argument-map: `M` opens a map of the parts of the argument and their slides; choosing a
 * slide goes there and closes the map. A modal <dialog>: focus starts on the current slide, ↑/↓
 * move between slides and ←/→ between parts (one Tab stop for the list), Esc or `M` closes it,
 * and focus returns to where it was. Built from the rendered slides (data-part and the part
 * indicator), so it needs no data of its own.
 */
export function deckArgumentMap(): RevealPlugin {
  let dialog: HTMLDialogElement | undefined
  return {
    id: 'deck-argument-map',
    init(deck: RevealApi) {
      if (isPrintView()) return
      deck.addKeyBinding({ keyCode: KEY_CODE, key: 'M', description: 'Argument map: jump to any part or slide' }, () => {
        dialog ??= createMap(deck)
        if (dialog.open) dialog.close()
        else openMap(deck, dialog)
      })
    },
    destroy() {
      dialog?.remove()
    },
  }
}

function openMap(deck: RevealApi, dialog: HTMLDialogElement): void {
  const current = (deck.getCurrentSlide() as HTMLElement | undefined)?.id
  let focus: HTMLButtonElement | undefined
  for (const b of slideButtons(dialog)) {
    const here = b.dataset.target === current
    if (here) b.setAttribute('aria-current', 'true')
    else b.removeAttribute('aria-current')
    if (here) focus = b
  }
  dialog.showModal()
  rove(dialog, focus ?? slideButtons(dialog)[0])
}

function slideButtons(dialog: HTMLDialogElement): HTMLButtonElement[] {
  return [...dialog.querySelectorAll<HTMLButtonElement>('button[data-target]')]
}

/** One Tab stop for the whole list: the focused slide. */
function rove(dialog: HTMLDialogElement, to: HTMLButtonElement | undefined): void {
  if (!to) return
  for (const b of slideButtons(dialog)) b.tabIndex = b === to ? 0 : -1
  to.focus()
  to.scrollIntoView({ block: 'nearest' })
}

function createMap(deck: RevealApi): HTMLDialogElement {
  const dialog = document.createElement('dialog')
  dialog.className = 'argument-map'
  dialog.setAttribute('aria-labelledby', 'argument-map-title')
  dialog.setAttribute('aria-describedby', 'argument-map-hint')

  const slides = allSlides(deck.getSlidesElement())
  const groups = new Map<string, { label: string; slides: HTMLElement[] }>()
  for (const slide of slides) {
    // Backup slides are their own group, after the talk's parts, whatever part they back up.
    const backup = isBackupSlide(slide)
    const part = backup ? BACKUP_GROUP : (slide.dataset.part ?? '')
    if (!groups.has(part)) {
      const name = slide.querySelector('.part-name')
      groups.set(part, { label: backup ? 'Backup slides (for questions)' : name ? plainText(name) : part, slides: [] })
    }
    groups.get(part)!.slides.push(slide)
  }
  const parts: MapPart[] = [...groups.values()].map((g) => ({ label: g.label, slides: g.slides.map((s) => slides.indexOf(s)) }))

  const title = document.createElement('h2')
  title.id = 'argument-map-title'
  title.textContent = 'Argument map'
  const hint = document.createElement('p')
  hint.id = 'argument-map-hint'
  hint.className = 'argument-map-hint'
  hint.textContent = '↑ ↓ slide · ← → part · Enter go there · Esc close'
  const close = document.createElement('button')
  close.type = 'button'
  close.className = 'argument-map-close'
  close.textContent = 'Close (Esc)'
  close.addEventListener('click', () => dialog.close())

  const nav = document.createElement('nav')
  nav.setAttribute('aria-labelledby', 'argument-map-title')
  const list = document.createElement('ol')
  list.className = 'argument-map-parts'
  parts.forEach((part, p) => {
    const li = document.createElement('li')
    const h = document.createElement('h3')
    h.id = `argument-map-part-${p}`
    h.textContent = part.label
    const ol = document.createElement('ol')
    ol.setAttribute('aria-labelledby', h.id)
    for (const index of part.slides) {
      const slide = slides[index]!
      const item = document.createElement('li')
      const button = document.createElement('button')
      button.type = 'button'
      button.dataset.target = slide.id
      button.dataset.index = String(index)
      button.tabIndex = -1
      const number = document.createElement('span')
      number.className = 'argument-map-number'
      number.textContent = isBackupSlide(slide) ? `B${part.slides.indexOf(index) + 1}` : `${index + 1}`
      button.append(number, ` ${slideTitle(slide)}`)
      button.addEventListener('click', () => {
        dialog.close()
        const { h: hi, v } = deck.getIndices(slide)
        deck.slide(hi, v)
      })
      item.append(button)
      ol.append(item)
    }
    li.append(h, ol)
    list.append(li)
  })
  nav.append(list)
  dialog.append(title, hint, close, nav)

  dialog.addEventListener('keydown', (e) => {
    // Keys pressed inside the map must not move the deck behind it.
    e.stopPropagation()
    if (e.altKey || e.ctrlKey || e.metaKey) return
    if (e.key === 'm' || e.key === 'M') {
      e.preventDefault()
      dialog.close()
      return
    }
    const from = (e.target as HTMLElement).closest?.<HTMLButtonElement>('button[data-index]')
    if (!from) return
    const to = mapTarget(e.key, Number(from.dataset.index), parts)
    if (to === undefined) return
    e.preventDefault()
    rove(dialog, dialog.querySelector<HTMLButtonElement>(`button[data-index="${to}"]`) ?? undefined)
  })
  // A click on the backdrop (outside the dialog's box) closes it, as it would close a menu.
  dialog.addEventListener('click', (e) => {
    if (e.target !== dialog) return
    const r = dialog.getBoundingClientRect()
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) dialog.close()
  })
  document.body.append(dialog)
  return dialog
}
