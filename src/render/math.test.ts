import { describe, expect, it } from 'vitest'
import { DeckError } from '../errors.ts'
import { renderMath } from './math.ts'

const at = { slide: 'links', field: 'blocks[0].tex' }

describe('renderMath', () => {
  it('renders display math as a block, inline math as a span', () => {
    expect(renderMath('n-1', true, at)).toMatch(/^<span class="katex-display"><span class="katex">/)
    expect(renderMath('n-1', false, at)).toMatch(/^<span class="katex">/)
  })

  it('carries MathML for assistive technology and the TeX source as annotation', () => {
    const html = renderMath('\\binom{n}{2}', false, at)
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">')
    expect(html).toContain('<annotation encoding="application/x-tex">\\binom{n}{2}</annotation>')
    expect(html).toContain('class="katex-html" aria-hidden="true"')
  })

  it('does not leak display mode between calls', () => {
    renderMath('x', true, at)
    expect(renderMath('x', false, at)).not.toContain('katex-display')
    renderMath('x', false, at)
    expect(renderMath('x', true, at)).toContain('katex-display')
  })

  it('does not leak macros between formulas', () => {
    renderMath('\\gdef\\leak{x}', false, at)
    expect(() => renderMath('\\leak', false, at)).toThrow(/Undefined control sequence: \\leak/)
  })

  it('escapes the TeX source it echoes', () => {
    const html = renderMath('a < b', false, at)
    expect(html).toContain('<annotation encoding="application/x-tex">a &lt; b</annotation>')
    expect(html).not.toContain('a < b')
  })

  it.each([
    ['\\frac{1}{', /KaTeX could not parse "\\frac\{1\}\{": Unexpected end of input/],
    ['\\nosuch', /KaTeX could not parse "\\nosuch": Undefined control sequence: \\nosuch/],
    ['x^', /KaTeX could not parse "x\^": Expected group after '\^'/],
    ['\\left( x', /KaTeX could not parse "\\left\( x": Expected '\\right'/],
    // strict: 'error' turns LaTeX-incompatible input into errors the author sees at build time.
    ['é', /Accented Unicode text character "é" used in math mode/],
    ['\\htmlClass{x}{y}', /HTML extension is disabled on strict mode/],
  ])('%j is a DeckError naming the field', (tex, message) => {
    let error: unknown
    try {
      renderMath(tex, true, at)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DeckError)
    expect((error as DeckError).where).toEqual(at)
    expect((error as DeckError).message).toMatch(/^slide "links", blocks\[0\]\.tex: KaTeX could not parse /)
    expect((error as DeckError).message).toMatch(message)
    expect((error as DeckError).cause).toBeInstanceOf(Error)
  })

  it.each(['\\href{javascript:alert(1)}{x}', '\\url{https://example.org}', '\\includegraphics{x.png}'])(
    '%j never makes a link or an image (trust: false)',
    (tex) => {
      let html = ''
      try {
        html = renderMath(tex, false, at)
      } catch (e) {
        expect(e).toBeInstanceOf(DeckError)
      }
      expect(html).not.toMatch(/<a |href=|<img /)
    },
  )

  // With trust: false KaTeX does not throw for \href, \url, \includegraphics: it draws the
  // command's name in red. The renderer reports them instead, so the room never sees "\href".
  it.each(['\\href{https://example.org}{x}', '\\includegraphics{x.png}'])('%j is reported, not drawn in red', (tex) => {
    expect(() => renderMath(tex, false, at)).toThrow(/is not allowed in a formula/)
  })
})
