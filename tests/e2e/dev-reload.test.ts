import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDevServer, waitForDeckState, type DevServer, testBrowser } from './harness.ts'

const root = resolve(import.meta.dirname, '../..')
const dir = resolve(root, 'tests/.tmp-dev-reload')
const entry = resolve(dir, 'deck.ts')

describe('npm run dev', () => {
  let dev: DevServer
  let browser: Browser
  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    // A copy of the fixture deck that the test may edit, as an author edits a slide module.
    copyFileSync(resolve(root, 'tests/fixtures/mini-deck.ts'), entry)
    dev = await startDevServer(entry)
    browser = await testBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await dev?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('shows a saved change to a slide module, on the same slide, without a restart', async () => {
    const url = dev.url
    const page = await browser.newPage()
    await page.goto(`${url}#/models`)
    await waitForDeckState(page)
    expect(await page.locator('section#models h2').innerText()).toBe('Four relational models')
    writeFileSync(entry, readFileSync(entry, 'utf8').replace("title: 'Four relational models'", "title: 'Four models, edited'"))
    await page.waitForFunction(() => document.querySelector('section#models h2')?.textContent === 'Four models, edited', undefined, {
      timeout: 20_000,
    })
    await waitForDeckState(page)
    expect(await page.evaluate(() => (window.Reveal.getCurrentSlide() as HTMLElement).id)).toBe('models')
    await page.close()
  })
})
