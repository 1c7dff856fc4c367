/**
 * One PNG per slide of a built deck, to look at what tests cannot judge: overflow, clipped
 * diagrams, contrast. `npm run shots -- [--dist dist] [--out shots] [--size 1280x720] [--theme dark]`
 */
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { readCommandLine, UsageError, exitOnUsageError } from '../../src/cli/command-line.ts'
import { launchBrowser } from '../../src/export/browser.ts'
import { serveDir } from '../../src/export/serve.ts'

const USAGE = `Usage: npm run shots -- [options]

  --dist DIR       the built deck to photograph (default: dist)
  --out DIR        where to write one PNG per slide (default: shots)
  --size WxH       the window size (default: 1280x720)
  --theme NAME     light or dark (default: light)
  -h, --help       show this help`

const { values } = readCommandLine('shots', USAGE, {
  dist: { type: 'string', default: 'dist' },
  out: { type: 'string', default: 'shots' },
  size: { type: 'string', default: '1280x720' },
  theme: { type: 'string', default: 'light' },
})
const size = /^(\d+)x(\d+)$/.exec(values.size)
if (!size)
  exitOnUsageError('shots', USAGE, new UsageError(`--size: expected WIDTHxHEIGHT such as 1280x720, found ${JSON.stringify(values.size)}`))
const [width, height] = [Number(size[1]), Number(size[2])]
const out = resolve(values.out)
mkdirSync(out, { recursive: true })

const server = await serveDir(values.dist)
const browser = await launchBrowser()
try {
  const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' })
  await page.goto(server.url)
  await page.waitForFunction(() => document.documentElement.dataset.deckState !== 'loading')
  if (values.theme !== 'light') await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), values.theme)
  // Every slide, backup slides too (reveal.js's getSlides() leaves out "uncounted" ones).
  const ids = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.reveal section.slide')].map((s) => s.id))
  for (const [i, id] of ids.entries()) {
    const scrollView = await page.evaluate(() => document.querySelector('.reveal-viewport.reveal-scroll') !== null)
    if (scrollView) {
      // The phone's scroll view: scroll the slide's page to the top of the screen, as a reader would.
      await page.evaluate((slideId) => {
        const section = document.getElementById(slideId)!
        ;(section.closest('.scroll-page') ?? section).scrollIntoView({ block: 'start' })
      }, id)
    } else {
      // Every fragment shown: the slide as it looks at its last step.
      await page.evaluate((slideId) => {
        const { h, v } = window.Reveal.getIndices(document.getElementById(slideId)!)
        window.Reveal.slide(h, v, 99)
      }, id)
      await page.waitForFunction((slideId) => (window.Reveal.getCurrentSlide() as HTMLElement).id === slideId, id)
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
    await page.screenshot({ path: resolve(out, `${String(i + 1).padStart(2, '0')}-${id}.png`) })
  }
  console.log(`[shots] ${ids.length} slides at ${width}×${height} (${values.theme}) in ${out}`)
} finally {
  await browser.close()
  await server.close()
}
