import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { ASIDES_ATTACHED, placeAsides } from './asides.ts'

const page = () =>
  parseHTML(
    `<html><body><div class="reveal"><div class="slides">` +
      `<section id="one"><h2>One</h2></section><section id="two"><h2>Two</h2></section>` +
      `</div></div></body></html>`,
  ).document

const asides = {
  one: '<aside class="notes"><p>Say one.</p></aside><template class="slide-sources">Source one.</template>',
  two: '<aside class="notes"><p>Say two.</p></aside>',
}

describe('placeAsides', () => {
  it('puts each slide’s notes and source note at the end of its own section, and says so on <html>', () => {
    const doc = page()
    placeAsides(doc, asides)
    const one = doc.getElementById('one')!
    expect([...one.children].map((c) => c.tagName.toLowerCase())).toEqual(['h2', 'aside', 'template'])
    expect(one.querySelector('aside.notes')!.textContent).toBe('Say one.')
    expect(doc.getElementById('two')!.querySelector('aside.notes')!.textContent).toBe('Say two.')
    expect(doc.documentElement.hasAttribute(ASIDES_ATTACHED)).toBe(true)
  })

  it('called again (reveal.js’s scroll view rebuilt a section), adds only what a section lacks', () => {
    const doc = page()
    placeAsides(doc, asides)
    doc.getElementById('two')!.innerHTML = '<h2>Two</h2>'
    placeAsides(doc, asides)
    expect(doc.querySelectorAll('#one aside.notes')).toHaveLength(1)
    expect(doc.querySelectorAll('#two aside.notes')).toHaveLength(1)
  })

  it('takes nothing from the object’s prototype for a slide with an id like "constructor"', () => {
    const doc = parseHTML(
      `<html><body><div class="reveal"><div class="slides"><section id="constructor"></section></div></div></body></html>`,
    ).document
    placeAsides(doc, asides)
    expect(doc.getElementById('constructor')!.children).toHaveLength(0)
  })
})
