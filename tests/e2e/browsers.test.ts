import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { findBrowser, launchBrowser } from '../../src/export/browser.ts'
import { serveDir, type StaticServer } from '../../src/export/serve.ts'
import { waitForDeckState } from './harness.ts'

/**
 * The build checks fit and draws diagrams in the automation browser (the headless shell where it
 * is installed); readers see the deck in a full browser. Text must measure the same in both, or
 * the build's "every slide fits" and its drawings describe a page nobody sees: the shell's default
 * font hinting made widths differ by up to 34 px (src/export/browser.ts CHROMIUM_ARGS).
 */
const automation = findBrowser(process.env, 'automation')
const reader = findBrowser(process.env, 'reader')

/** Every text block of every slide (print view: all laid out at once): its line count and width. */
async function textLayout(browser: Browser, url: string): Promise<{ where: string; lines: number; width: number }[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  await page.goto(`${url}?print-pdf`)
  await waitForDeckState(page)
  const found = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides section :is(h1, h2, p, li, td, th, figcaption, svg text)')].map((el, i) => {
      const range = document.createRange()
      range.selectNodeContents(el)
      return {
        where: `${el.closest('section')?.id} ${el.tagName.toLowerCase()} #${i}: ${(el.textContent ?? '').trim().slice(0, 40)}`,
        lines: range.getClientRects().length,
        width: Math.round(range.getBoundingClientRect().width * 100) / 100,
      }
    }),
  )
  await page.close()
  return found
}

describe.skipIf(!automation || !reader || automation === reader)('the build’s browser and a reader’s', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await serveDir(inject('distDir'))
  })
  afterAll(() => server?.close())

  it(`lay out every slide’s text alike (${automation} and ${reader})`, async () => {
    const layoutIn = async (use: 'automation' | 'reader') => {
      const browser = await launchBrowser({ use })
      try {
        return await textLayout(browser, server.url)
      } finally {
        await browser.close()
      }
    }
    const [built, read] = await Promise.all([layoutIn('automation'), layoutIn('reader')])
    expect(built.length).toBeGreaterThan(300)
    expect(built).toEqual(read)
  })
})
