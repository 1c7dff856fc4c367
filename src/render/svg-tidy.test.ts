import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { tidySvg } from './svg-tidy.ts'

// A node and an edge as mermaid 11 writes them (cut from a captured drawing of this deck).
const NODE =
  '<g class="node default" id="d-flowchart-T-0" transform="translate(114, 117.79999923706055)" data-node="T">' +
  '<rect class="basic label-container" style="" x="-78" y="-27.5" width="156.00000762939453" height="55"></rect>' +
  '<g class="label" style="" transform="translate(0, -18.5)"><rect></rect><g><rect class="background" style="stroke: none"></rect>' +
  '<text y="-10.1" style=""><tspan class="text-outer-tspan row" x="0" y="-0.1em" dy="1.1em">' +
  '<tspan font-style="normal" class="text-inner-tspan" font-weight="normal">Tribal 0.123456</tspan></tspan></text></g></g></g>'
const EDGE_LABEL =
  '<g class="edgeLabel"><g class="label" transform="translate(-20, -10)"><rect class="background" x="-2" y="1" width="40.123456" height="20"></rect><text>on</text></g></g>'

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300.0000123 200">${body}</svg>`
const tags = (markup: string) => [...parseHTML(markup).document.querySelectorAll('*')].map((e) => e.tagName.toLowerCase())

describe('tidySvg', () => {
  it('drops the empty rects, the group left around the text, and empty style attributes', () => {
    const out = tidySvg(svg(NODE))
    expect(tags(out)).toEqual(['svg', 'g', 'rect', 'g', 'text', 'tspan'])
    expect(out).not.toContain('style=""')
    expect(out).not.toContain('<rect></rect>')
  })

  it('keeps what draws: the node’s shape, a sized label background, every attribute with a value', () => {
    const out = tidySvg(svg(NODE + EDGE_LABEL))
    expect(out).toContain('<rect class="basic label-container" x="-78" y="-27.5" width="156" height="55"></rect>')
    expect(out).toContain('<rect class="background" x="-2" y="1" width="40.12" height="20"></rect>')
    expect(out).toContain('data-node="T"')
    expect(out).toContain('font-weight="normal"')
  })

  it('writes a line of words as one tspan with their text and their normal style', () => {
    const words = ['Level', ' of', ' civilisation']
      .map((w) => `<tspan font-style="normal" class="text-inner-tspan" font-weight="normal">${w}</tspan>`)
      .join('')
    const line = `<text y="-10.1"><tspan class="text-outer-tspan row" x="0" y="-0.1em" dy="1.1em">${words} </tspan></text>`
    const out = tidySvg(svg(line))
    expect(out).toContain(
      '<tspan class="text-outer-tspan row" x="0" y="-0.1em" dy="1.1em" font-style="normal" font-weight="normal">Level of civilisation </tspan></text>',
    )
    expect(tags(out)).toEqual(['svg', 'text', 'tspan'])
    // What a reader, a screen reader and search get is the same text as before.
    expect(parseHTML(out).document.querySelector('text')!.textContent).toBe(
      parseHTML(svg(line)).document.querySelector('text')!.textContent,
    )
  })

  it('drops the shadow filters and the gradient no element refers to, and keeps one that is used', () => {
    const defs =
      '<defs><filter id="d-drop-shadow" height="130%" width="130%"><feDropShadow dx="4" dy="4" stdDeviation="0" flood-opacity="0.06" flood-color="#000000"></feDropShadow></filter></defs>' +
      '<defs><filter id="d-drop-shadow-small" height="150%" width="150%"><feDropShadow dx="2" dy="2" stdDeviation="0" flood-opacity="0.06" flood-color="#000000"></feDropShadow></filter></defs>' +
      '<linearGradient id="d-gradient" gradientUnits="objectBoundingBox" x1="0%" y1="0%" x2="100%" y2="0%"><stop offset="0%" stop-color="red" stop-opacity="1"></stop><stop offset="100%" stop-color="blue" stop-opacity="1"></stop></linearGradient>'
    expect(tags(tidySvg(svg(NODE + defs)))).toEqual(['svg', 'g', 'rect', 'g', 'text', 'tspan'])
    const shadowed = tidySvg(svg('<rect filter="url(#d-drop-shadow-small)" width="4" height="4"></rect>' + defs))
    expect(shadowed).toContain('<filter id="d-drop-shadow-small"')
    expect(shadowed).not.toContain('id="d-drop-shadow"')
    expect(shadowed).not.toContain('linearGradient')
  })

  it('rounds coordinates in attributes to hundredths, never the text a reader sees', () => {
    const out = tidySvg(svg(NODE))
    expect(out).toContain('viewBox="0 0 300 200"')
    expect(out).toContain('transform="translate(114, 117.8)"')
    expect(out).toContain('>Tribal 0.123456</tspan>')
  })

  it('leaves markup it does not know as it is', () => {
    const other = '<svg viewBox="0 0 30 20"><g><path d="M0,0L10,10.5"></path></g><g><text>a</text><text>b</text></g></svg>'
    expect(tidySvg(other)).toBe(other)
  })
})
