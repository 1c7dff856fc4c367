import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { allSlides, slideAt } from './slides.ts'

// The same three slides as reveal.js lays them out in its slide view, and as its scroll view
// rearranges them (reveal.js 6 ScrollView.activate: a page per slide, the slide inside it).
const slideView = `<div class="slides"><section id="a"></section><section id="b" data-backup></section><section id="c"></section></div>`
const scrollView =
  '<div class="slides">' +
  ['a', 'b', 'c']
    .map(
      (id, h) =>
        `<div class="scroll-page"><div class="scroll-page-sticky"><div class="scroll-page-content"><section id="${id}" data-index-h="${h}"></section></div></div></div>`,
    )
    .join('') +
  '</div>'
const stack = `<div class="slides"><section id="a"></section><section class="stack"><section id="b1"></section><section id="b2"></section></section></div>`

const ids = (html: string) => allSlides(parseHTML(html).document.querySelector('.slides')).map((s) => s.id)

describe('allSlides', () => {
  it('finds every slide, in order, in the slide view and in the scroll view', () => {
    expect(ids(slideView)).toEqual(['a', 'b', 'c'])
    expect(ids(scrollView)).toEqual(['a', 'b', 'c'])
  })

  it('lists a vertical stack’s slides, not the stack', () => {
    expect(ids(stack)).toEqual(['a', 'b1', 'b2'])
  })
})

describe('slideAt', () => {
  it('finds a slide by reveal.js’s indices in the scroll view, where reveal.js’s getSlide finds none', () => {
    const slides = parseHTML(scrollView).document.querySelector('.slides')!
    const deck = {
      getSlidesElement: () => slides as unknown as HTMLElement,
      getIndices: (s?: HTMLElement) => ({ h: Number(s!.getAttribute('data-index-h')), v: 0, f: 0 }),
    }
    expect(slideAt(deck, 2)?.id).toBe('c')
    expect(slideAt(deck, 0, 0)?.id).toBe('a')
    expect(slideAt(deck, 5)).toBeUndefined()
  })
})
