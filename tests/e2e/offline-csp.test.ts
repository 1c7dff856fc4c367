import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FIXTURE_WAIT_MS, passedFixture, startDeck, waitForDeckState, type DeckSession } from './harness.ts'

/**
 * The built deck needs no network and runs under a strict Content-Security-Policy: nothing
 * tries to leave 127.0.0.1, and walking every slide, the speaker view and the print view report
 * no policy violation. The policy itself: src/compile/csp.ts; its relaxations: README.
 */

/** Before any page script: record every violation in the page and in each frame. */
const RECORD_VIOLATIONS = `(() => {
  window.__csp = []
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + (e.sample ? ': ' + e.sample : ''))
  })
})()`

interface Watched {
  context: BrowserContext
  page: Page
  /** Console messages about the policy, from every page and frame of the context (popups included). */
  cspConsole: string[]
}

/** A context that refuses and records outside requests, and reports policy violations. */
async function watch(session: DeckSession): Promise<Watched> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 720 } })
  await context.addInitScript(RECORD_VIOLATIONS)
  await context.route(
    (url) => !url.href.startsWith(session.server.url) && !/^(data|blob|about):/.test(url.protocol),
    (route) => {
      session.outsideRequests.push(route.request().url())
      return route.abort()
    },
  )
  const cspConsole: string[] = []
  const listen = (p: Page) => p.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && cspConsole.push(m.text()))
  context.on('page', listen)
  const page = await context.newPage()
  return { context, page, cspConsole }
}

/** Violations recorded in a page and all its frames. */
async function violations(page: Page): Promise<string[]> {
  const all: string[] = []
  for (const frame of page.frames()) all.push(...((await frame.evaluate('window.__csp || []').catch(() => [])) as string[]))
  return all
}

/** The policy in the page's meta tag, as directive -> sources. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(content, 'the page has a Content-Security-Policy meta tag').toBeTruthy()
  return new Map(
    content!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  )
}

/** Every slide and every fragment, forwards, as a presenter would; resolves with the slide ids seen. */
async function walk(page: Page): Promise<string[]> {
  return (await page.evaluate(`(async () => {
    const deck = window.Reveal
    const seen = new Set()
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    deck.slide(0, 0, -1)
    await frame()
    for (let guard = 0; guard < 2000; guard++) {
      seen.add(deck.getCurrentSlide().id)
      if (deck.isLastSlide() && !deck.availableFragments().next) break
      deck.next()
      await frame()
    }
    return [...seen]
  })()`)) as string[]
}

