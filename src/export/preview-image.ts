/**
 * `npm run preview-image`: draws assets/preview.png, the link-preview image (1200×630, the size
 * Open Graph and Twitter cards show), from the real title slide of the built deck in headless
 * Chromium. The PNG is committed, so builds on machines without a browser still ship it; run this
 * again after changing the title slide or the theme.
 */
import { writeFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { launchBrowser } from './browser.ts'
import { ensureBuilt } from './freshness.ts'
import { serveDir } from './serve.ts'

export const PREVIEW_WIDTH = 1200
export const PREVIEW_HEIGHT = 630

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (png.byteLength < 24 || sig.some((b, i) => png[i] !== b)) throw new Error('not a PNG file')
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** Screenshot the built deck's first slide at the preview size, without reveal.js's controls. */
export async function renderPreviewImage(distDir: string): Promise<Buffer> {
  const server = await serveDir(distDir)
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({
      viewport: { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
      colorScheme: 'light',
    })
    await context.route(
      (url) => !url.href.startsWith(server.url) && !/^(data|blob|about):/.test(url.protocol),
      (route) => route.abort(),
    )
    const page = await context.newPage()
    // reveal.js reads options from the query: the image shows the slide, not the presenter's chrome.
    await page.goto(`${server.url}index.html?controls=false&progress=false&slideNumber=false`)
    await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.deckState ?? ''), undefined, {
      timeout: 60_000,
    })
    const state = await page.evaluate(() => [document.documentElement.dataset.deckState, document.documentElement.dataset.deckError])
    if (state[0] !== 'ready') throw new Error(`the deck reported an error: ${state[1] ?? 'no reason given'}`)
    const first = await page.evaluate(() => window.Reveal.getIndices())
    if (first.h !== 0) throw new Error('the deck did not open on its first slide')
    return await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' })
  } finally {
    await browser.close()
    await server.close()
  }
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

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((e: unknown) => {
    console.error(`[preview-image] failed: ${e instanceof Error ? e.message : String(e)}`)
    process.exitCode = 1
  })
}
