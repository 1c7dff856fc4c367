import { describe, expect, it } from 'vitest'
import { mathToText } from './math-text.ts'

const show = (tex: string) => mathToText(tex).map((p) => (p.script ? `${p.script}(${p.text})` : p.italic ? `_${p.text}_` : p.text))

describe('mathToText', () => {
  it.each([
    ['n(n-1)/2', ['_n_', '(', '_n_', ' − 1)/2']],
    ['n^2', ['_n_', 'sup(2)']],
    ['\\approx 1.13 \\times 10^{15}', ['≈ 1.13 × 10', 'sup(15)']],
    ['E_{\\text{hub}} = n-1', ['_E_', 'sub(hub)', ' = ', '_n_', ' − 1']],
    ['n \\log n', ['_n_', ' log ', '_n_']],
    ['\\frac{n(n-1)}{2}', ['(', '_n_', '(', '_n_', ' − 1))/2']],
  ])('%s reads as text, with letters in italics and exponents raised', (tex, expected) => {
    expect(show(tex)).toEqual(expected)
  })

  it('refuses what KaTeX cannot parse', () => {
    expect(() => mathToText('\\frac{1}')).toThrow()
  })
})
