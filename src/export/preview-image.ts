/**
 * `npm run preview-image`: draws assets/preview.png, the link-preview image (1200×630, the size
 * Open Graph and Twitter cards show), from the real title slide of the built deck in headless
 * Chromium. The PNG is committed, so builds on machines without a browser still ship it; run this
 * again after changing the title slide or the theme.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { drawSlideImages } from '../compile/share-images.ts'
import { readCommandLine } from '../cli/command-line.ts'
import { ensureBuilt } from './freshness.ts'

export const PREVIEW_WIDTH = 1200
export const PREVIEW_HEIGHT = 630

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (png.byteLength < 24 || sig.some((b, i) => png[i] !== b)) throw new Error('not a PNG file')
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** The built deck's first slide at the preview size, drawn as the share pages' pictures are. */
export async function renderPreviewImage(distDir: string): Promise<Buffer> {
  const html = readFileSync(resolve(distDir, 'index.html'), 'utf8')
  const first = /<section id="([^"]+)"/.exec(html)?.[1]
  if (!first) throw new Error('the built deck has no slide')
  return (await drawSlideImages(distDir, [first])).get(first)!
}

async function main(): Promise<void> {
  const root = process.cwd()
  const log = (line: string) => console.log(`[preview-image] ${line}`)
  const distDir = resolve(root, 'dist')
  await ensureBuilt(root, distDir, log)
  const png = await renderPreviewImage(distDir)
  const { width, height } = pngSize(png)
  if (width !== PREVIEW_WIDTH || height !== PREVIEW_HEIGHT)
    throw new Error(`the screenshot is ${width}×${height}, not ${PREVIEW_WIDTH}×${PREVIEW_HEIGHT}`)
  const out = resolve(root, 'assets/preview.png')
  writeFileSync(out, png)
  log(`wrote ${relative(root, out)}: ${width}×${height}, ${(png.byteLength / 1024).toFixed(0)} KB (commit it)`)
}

const USAGE = `Usage: npm run preview-image

  Draws assets/preview.png (${PREVIEW_WIDTH}×${PREVIEW_HEIGHT}), the link-preview image, from the built deck's title slide.
  -h, --help     show this help`

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  readCommandLine('preview-image', USAGE, {})
  main().catch((e: unknown) => {
    console.error(`[preview-image] failed: ${e instanceof Error ? e.message : String(e)}`)
    process.exitCode = 1
  })
}
