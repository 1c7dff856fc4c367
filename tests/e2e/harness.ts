import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core'
import { inject } from 'vitest'
import { readFixture, type BuiltFixture, type FixtureName } from './fixture-builds.ts'
import { serveDir, type StaticServer } from '../../src/export/serve.ts'
import { ASIDES_ATTACHED } from '../../src/reveal/asides.ts'

/**
 * reveal.js's own chunk (src/reveal/start.ts, loaded by boot.ts with a dynamic import; Vite names
 * the chunk after the module): every page that starts reveal.js loads it beside the entry script.
 */
export const REVEAL_CHUNK = /\/assets\/start-[^/]+\.js$/

/**
 * The scripts a built deck loads to start, as paths under its folder (`assets/…js`): the entry
 * named in index.html, and the chunks the entry loads on its own (Vite writes their list,
 * reveal.js's chunk and what it shares with the entry, into the entry's __vite__mapDeps).
 */
export function startupScripts(distDir: string): string[] {
  const entry = /<script type="module"[^>]*src="\.\/(assets\/[^"]+\.js)"/.exec(readFileSync(join(distDir, 'index.html'), 'utf8'))![1]!
  const deps = /m\.f=\[([^\]]*)\]/.exec(readFileSync(join(distDir, entry), 'utf8'))?.[1] ?? ''
  return [entry, ...[...deps.matchAll(/"\.\/([^"]+\.js)"/g)].map((m) => `assets/${m[1]}`)]
}

export interface DeckSession {
  browser: Browser
  server: StaticServer
  /** Every request that tried to leave 127.0.0.1 (they are aborted). */
  outsideRequests: string[]
  /** Console errors and page errors, with the URL hash at the time. */
  consoleErrors: string[]
  /** A new page on the deck, already at data-deck-state="ready". */
  open(hashOrQuery?: string, options?: OpenOptions): Promise<Page>
  close(): Promise<void>
}

export interface OpenOptions {
  viewport?: { width: number; height: number }
  /** Extra browser context options, e.g. reducedMotion. */
  context?: Parameters<Browser['newContext']>[0]
  /** Wait for this state instead of ready (e.g. 'error' for failure tests). */
  state?: 'ready' | 'error'
}

/**
 * The run's one Chromium (started by global-setup.ts), connected afresh: closing it closes this
 * connection and its contexts, not the browser the other files use.
 */
export async function testBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core')
  return chromium.connect(inject('browserEndpoint'))
}

/**
 * How long a test may wait for a fixture build: global setup builds them all, three at a time, from
 * the start of the run (fixture-builds.ts); the last may be minutes away on a busy machine. Give a
 * hook or test that waits this as its timeout.
 */
export const FIXTURE_WAIT_MS = 600_000

/** A fixture deck as global setup built it (fixture-builds.ts), waiting until it is done. */
export async function fixtureBuild(name: FixtureName): Promise<BuiltFixture> {
  const deadline = Date.now() + FIXTURE_WAIT_MS
  for (;;) {
    const built = readFixture(inject('buildsDir'), name)
    if (built) return built
    if (Date.now() > deadline) throw new Error(`the fixture build "${name}" was not done within ${FIXTURE_WAIT_MS / 1000} s`)
    // A poll of a file global setup writes when the build ends: no event crosses the processes.
    await delay(200)
  }
}

/** A fixture build that must have passed: its folder and vite's output; throws with that output otherwise. */
export async function passedFixture(name: FixtureName): Promise<BuiltFixture> {
  const built = await fixtureBuild(name)
  if (built.status !== 0) throw new Error(`the fixture build "${name}" failed:\n${built.output}`)
  return built
}

