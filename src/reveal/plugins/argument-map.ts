import type { RevealApi, RevealPlugin } from 'reveal.js'
import { isPrintView } from '../print.ts'

/**
 * deck-argument-map: `M` opens a map of the parts of the argument and their slides; choosing a
 * slide goes there. Built from the rendered slides (data-part and the part indicator), so it
 * needs no data of its own.
 */
export function deckArgumentMap(): RevealPlugin {
  let dialog: HTMLDialogElement | undefined
  return {
    id: 'deck-argument-map',
    init(deck: RevealApi) {
      if (isPrintView()) return
      deck.addKeyBinding({ keyCode: 77, key: 'M', description: 'Argument map: jump to any part or slide' }, () => {
        dialog ??= createMap(deck)
        if (dialog.open) dialog.close()
        else {
          refresh(deck, dialog)
          dialog.showModal()
          dialog.querySelector<HTMLElement>('[aria-current="true"]')?.focus()
        }
      })
    },
    destroy() {
      dialog?.remove()
    },
  }
}

function createMap(deck: RevealApi): HTMLDialogElement {
  const dialog = document.createElement('dialog')
  dialog.className = 'argument-map'
  dialog.setAttribute('aria-labelledby', 'argument-map-title')
  const groups = new Map<string, { label: string; slides: HTMLElement[] }>()
  for (const slide of deck.getSlides() as HTMLElement[]) {
    const part = slide.dataset.part ?? ''
    const label = slide.querySelector('.part-name')?.textContent?.trim() ?? part
    if (!groups.has(part)) groups.set(part, { label, slides: [] })
    groups.get(part)!.slides.push(slide)
  }
  const title = document.createElement('h2')
  title.id = 'argument-map-title'
  title.textContent = 'Argument map'
  const close = document.createElement('button')
  close.type = 'button'
  close.className = 'argument-map-close'
  close.textContent = 'Close (Esc)'
  close.addEventListener('click', () => dialog.close())
  const nav = document.createElement('nav')
  nav.setAttribute('aria-label', 'Parts and slides')
  const list = document.createElement('ol')
  list.className = 'argument-map-parts'
  for (const { label, slides } of groups.values()) {
    const li = document.createElement('li')
    const h = document.createElement('h3')
    h.textContent = label
    const ol = document.createElement('ol')
    for (const slide of slides) {
      const item = document.createElement('li')
      const button = document.createElement('button')
      button.type = 'button'
      button.dataset.target = slide.id
      button.textContent = slide.querySelector('h1, h2')?.textContent?.trim() ?? slide.id
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
  }
  nav.append(list)
  dialog.append(title, close, nav)
  // Keys pressed inside the map must not move the deck behind it.
  dialog.addEventListener('keydown', (e) => e.stopPropagation())
  document.body.append(dialog)
  return dialog
}

function refresh(deck: RevealApi, dialog: HTMLDialogElement): void {
  const current = (deck.getCurrentSlide() as HTMLElement | undefined)?.id
  for (const b of dialog.querySelectorAll<HTMLButtonElement>('button[data-target]')) {
    b.setAttribute('aria-current', String(b.dataset.target === current))
  }
}
