import { describe, expect, it } from 'vitest'
import { slidesInHtml } from './pdf.ts'

describe('slidesInHtml', () => {
  it('lists the slides inside .slides, in order, and nothing before them, with the backup ones marked', () => {
    const html =
      '<section id="not-a-slide"></section><div class="reveal"><div class="slides">' +
      '<section id="title" class="slide layout-title">a</section>\n<section  id="claim" class="slide">b</section>' +
      '<section id="closing" class="slide">c</section><section id="extra" class="slide" data-backup>d</section></div></div>'
    expect(slidesInHtml(html)).toEqual([
      { id: 'title', backup: false },
      { id: 'claim', backup: false },
      { id: 'closing', backup: false },
      { id: 'extra', backup: true },
    ])
  })

  it('finds none in a page without slides', () => {
    expect(slidesInHtml('<html><body></body></html>')).toEqual([])
  })
})
