import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Deck } from '../../model.ts'
import { loadDeckModule } from '../../compile/load-deck.ts'
import { ExportError, slidesInHtml } from '../pdf.ts'
import { planDeck, slideOrder } from './layout.ts'
import { collectPictures, pictureRequests } from './pictures.ts'
import type { PictureSize } from './plan.ts'
import { writePptx } from './write.ts'

export interface ExportPptxOptions {
  /** The project: its slides/index.ts is the deck. */
  root: string
  /** The built deck, where the diagrams and formulas are drawn. */
  distDir: string
  out: string
  /** Add the backup slides after the closing slide. @default false */
  backup?: boolean
  log?: (line: string) => void
}

export interface ExportPptxResult {
  file: string
  /** PowerPoint slides written (a slide split in two counts twice). */
  slides: number
  pictures: number
  bytes: number
  ms: number
  /** Slides whose text was set smaller than the deck's to fit, with the scale. */
  shrunk: { id: string; scale: number }[]
  /** Slides split over two PowerPoint slides. */
  split: string[]
}

/** Refuse an output path that cannot be written before any work is done. */
export function assertWritable(out: string): void {
  const dir = dirname(out)
  try {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`)
    if (existsSync(out)) {
      if (statSync(out).isDirectory()) throw new Error('it is a folder')
      accessSync(out, constants.W_OK)
    } else accessSync(dir, constants.W_OK)
  } catch (cause) {
    throw new ExportError(`cannot write ${out}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
  }
}

/**
 * The deck as an editable PowerPoint file: slides from the slide modules (through the model the
 * renderer uses), pictures of diagrams and formulas from the built deck.
 */
export async function exportPptx(options: ExportPptxOptions): Promise<ExportPptxResult> {
  const started = Date.now()
  const log = options.log ?? (() => {})
  const out = resolve(options.out)
  assertWritable(out)
  let html: string
  try {
    html = readFileSync(resolve(options.distDir, 'index.html'), 'utf8')
  } catch (cause) {
    throw new ExportError(`no built deck at ${options.distDir}/index.html (run \`npm run build\`)`, { cause })
  }
  const deck: Deck = await loadDeckModule(options.root, 'slides/index.ts', (file) => import(pathToFileURL(file).href))
  const built = slidesInHtml(html).filter((s) => options.backup || !s.backup)
  // Pictures come from the build: it must hold the slides the modules hold, in the same order.
  const ids = slideOrder(deck, { backup: options.backup }).map((i) => deck.slides[i]!.id)
  if (built.map((s) => s.id).join() !== ids.join())
    throw new ExportError(
      `the built deck's slides (${built.length}) are not the slide modules' (${ids.length}): rebuild it (\`npm run build\`)`,
    )
  const requests = pictureRequests(deck, new Set(ids))
  log(`drawing ${requests.length} picture(s) from the built deck`)
  const pictures = await collectPictures(options.distDir, requests, log)
  const sizes = new Map<string, PictureSize>([...pictures].map(([k, p]) => [k, { w: p.w, h: p.h }]))
  const slides = planDeck(deck, sizes, { backup: options.backup })
  const bytes = await writePptx(deck, slides, pictures)
  try {
    writeFileSync(out, bytes)
  } catch (cause) {
    throw new ExportError(`cannot write ${out}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
  }
  const shrunk = slides.filter((s) => s.scale < 1).map((s) => ({ id: s.id, scale: s.scale }))
  const split = [...new Set(slides.filter((s, i) => slides[i - 1]?.id === s.id).map((s) => s.id))]
  return { file: out, slides: slides.length, pictures: pictures.size, bytes: bytes.byteLength, ms: Date.now() - started, shrunk, split }
}
