import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { asciiHtml } from './ascii-html.ts'

const isAscii = (s: string) => /^\p{ASCII}*$/u.test(s)

describe('asciiHtml', () => {
  it('writes every non-ASCII character of text and attributes as a reference the parser reads back', () => {
    const html =
      '<section aria-label="Van der Pijl’s modes"><h2>“Peer” — Şenalp’s 1 × 2 − 3 😀</h2>' +
      '<svg viewBox="0 0 10 10"><text><tspan>•</tspan> Bücher</text></svg></section>'
    const out = asciiHtml(html)
    expect(isAscii(out)).toBe(true)
    const { document } = parseHTML(`<!doctype html><html><body>${out}</body></html>`)
    expect(document.querySelector('h2')!.textContent).toBe('“Peer” — Şenalp’s 1 × 2 − 3 😀')
    expect(document.querySelector('section')!.getAttribute('aria-label')).toBe('Van der Pijl’s modes')
    expect(document.querySelector('svg')!.textContent).toBe('• Bücher')
  })

  it('writes a character outside the Basic Multilingual Plane as one reference, not two halves', () => {
    expect(asciiHtml('😀')).toBe('&#x1F600;')
    expect(asciiHtml('’')).toBe('&#x2019;')
  })

  it('leaves the raw text of <script> and <style> as it is, where a reference would not be read', () => {
    const script = '<script>document.title = "‹ ›"</script>'
    const style = '<style media="screen">p::before { content: "“" }</style>'
    expect(asciiHtml(`<p>“</p>${script}<p>”</p>${style}<p>—</p>`)).toBe(`<p>&#x201C;</p>${script}<p>&#x201D;</p>${style}<p>&#x2014;</p>`)
  })

  it('changes nothing in a page that is already ASCII, including elements whose name starts like script', () => {
    const page = '<noscript><link rel="stylesheet" href="a.css"></noscript><scripts-x>&amp;</scripts-x><p title="a &quot;b&quot;">x</p>'
    expect(asciiHtml(page)).toBe(page)
  })
})