/** Serve a built deck folder (the shared dist/ by default) and drive it in headless Chromium. */
export async function startDeck(dir: string = inject('distDir')): Promise<DeckSession> {
  const server = await serveDir(dir)
  const browser = await testBrowser()
  const outsideRequests: string[] = []
  const consoleErrors: string[] = []
  const contexts: BrowserContext[] = []
  return {
    browser,
    server,
    outsideRequests,
    consoleErrors,
    async open(hashOrQuery = '', options = {}) {
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 720 }, ...options.context })
      contexts.push(context)
      // Offline by construction: anything not on the local server is recorded and refused.
      await context.route(
        (url) =>
          !url.href.startsWith(server.url) &&
          !url.protocol.startsWith('data') &&
          !url.protocol.startsWith('blob') &&
          url.href !== 'about:blank',
        (route) => {
          outsideRequests.push(route.request().url())
          return route.abort()
        },
      )
      const page = await context.newPage()
      const record = (text: string) => consoleErrors.push(`${new URL(page.url()).hash || '(start)'}: ${text}`)
      page.on('console', (m: ConsoleMessage) => m.type() === 'error' && record(m.text()))
      page.on('pageerror', (e) => record(e.message))
      await page.goto(server.url + hashOrQuery)
      await waitForDeckState(page, options.state ?? 'ready')
      return page
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {})
      await browser.close()
      await server.close()
    },
  }
}

/** Wait for <html data-deck-state>: the deck's own readiness signal, never a timer. */
export async function waitForDeckState(page: Page, state: 'ready' | 'error' = 'ready'): Promise<void> {
  const handle = await page.waitForFunction(
    (want) => {
      const s = document.documentElement.dataset.deckState
      return s === want || (s === 'error' && want === 'ready') ? s : false
    },
    state,
    { timeout: 30_000 },
  )
  const reached = await handle.jsonValue()
  if (reached !== state) {
    const reason = await page.evaluate(() => document.documentElement.dataset.deckError)
    throw new Error(`deck reached state "${reached}" instead of "${state}": ${reason}`)
  }
}

/** Ids of every slide, in order. */
/**
 * Opens the speaker view (S) and waits until the slides have their notes back (src/reveal/asides.ts):
 * the audience's page ships without them. The caller closes the speaker window it returns.
 */
export async function openSpeakerView(page: Page): Promise<Page> {
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')])
  await page.waitForSelector(`html[${ASIDES_ATTACHED}]`, { state: 'attached' })
  return popup
}

export function slideIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.Reveal.getSlides() as HTMLElement[]).map((s) => s.id))
}

/** The id of the slide reveal.js shows now. */
export function currentSlideId(page: Page): Promise<string> {
  return page.evaluate(() => (window.Reveal.getCurrentSlide() as HTMLElement).id)
}

/** Wait until reveal.js reports the given slide as current (after a key press or click). */
export async function waitForSlide(page: Page, id: string): Promise<void> {
  await page.waitForFunction((want) => (window.Reveal.getCurrentSlide() as HTMLElement | undefined)?.id === want, id, { timeout: 10_000 })
}

export interface DevServer {
  url: string
  close(): Promise<void>
}

/** How long the dev server's first page may take: it compiles the deck, mermaid and KaTeX on demand. */
const DEV_FIRST_LOAD_MS = 180_000

/**
 * `npm run dev` on a free port of 127.0.0.1, rendering the deck module at `entry` (DECK_ENTRY),
 * once it has served one page. The first page compiles every module on demand: on a busy machine
 * that outlasted the tests' 30 s wait for a page. Opened here, in the caller's hook, it leaves the
 * tests' pages to load as an author's reloads do; it waits for the deck's state, ready or error
 * (a broken fixture may be either), never for a time.
 */
export async function startDevServer(entry: string): Promise<DevServer> {
  const { createServer } = await import('vite')
  const root = resolve(import.meta.dirname, '../..')
  process.env.DECK_ENTRY = entry
  const server = await createServer({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
  })
  await server.listen()
  const url = server.resolvedUrls!.local[0]!
  const browser = await testBrowser()
  try {
    const page = await browser.newPage()
    await page.goto(url, { timeout: DEV_FIRST_LOAD_MS })
    await page.waitForFunction(() => document.documentElement.dataset.deckState?.match(/^(ready|error)$/), undefined, {
      timeout: DEV_FIRST_LOAD_MS,
    })
  } finally {
    await browser.close()
  }
  return {
    url,
    async close() {
      delete process.env.DECK_ENTRY
      await server.close()
    },
  }
}
