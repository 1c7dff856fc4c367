import JSZip from 'jszip'
import type { CollectedPicture } from './pictures.ts'

/**
 * pptxgenjs writes an SVG picture with a PNG beside it for PowerPoint before 2016, but in Node it
 * cannot draw that PNG and writes a placeholder (its "broken image"; see its source, "SVG-PNG
 * previews"). Put the PNG that Chromium took of the same drawing in its place: in each slide, the
 * picture's <a:blip> names the PNG and its svgBlip the SVG, through the slide's relationships.
 */
export async function addSvgFallbacks(pptx: Buffer, pictures: ReadonlyMap<string, CollectedPicture>): Promise<Buffer> {
  const pngBySvg = new Map<string, Buffer>()
  for (const p of pictures.values()) if (p.svg && p.png) pngBySvg.set(p.svg, p.png)
  if (!pngBySvg.size) return pptx
  const zip = await JSZip.loadAsync(pptx)
  let replaced = 0
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string')
    const relsName = name.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels')
    const rels = await zip.file(relsName)?.async('string')
    if (!rels) continue
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="\\.\\./media/([^"]+)"`).exec(rels)?.[1]
    for (const m of xml.matchAll(/<a:blip r:embed="(rId\d+)">(?:(?!<\/a:blip>)[\s\S])*?svgBlip[^>]*r:embed="(rId\d+)"/g)) {
      const png = target(m[1]!)
      const svg = target(m[2]!)
      if (!png || !svg) continue
      const drawing = await zip.file(`ppt/media/${svg}`)?.async('string')
      const fallback = drawing === undefined ? undefined : pngBySvg.get(drawing)
      if (!fallback) throw new Error(`${name}: no PNG was taken of the diagram in ppt/media/${svg}`)
      zip.file(`ppt/media/${png}`, fallback)
      replaced++
    }
  }
  if (replaced === 0) throw new Error('the PowerPoint file has none of the diagrams it was given')
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
