import { describe, expect, it } from 'vitest'
import { slideIdsInHtml } from './pdf.ts'

describe('slideIdsInHtml', () => {
  it('lists the slides inside .slides, in order, and nothing before them', () => {
    const html =
      '<section id="not-a-slide"></section><div class="reveal"><div class="slides">' +
      '<section id="title" class="slide layout-title">a</section>\n<section  id="claim" class="slide">b</section>' +
      '<section id="closing" class="slide">c</section></div></div>'
    expect(slideIdsInHtml(html)).toEqual(['title', 'claim', 'closing'])
  })

  it('finds none in a page without slides', () => {
    expect(slideIdsInHtml('<html><body></body></html>')).toEqual([])
  })
})
