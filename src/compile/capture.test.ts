import { describe, expect, it } from 'vitest'
import { insertDrawnDiagrams, undrawnDiagramIds } from './capture.ts'

const placeholder = (id: string) =>
  `<figure id="${id}" class="diagram" data-diagram="flowchart"><div class="diagram-canvas"></div></figure>`
const svg = (label: string) => `<svg viewBox="0 0 100 40"><text>${label}</text></svg>`

describe('insertDrawnDiagrams', () => {
  it('fills each drawn placeholder, marks it drawn, and leaves one with no drawing for the page to draw', () => {
    const page = `<p>before</p>${placeholder('dgm-a-0')}${placeholder('dgm-b-0')}`
    const out = insertDrawnDiagrams(page, new Map([['dgm-a-0', { svg: svg('Hub'), portrait: svg('Hub, upright') }]]))
    expect(out).toContain(
      '<figure id="dgm-a-0" class="diagram is-drawn has-portrait" data-diagram="flowchart"><div class="diagram-canvas"><svg',
    )
    expect(out).toContain('diagram-canvas-portrait')
    expect(undrawnDiagramIds(out)).toEqual(['dgm-b-0'])
  })

  it('writes the page back as ASCII, as the build’s last HTML transform does, whatever the labels hold', () => {
    const out = insertDrawnDiagrams(placeholder('dgm-a-0'), new Map([['dgm-a-0', { svg: svg('Van der Pijl’s modes — Şenalp') }]]))
    expect(out).toMatch(/^\p{ASCII}*$/u)
    expect(out).toContain('Van der Pijl&#x2019;s modes &#x2014; &#x15E;enalp')
  })
})
