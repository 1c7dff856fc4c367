import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { exportPptx, type ExportPptxResult } from '../../src/export/pptx/export.ts'
import { builtAsides, builtSlides, decodeEntities, squash, type BuiltSlide } from './pdf-tools.ts'

const root = resolve(import.meta.dirname, '../..')
const distDir = inject('distDir')
const work = mkdtempSync(join(tmpdir(), 'deck-pptx-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** `npm run export:pptx -- …`, as a person runs it. */
function cli(args: string[]) {
  const tsx = resolve(root, 'node_modules/tsx/dist/cli.mjs')
  return spawnSync(process.execPath, [tsx, 'src/export/pptx/cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 })
}

/** The text of an XML part: its <a:t> runs, paragraphs on their own lines. */
const xmlText = (xml: string) =>
  xml
    .split(/<\/a:p>/)
    .map((p) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeEntities(m[1]!)).join(''))
    .filter(Boolean)
    .join('\n')
    .replace(/\u00a0/g, ' ')

/** The shape named `name` in a slide's XML (pptxgenjs writes objectName as the shape's name). */
const shapeNamed = (xml: string, name: string) => xml.split('</p:sp>').find((sp) => sp.includes(`name="${name}"`))

interface ReadSlide {
  xml: string
  notes: string
  /** Per picture with an SVG: the SVG and its PNG fallback, read through the slide's relationships. */
  svgPictures: { svg: string; png: Buffer }[]
}

async function readPptx(file: string): Promise<{ zip: JSZip; slides: ReadSlide[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file))
  const count = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length
  const slides: ReadSlide[] = []
  for (let n = 1; n <= count; n++) {
    const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string')
    const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string')
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="\\.\\./([^"]+)"`).exec(rels)![1]!
    const notesPart = /Target="\.\.\/(notesSlides\/[^"]+)"/.exec(rels)![1]!
    const notes = xmlText(await zip.file(`ppt/${notesPart}`)!.async('string'))
    const svgPictures = await Promise.all(
      [...xml.matchAll(/<a:blip r:embed="(rId\d+)">(?:(?!<\/a:blip>)[\s\S])*?svgBlip[^>]*r:embed="(rId\d+)"/g)].map(async (m) => ({
        png: await zip.file(`ppt/${target(m[1]!)}`)!.async('nodebuffer'),
        svg: await zip.file(`ppt/${target(m[2]!)}`)!.async('string'),
      })),
    )
    slides.push({ xml, notes, svgPictures })
  }
  return { zip, slides }
}

