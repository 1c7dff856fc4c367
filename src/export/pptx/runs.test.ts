import { describe, expect, it } from 'vitest'
import { DeckError } from '../../errors.ts'
import { inlineRuns, runsText } from './runs.ts'
import { COLOR } from './theme.ts'

const citations = {
  vdp2007: { author: 'van der Pijl, K.', short: 'van der Pijl 2007', title: 'Nomads', year: 2007, venue: 'Pluto' },
  bauwens2006: { author: 'Bauwens, M.', short: 'Bauwens 2006', title: 'Political Economy', year: 2006, venue: 'PAE' },
}
const at = { slide: 'claim', field: 'blocks[0].text' }

describe('inlineRuns', () => {
  it('keeps emphasis and work titles as italic runs, and the rest as plain text', () => {
    const runs = inlineRuns('A *radical* reading of _Nomads_ today', { size: 16 }, citations, at)
    expect(runs.map((r) => [r.text, !!r.italic])).toEqual([
      ['A ', false],
      ['radical', true],
      [' reading of ', false],
      ['Nomads', true],
      [' today', false],
    ])
  })

  it('writes citation markers as the screen shows them: in brackets, smaller and muted, never broken', () => {
    const runs = inlineRuns('Modes [@vdp2007; @bauwens2006].', { size: 20 }, citations, at)
    const marker = runs.find((r) => r.text.startsWith('('))!
    expect(marker.text.replace(/\u00a0/g, ' ')).toBe('(van der Pijl 2007; Bauwens 2006)')
    expect(marker.text).not.toMatch(/ /)
    expect(marker.size).toBeCloseTo(14.4)
    expect(marker.color).toBe(COLOR.muted)
    expect(runsText(runs).replace(/\u00a0/g, ' ')).toBe('Modes (van der Pijl 2007; Bauwens 2006).')
  })

  it('sets inline formulas as text with raised exponents', () => {
    const runs = inlineRuns('as $n^2$ grows', { size: 20 }, citations, at)
    expect(runs.find((r) => r.script === 'sup')?.text).toBe('2')
    expect(runsText(runs)).toBe('as n2 grows')
  })

  it('names the slide and field of an unknown citation key', () => {
    expect(() => inlineRuns('[@nope]', { size: 20 }, citations, at)).toThrow(DeckError)
    expect(() => inlineRuns('[@nope]', { size: 20 }, citations, at)).toThrow(
      /slide "claim", blocks\[0\]\.text: unknown citation key "nope"/,
    )
  })
})