describe('the built deck, offline and under its Content-Security-Policy', () => {
  let session: DeckSession
  beforeAll(async () => {
    session = await startDeck()
  })
  afterAll(async () => {
    await session?.close()
  })

  it('ships a strict policy: self only, no eval, inline code by hash', async () => {
    const { page, context } = await watch(session)
    await page.goto(session.server.url)
    const policy = await policyOf(page)
    await context.close()
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'")
    expect(policy.get('script-src')?.[0]).toBe("'self'")
    expect(
      policy
        .get('script-src')
        ?.slice(1)
        .every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s)),
    ).toBe(true)
    expect(policy.get('object-src')).toEqual(["'none'"])
    // Inline <style> by hash; or 'unsafe-inline' alone where mermaid drew in a browser under this
    // policy (capture off, no browser, or a capture of diagrams not in the cache: see the README).
    const styleSrc = policy.get('style-src') ?? []
    if (styleSrc.includes("'unsafe-inline'")) expect(styleSrc).toEqual(["'self'", "'unsafe-inline'"])
    else expect(styleSrc.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s))).toBe(true)
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"])
  })

  it('walking every slide and fragment: no request leaves 127.0.0.1, no violation', async () => {
    const { page, context, cspConsole } = await watch(session)
    await page.goto(session.server.url)
    await waitForDeckState(page)
    const ids = await walk(page)
    expect(ids.length).toBe(await page.locator('.reveal .slides > section').count())
    // Overview, help and search: reveal.js's own overlays, drawn from markup at run time.
    await page.keyboard.press('o')
    await page.keyboard.press('o')
    await page.keyboard.press('?')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Control+Shift+F')
    await page.keyboard.press('Escape')
    expect(await violations(page)).toEqual([])
    expect(cspConsole).toEqual([])
    expect(session.outsideRequests).toEqual([])
    await context.close()
  })

  it('the speaker view opens, connects and shows the notes under the policy', async () => {
    const { page, context, cspConsole } = await watch(session)
    await page.goto(session.server.url)
    await waitForDeckState(page)
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')])
    // Its inline script is allowed by hash; without it the page stays at "Loading speaker view...".
    await popup.waitForFunction(() => {
      const status = document.getElementById('connection-status')
      return status !== null && getComputedStyle(status).display === 'none'
    })
    const notes = (await page.locator('.reveal .slides > section.present aside.notes').textContent())!.replace(/\s+/g, ' ').trim()
    await popup.waitForFunction(
      (want) => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').replace(/\s+/g, ' ').includes(want),
      notes.slice(-40),
    )
    // The current and upcoming slide previews are the deck itself, in iframes, under the same policy.
    await popup.waitForFunction(() => document.querySelectorAll('#current-slide iframe, #upcoming-slide iframe').length === 2)
    for (const frame of popup.frames().slice(1)) {
      await frame.waitForFunction(() => document.documentElement.dataset.deckState === 'ready', undefined, { timeout: 30_000 })
    }
    expect([...(await violations(page)), ...(await violations(popup))]).toEqual([])
    expect(cspConsole).toEqual([])
    expect(session.outsideRequests).toEqual([])
    await context.close()
  })

  it('the print view lays out every slide with no violation', async () => {
    const { page, context, cspConsole } = await watch(session)
    await page.goto(`${session.server.url}?print-pdf`)
    await waitForDeckState(page)
    expect(await page.locator('.pdf-page').count()).toBe(await page.locator('.reveal .slides section:not(.stack)').count())
    // reveal.js's @page rule (an inline <style>, allowed by hash) took effect: no default margins.
    expect(
      await page.evaluate(() => [...document.querySelectorAll('head style')].some((s) => /@page\{size:/.test(s.textContent ?? ''))),
    ).toBe(true)
    expect(await violations(page)).toEqual([])
    expect(cspConsole).toEqual([])
    expect(session.outsideRequests).toEqual([])
    await context.close()
  })

  it('the policy is enforced: an inline script that was not shipped does not run', async () => {
    const { page, context } = await watch(session)
    await page.goto(session.server.url)
    await waitForDeckState(page)
    const ran = await page.evaluate(() => {
      const s = document.createElement('script')
      s.textContent = 'window.__injectedRan = true'
      document.body.append(s)
      return (window as { __injectedRan?: boolean }).__injectedRan === true
    })
    expect(ran).toBe(false)
    expect((await violations(page)).join('\n')).toMatch(/^script-src-elem blocked inline/)
    await context.close()
  })
})

describe('the other builds, under their policies', () => {
  let session: DeckSession
  let single: string
  beforeAll(async () => {
    // Built once per run by global setup: tests/e2e/diagrams.test.ts and sharing.test.ts read the same builds.
    single = (await passedFixture('single')).dir
    session = await startDeck((await passedFixture('no-capture')).dir)
  }, FIXTURE_WAIT_MS)
  afterAll(async () => {
    await session?.close()
  })

  it('capture off: mermaid draws in the browser with inline <style> allowed, and nothing else relaxed', async () => {
    const { page, context, cspConsole } = await watch(session)
    await page.goto(session.server.url)
    await waitForDeckState(page)
    const policy = await policyOf(page)
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'")
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'")
    // One drawing per figure on this screen (a phone's portrait drawing is display:none here).
    expect(await page.locator('figure.diagram.is-drawn > .diagram-canvas:not(.diagram-canvas-portrait) > svg').count()).toBe(
      await page.locator('figure.diagram').count(),
    )
    await walk(page)
    expect(await violations(page)).toEqual([])
    expect(cspConsole).toEqual([])
    expect(session.outsideRequests).toEqual([])
    await context.close()
  })

  it('the single file, opened from file://: inline bundle allowed by hash, speaker and print views work', async () => {
    const file = `file://${join(single, 'index.html')}`
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 720 } })
    await context.addInitScript(RECORD_VIOLATIONS)
    const outside: string[] = []
    await context.route(
      (url) => !/^(file|data|blob|about):/.test(url.protocol),
      (route) => {
        outside.push(route.request().url())
        return route.abort()
      },
    )
    const cspConsole: string[] = []
    context.on('page', (p) => p.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && cspConsole.push(m.text())))
    const page = await context.newPage()
    await page.goto(file)
    await waitForDeckState(page)
    const policy = await policyOf(page)
    expect(policy.get('script-src')?.length).toBeGreaterThan(1)
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'")
    await walk(page)
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')])
    await popup.waitForFunction(() => getComputedStyle(document.getElementById('connection-status')!).display === 'none')
    const print = await context.newPage()
    await print.goto(`${file}?print-pdf`)
    await waitForDeckState(print)
    expect([...(await violations(page)), ...(await violations(popup)), ...(await violations(print))]).toEqual([])
    expect(cspConsole).toEqual([])
    expect(outside).toEqual([])
    await context.close()
  })
})
