import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { exportPdf, type ExportPdfResult } from '../../src/export/pdf.ts'
import {
  builtAsides,
  builtSlides,
  containsInOrder,
  htmlText,
  imageCount,
  outline,
  pageCount,
  pdfinfo,
  pdftext,
  squash,
  type BuiltSlide,
} from './pdf-tools.ts'

const root = resolve(import.meta.dirname, '../..')
const distDir = inject('distDir')
const work = mkdtempSync(join(tmpdir(), 'deck-export-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

let slides: BuiltSlide[]
beforeAll(async () => {
  // The talk: backup slides are printed only with --backup (tests/e2e/backup-share.test.ts).
  slides = builtSlides(readFileSync(join(distDir, 'index.html'), 'utf8'), await builtAsides(distDir)).filter((s) => !s.backup)
  expect(slides.length).toBeGreaterThan(1)
})

/** `npm run export:pdf -- …`, as a person runs it (tsx, the CLI's own argument parsing and exit code). */
function cli(args: string[]) {
  const tsx = resolve(root, 'node_modules/tsx/dist/cli.mjs')
  return spawnSync(process.execPath, [tsx, 'src/export/cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 })
}

describe('npm run export:pdf (slides)', () => {
  const file = join(work, 'deck.pdf')
  let run: ReturnType<typeof cli>

  beforeAll(() => {
    run = cli(['--dist', distDir, '--out', file])
    // Every test below reads the PDF: without one, each reports why the export failed.
    if (run.status !== 0) throw new Error(`export:pdf exited ${run.status}:\n${run.stderr}`)
  })

  it('exits 0, reports the page count and writes the file', () => {
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`${slides.length} pages (one per slide)`)
    expect(existsSync(file)).toBe(true)
  })

  it('has exactly one page per slide, at the deck’s 16:9 aspect ratio', () => {
    expect(pageCount(file)).toBe(slides.length)
    const [w, h] = /([\d.]+) x ([\d.]+) pts/
      .exec(pdfinfo(file).get('Page size') ?? '')!
      .slice(1)
      .map(Number) as [number, number]
    expect(w / h).toBeCloseTo(16 / 9, 1)
  })

  it('carries the deck’s title and author', () => {
    const html = readFileSync(join(distDir, 'index.html'), 'utf8')
    const info = pdfinfo(file)
    expect(info.get('Title')).toBe(/<title>([^<]*)<\/title>/.exec(html)![1])
    expect(info.get('Author')).toBeTruthy()
    expect(html).toContain(`<meta name="author" content="${info.get('Author')}"`)
  })

  it('has selectable text holding every slide’s title, each on its own page', () => {
    const all = squash(pdftext(file))
    for (const s of slides) expect(all.includes(squash(s.title)), `title of slide "${s.id}" in the text`).toBe(true)
    slides.forEach((s, i) =>
      expect(squash(pdftext(file, i + 1)).includes(squash(s.title)), `title of "${s.id}" on page ${i + 1}`).toBe(true),
    )
  })

  it('has every diagram’s labels as text on the diagram’s page', () => {
    const withDiagrams = slides.map((s, i) => ({ ...s, page: i + 1 })).filter((s) => s.diagramLabels.length)
    expect(withDiagrams.length).toBeGreaterThan(0)
    for (const s of withDiagrams) {
      const text = squash(pdftext(file, s.page))
      for (const label of s.diagramLabels)
        expect(text.includes(squash(label)), `label “${label}” on page ${s.page} (slide "${s.id}")`).toBe(true)
    }
  })

  it('has bookmarks by part and slide title', () => {
    const items = outline(file)
    const nested = items.filter((i) => i.depth === 1)
    expect(nested.length).toBeGreaterThan(0)
    expect(items.filter((i) => i.depth === 0).some((i) => /^[IVX]+\. /.test(i.title))).toBe(true)
    slides.forEach((s, i) =>
      expect(
        items.some((item) => squash(item.title) === squash(s.title) && item.page === i + 1),
        `bookmark “${s.title}” to page ${i + 1}`,
      ).toBe(true),
    )
  })

  it('is small and vector: no raster images, well under 5 MB', () => {
    const images = slides.reduce((n, s) => n + (s.html.match(/<img\b/g)?.length ?? 0), 0)
    expect(imageCount(file)).toBeLessThanOrEqual(images)
    expect(statSync(file).size).toBeLessThan(2 * 1024 * 1024)
  })
})

describe('export:pdf --fragments', () => {
  let result: ExportPdfResult
  beforeAll(async () => {
    result = await exportPdf({ distDir, out: join(work, 'fragments.pdf'), kind: 'fragments' })
  })

  it('has one page per fragment step', () => {
    const steps = slides.reduce((n, s) => n + 1 + s.fragmentSteps, 0)
    expect(steps).toBeGreaterThan(slides.length)
    expect(result.pages).toBe(steps)
    expect(pageCount(result.file)).toBe(steps)
  })

  it('starts each slide with its fragments hidden and ends with all shown', () => {
    const stepped = slides.findIndex((s) => s.fragmentSteps > 0 && s.diagramLabels.length)
    if (stepped < 0) return
    const first = slides.slice(0, stepped).reduce((n, s) => n + 1 + s.fragmentSteps, 0) + 1
    const last = first + slides[stepped]!.fragmentSteps
    const labels = slides[stepped]!.diagramLabels.map(squash)
    const shown = (page: number) => labels.filter((l) => squash(pdftext(result.file, page)).includes(l)).length
    expect(shown(first)).toBeLessThan(labels.length)
    expect(shown(last)).toBe(labels.length)
  })
})

describe('export:pdf --handout', () => {
  let result: ExportPdfResult
  let text: string
  beforeAll(async () => {
    result = await exportPdf({ distDir, out: join(work, 'handout.pdf'), kind: 'handout' })
    text = squash(pdftext(result.file))
  })

  it('is A4 landscape, with the page count the layout planned', () => {
    expect(pdfinfo(result.file).get('Page size')).toMatch(/A4/)
    expect(pageCount(result.file)).toBe(result.pages)
    expect(imageCount(result.file)).toBe(0)
  })

  it('has more text than the slides: every slide’s notes', () => {
    expect(text.length).toBeGreaterThan(squash(pdftext(join(work, 'deck.pdf'))).length)
    // Notes sit beside their slide: text extraction may interleave the two columns line by line,
    // so each paragraph's words are looked for in order rather than as one run.
    for (const s of slides.filter((s) => !s.html.includes('layout-references')))
      for (const p of s.notes)
        expect(containsInOrder(text, p.split(/\s+/).slice(0, 16)), `notes of "${s.id}": “${p.slice(0, 60)}…”`).toBe(true)
    expect(text).not.toMatch(/planned,from\d+:\d+/) // the speaker's pacing line stays out
  })

  it('prints each slide’s source note under its notes, labelled “Sources”; the slides PDF has none of it', () => {
    const withSources = slides.filter((s) => s.sources)
    expect(withSources.length).toBeGreaterThan(0)
    const slidesText = squash(pdftext(join(work, 'deck.pdf')))
    for (const s of withSources) {
      const words = s.sources.split(/\s+/).slice(0, 14)
      const notesEnd = s.notes.at(-1)!.split(/\s+/).slice(-6)
      expect(containsInOrder(text, [...notesEnd, 'Sources:', ...words]), `sources of "${s.id}" after its notes`).toBe(true)
      expect(slidesText.includes(squash(s.sources.slice(0, 80))), `sources of "${s.id}" on the slide`).toBe(false)
    }
  })

  it('ends with the references, every one of them', () => {
    const references = slides.flatMap((s) => [...s.html.matchAll(/<li id="ref-[^"]+">([\s\S]*?)<\/li>/g)].map((m) => m[1]!))
    expect(references.length).toBeGreaterThan(0)
    expect(text).toContain('References')
    for (const r of references) {
      const words = htmlText(r).split(/\s+/).slice(0, 10)
      expect(containsInOrder(text, words), `reference “${words.join(' ')}…”`).toBe(true)
    }
    // The references end the handout's talk; only the backup slides come after them.
    const last = outline(result.file)
      .filter((o) => o.depth === 0 && o.title !== 'Backup slides')
      .at(-1)!
    expect(last.title).toBe('References')
    expect(squash(pdftext(result.file, last.page))).toContain('References')
  })
})

describe('export:pdf failures', () => {
  it('refuses a deck whose slide does not fit its page, naming the slide, and writes nothing', async () => {
    const broken = join(work, 'overflowing')
    cpSync(distDir, broken, { recursive: true })
    // The page's own stylesheet (lazily loaded chunks, such as the follow plugin's, have their own).
    const css = readdirSync(join(broken, 'assets')).find((f) => f.startsWith('index-') && f.endsWith('.css'))!
    appendFileSync(join(broken, 'assets', css), `\n#${slides[1]!.id} .slide-body { padding-top: 1200px; }\n`)
    const out = join(work, 'never.pdf')
    await expect(exportPdf({ distDir: broken, out })).rejects.toThrow(new RegExp(`slide "${slides[1]!.id}".*past the page bottom`))
    expect(existsSync(out)).toBe(false)
  })

  it('exits non-zero with the reason when there is no built deck', () => {
    const run = cli(['--dist', join(work, 'nothing-here'), '--out', join(work, 'x.pdf')])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/failed: no built deck at .*nothing-here/)
  })

  it('exits non-zero on contradictory options', () => {
    const run = cli(['--handout', '--fragments'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('cannot be combined')
  })
})
