import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import type { Deck } from '../../model.ts'
import type { CollectedPicture } from './pictures.ts'
import type { PlannedSlide } from './plan.ts'
import { writePptx } from './write.ts'

const deck: Deck = { title: 'T', description: 'D', author: 'A. Author', lang: 'en', parts: [], slides: [], citations: {} }
const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" style="fill:rgb(238, 243, 251)"/></svg>'
/** Stands in for Chromium's PNG of the drawing: only its bytes matter here. */
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('the drawing, rasterised')])
const pictures = new Map<string, CollectedPicture>([['diagram:dgm-a-0', { svg, png, w: 2, h: 1 }]])
const slide: PlannedSlide = {
  id: 'a',
  title: 'A',
  notes: 'Say this.',
  backup: false,
  scale: 1,
  shapes: [{ kind: 'picture', ref: { type: 'diagram', id: 'dgm-a-0' }, alt: 'A diagram', x: 1, y: 1, w: 2, h: 1 }],
}

describe('writePptx with an SVG picture', () => {
  it('writes the SVG and, as its fallback for older PowerPoint, the PNG taken of it rather than pptxgenjs’s placeholder', async () => {
    const zip = await JSZip.loadAsync(await writePptx(deck, [slide], pictures))
    const media = Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/'))
    const svgs = media.filter((n) => n.endsWith('.svg'))
    const pngs = media.filter((n) => n.endsWith('.png'))
    expect(svgs).toHaveLength(1)
    expect(await zip.file(svgs[0]!)!.async('string')).toBe(svg)
    expect(pngs).toHaveLength(1)
    expect(await zip.file(pngs[0]!)!.async('nodebuffer')).toEqual(png)
    const xml = await zip.file('ppt/slides/slide1.xml')!.async('string')
    expect(xml).toMatch(/<a:blip r:embed="rId\d+">[\s\S]*svgBlip/)
    expect(xml).toContain('descr="A diagram"')
  })
})