describe('npm run export:pptx --backup', () => {
  let built: BuiltSlide[]
  let result: ExportPptxResult
  let pptx: Awaited<ReturnType<typeof readPptx>>
  beforeAll(async () => {
    built = builtSlides(readFileSync(join(distDir, 'index.html'), 'utf8'), await builtAsides(distDir))
    result = await exportPptx({ root, distDir, out: join(work, 'deck.pptx'), backup: true })
    pptx = await readPptx(result.file)
  })

  it('has one 16:9 slide per slide of the built deck, backups last, and the deck’s title and author', async () => {
    expect(pptx.slides.length).toBe(built.length)
    expect(result.split).toEqual([])
    const presentation = await pptx.zip.file('ppt/presentation.xml')!.async('string')
    expect(presentation).toContain('<p:sldSz cx="9144000" cy="5143500"')
    const core = await pptx.zip.file('docProps/core.xml')!.async('string')
    const html = readFileSync(join(distDir, 'index.html'), 'utf8')
    const author = decodeEntities(/<meta name="author" content="([^"]*)"/.exec(html)![1]!)
    expect(decodeEntities(/<dc:creator>([^<]*)<\/dc:creator>/.exec(core)![1]!)).toBe(author)
  })

  it('has each slide’s title as editable text, in the order of the built deck', () => {
    built.forEach((s, i) => {
      const title = shapeNamed(pptx.slides[i]!.xml, 'Title')
      expect(title, `slide ${i + 1} has a title shape`).toBeDefined()
      expect(squash(xmlText(title!)), `title of "${s.id}"`).toBe(squash(s.title))
    })
  })

  it('has each slide’s speaker notes as its PowerPoint notes', () => {
    built.forEach((s, i) => {
      const notes = squash(pptx.slides[i]!.notes)
      for (const p of s.notes) expect(notes.includes(squash(p)), `notes of "${s.id}": “${p.slice(0, 50)}…”`).toBe(true)
    })
  })

  it('has one SVG picture per diagram, with a PNG of the same drawing for older PowerPoint', () => {
    built.forEach((s, i) => {
      const diagrams = (s.html.match(/<figure id="dgm-[^"]+" class="diagram/g) ?? []).length
      expect(pptx.slides[i]!.svgPictures.length, `diagrams on "${s.id}"`).toBe(diagrams)
      for (const { svg, png } of pptx.slides[i]!.svgPictures) {
        // The SVG stands alone: its colours are on its elements, not in the deck's stylesheet.
        expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
        // A node's shape (a box, or a circle in the network drawing) carries the node fill.
        expect(svg).toMatch(/<(rect|circle|polygon)[^>]*style="[^"]*fill:rgb\(238, 243, 251\)/)
        // Labels keep the deck font's length, so a wider fallback font stays inside the boxes.
        expect(svg).toMatch(/<(text|tspan)[^>]*textLength="[\d.]+"[^>]*lengthAdjust="spacingAndGlyphs"/)
        for (const label of s.diagramLabels) expect(svg).toContain(label.split(' ')[0])
        // A real drawing, not pptxgenjs's placeholder: a PNG at twice the SVG's width.
        expect(png.subarray(1, 4).toString()).toBe('PNG')
        const svgWidth = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)![1])
        expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(svgWidth * 2 - 2)
      }
    })
  })

  it('marks the backup slides and shows the part on the others', () => {
    built.forEach((s, i) => {
      const footer = shapeNamed(pptx.slides[i]!.xml, s.backup ? 'Backup marker' : 'Part indicator')
      expect(footer, `footer of "${s.id}"`).toBeDefined()
      if (s.backup) expect(xmlText(footer!)).toMatch(/^Backup \d+\/\d+/)
    })
  })

  it('shows the interpretation marker on the interpretation slides', () => {
    const marked = built.filter((s) => s.html.includes('interp-badge'))
    expect(marked.length).toBeGreaterThan(0)
    built.forEach((s, i) => expect(!!shapeNamed(pptx.slides[i]!.xml, 'Interpretation marker'), s.id).toBe(s.html.includes('interp-badge')))
  })

  it('has native tables with the interpreted rows marked', () => {
    const tables = pptx.slides.filter((s) => s.xml.includes('<a:tbl>'))
    expect(tables.length).toBe(built.filter((s) => s.html.includes('<table')).length)
    expect(pptx.slides.some((s) => /<a:tbl>[\s\S]*INTERPRETATION/.test(s.xml))).toBe(true)
  })
})

describe('npm run export:pptx failures and help', () => {
  it('prints its usage for --help and exits 0', () => {
    const run = cli(['--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Usage: npm run export:pptx')
  })

  it('names an unknown option on one line, then the usage, and exits 2', () => {
    const run = cli(['--handout'])
    expect(run.status).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe('export:pptx: unknown option --handout')
    expect(run.stderr).toContain('Usage: npm run export:pptx')
  })

  it('exits 1 naming a path it cannot write, before building anything', () => {
    const run = cli(['--out', join(work, 'no-such-folder', 'deck.pptx')])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/failed: cannot write .*no-such-folder/)
    expect(run.stdout).not.toContain('building the deck')
  })

  it('refuses a folder with no built deck, naming it', async () => {
    await expect(exportPptx({ root, distDir: join(work, 'nothing-here'), out: join(work, 'x.pptx') })).rejects.toThrow(
      /no built deck at .*nothing-here/,
    )
  })
})
