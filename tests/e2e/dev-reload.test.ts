import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../../src/export/browser.ts'
import { waitForDeckState } from './harness.ts'

const root = resolve(import.meta.dirname, '../..')
const dir = resolve(root, 'tests/.tmp-dev-reload')
const entry = resolve(dir, 'deck.ts')

describe('npm run dev', () => {
  let server: ViteDevServer
  let browser: Browser
  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    // A copy of the fixture deck that the test may edit, as an author edits a slide module.
    copyFileSync(resolve(root, 'tests/fixtures/mini-deck.ts'), entry)
    process.env.DECK_ENTRY = entry
    server = await createServer({
      root,
      configFile: resolve(root, 'vite.config.ts'),
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1' },
    })
    await server.listen()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    delete process.env.DECK_ENTRY
    await browser?.close()
    await server?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('shows a saved change to a slide module, on the same slide, without a restart', async () => {
    const url = server.resolvedUrls!.local[0]!
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
