import { describe, expect, it } from 'vitest'
import { isNarrow, slideScale, slideSize } from '../reveal/config.ts'
import { FIRST_PAINT_SCRIPT, startSlideRules } from './head.ts'

/** Run the head script against a window of this size and URL; what it set on <html>. */
function runHeadScript(width: number, height: number, url = 'https://example.org/deck/') {
  const attributes: Record<string, string> = {}
  const properties: Record<string, string> = {}
  const documentElement = {
    setAttribute: (name: string, value: string) => void (attributes[name] = value),
    style: { setProperty: (name: string, value: string) => void (properties[name] = value) },
  }
  const { search, hash } = new URL(url)
  new Function('document', 'innerWidth', 'innerHeight', 'location', FIRST_PAINT_SCRIPT)({ documentElement }, width, height, {
    search,
    hash,
  })
  return { attributes, properties }
}

describe('the first-paint head script', () => {
  it.each([
    [1280, 720],
    [1024, 768],
    [1920, 1080],
    [1366, 768],
    [412, 823],
    [390, 844],
    [844, 390],
    [453, 900],
    [454, 900],
  ])('gives a %i×%i window the slide size, scale and layout reveal.js and deck-narrow will', (width, height) => {
    const { attributes, properties } = runHeadScript(width, height)
    const size = slideSize({ width, height })
    expect(properties).toEqual({
      '--deck-start-width': `${size.width}px`,
      '--deck-start-height': `${size.height}px`,
      '--deck-start-scale': String(slideScale({ width, height }, size)),
    })
    expect(attributes['data-layout']).toBe(isNarrow({ width }) ? 'narrow' : undefined)
    expect(attributes).toHaveProperty('data-deck-prepaint')
  })

  it('names the slide of a #/slide-id link, on a wide screen and on a phone', () => {
    expect(runHeadScript(1280, 720, 'https://example.org/#/peer-production').attributes['data-deck-start']).toBe('peer-production')
    expect(runHeadScript(1280, 720, 'https://example.org/#/peer-production/2').attributes['data-deck-start']).toBe('peer-production')
    // The scroll view opens the link at its page (deck-scroll-location): that page is what is painted.
    expect(runHeadScript(390, 844, 'https://example.org/#/peer-production').attributes['data-deck-start']).toBe('peer-production')
    expect(runHeadScript(390, 844, 'https://example.org/').attributes['data-deck-start']).toBeUndefined()
  })

  it('leaves the print view alone', () => {
    const { attributes, properties } = runHeadScript(1280, 720, 'https://example.org/?print-pdf')
    expect({ attributes, properties }).toEqual({ attributes: {}, properties: {} })
  })
})

describe('startSlideRules', () => {
  const slides = [{ id: 'title' }, { id: 'with-math' }, { id: 'plain' }, { id: 'with-diagram' }]
  const html = [
    '<section id="title" class="slide"><h1>T</h1></section>',
    '<section id="with-math" class="slide"><span class="katex">x</span></section>',
    '<section id="plain" class="slide"><p>p</p></section>',
    '<section id="with-diagram" class="slide"><figure id="d" class="diagram is-drawn"></figure></section>',
  ].join('\n')

  it('shows the first slide without a link, and a linked slide, but no slide whose CSS is deferred', () => {
    const rules = startSlideRules({ slides }, html)
    expect(rules).toContain("html[data-deck-start='title'] #title")
    expect(rules).toContain("html[data-deck-start='plain'] #plain")
    expect(rules).toContain('html:not([data-deck-start]) #title')
    expect(rules).not.toContain('with-math')
    expect(rules).not.toContain('with-diagram')
  })

  it('ignores an id that is not kebab-case', () => {
    expect(startSlideRules({ slides: [{ id: 'x"]{}*{display:none' }] })).toBe('')
  })
})
