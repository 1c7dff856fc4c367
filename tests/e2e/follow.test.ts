import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeClientMessage, MAX_MESSAGE_BYTES } from '../../src/present/protocol.ts'
import type { PresentServer } from '../../src/present/server.ts'
import { generateToken } from '../../src/present/token.ts'
import { DESKTOP, PHONE, openReader, rawClient, recordMoves, spot, startTalk, step, waitForFollow, waitForSpot } from './follow-harness.ts'
import { startDeck } from './harness.ts'

/** Move the presenter with the keyboard, as a presenter (or a clicker) does, and wait for it to land. */
async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await step(page, key)
}

describe('a live talk: the audience follows the presenter', () => {
  const log: string[] = []
  let server: PresentServer
  let browser: Browser
  let presenter: Page
  let followers: Page[]
  let phone: Page

  beforeAll(async () => {
    let readers: Page[]
    ;({ server, browser, presenter, followers: readers } = await startTalk({ log, followers: [DESKTOP, DESKTOP, DESKTOP, PHONE] }))
    followers = readers.slice(0, 3)
    phone = readers[3]!
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('three browsers and a phone follow every slide and fragment; the phone’s scroll view scrolls to it', async () => {
    await press(presenter, 'ArrowRight', 2)
    for (const page of [...followers, phone]) await waitForSpot(page, { h: 2 })

    // A step inside a slide: its first fragment.
    const stepped = await presenter.evaluate(() =>
      (window.Reveal.getSlides() as HTMLElement[]).findIndex((s) => s.querySelector('.fragment')),
    )
    expect(stepped).toBeGreaterThan(2)
    await presenter.evaluate((h) => window.Reveal.slide(h, 0, -1), stepped)
    await press(presenter, 'ArrowRight')
    expect(await spot(presenter)).toEqual({ h: stepped, f: 0 })
    for (const page of followers) await waitForSpot(page, { h: stepped, f: 0 })

    // The phone shows reveal.js's scroll view, scrolled so the live slide fills the screen.
    await waitForSpot(phone, { h: stepped })
    expect(await phone.evaluate(() => window.Reveal.isScrollView())).toBe(true)
    await phone.waitForFunction(
      (h) => {
        const slide = (window.Reveal.getSlides() as HTMLElement[])[h]!
        const box = (slide.closest('.scroll-page') ?? slide).getBoundingClientRect()
        return box.top <= window.innerHeight / 2 && box.bottom >= window.innerHeight / 2
      },
      stepped,
      { timeout: 10_000 },
    )
    await waitForFollow(phone, 'live')

    // The state is visible and announced politely.
    const status = followers[0]!.getByRole('status').filter({ hasText: 'Live' })
    await expect.poll(() => status.getAttribute('aria-live')).toBe('polite')
    expect(await status.textContent()).toMatch(/Live: following the presenter/)
    expect(await presenter.locator('.deck-follow-label').textContent()).toMatch(/Presenting/)
  })

  it('follows the presenter onto a backup slide, which the audience’s count leaves out, and back', async () => {
    const from = await spot(presenter)
    const backup = await presenter.evaluate(() => {
      const slides = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')]
      return slides.findIndex((s) => s.dataset.backup !== undefined)
    })
    expect(backup).toBeGreaterThan(0)
    await presenter.evaluate((h) => window.Reveal.slide(h, 0), backup)
    for (const page of [...followers, phone]) {
      await waitForSpot(page, { h: backup })
      expect(await page.evaluate(() => (window.Reveal.getCurrentSlide() as HTMLElement).dataset.backup)).toBe('')
    }
    await waitForFollow(phone, 'live')
    await presenter.evaluate(({ h, f }) => window.Reveal.slide(h, 0, f), from)
    for (const page of followers) await waitForSpot(page, from)
  })

  it('a follower who browses away is detached and stays; Follow (button or W) brings them back to the live slide', async () => {
    const [away, other] = followers as [Page, Page, Page]
    const start = await spot(presenter)
    await press(away, 'ArrowLeft')
    await waitForFollow(away, 'detached')
    const ownPlace = await spot(away)
    await press(presenter, 'ArrowRight')
    const live = await spot(presenter)
    await waitForSpot(other, live)
    expect(await spot(away)).toEqual(ownPlace)
    expect(live).not.toEqual(start)

    await away.getByRole('button', { name: 'Follow' }).click()
    await waitForFollow(away, 'live')
    await waitForSpot(away, live)
    expect(await away.getByRole('button', { name: 'Follow' }).isVisible()).toBe(false)

    await press(away, 'ArrowLeft')
    await waitForFollow(away, 'detached')
    await away.keyboard.press('w')
    await waitForFollow(away, 'live')
    await waitForSpot(away, live)
  })

  it('J shows the join code full screen over any slide; the title and closing slides show it; ? lists J and W', async () => {
    await presenter.keyboard.press('j')
    const dialog = presenter.getByRole('dialog', { name: 'Join the talk on your own screen' })
    await dialog.waitFor({ state: 'visible' })
    const code = dialog.getByRole('img', { name: `QR code for ${server.audienceUrl}` })
    await expect.poll(() => code.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    const box = (await code.boundingBox())!
    expect(box.height).toBeGreaterThan(DESKTOP.height * 0.5)
    await presenter.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await presenter.evaluate(() => window.Reveal.isOverview())).toBe(false)

    for (const where of ['section.layout-closing .deck-follow-inline img', 'section.layout-title .deck-follow-corner img'])
      expect(await followers[0]!.locator(where).getAttribute('alt')).toBe(`QR code for ${server.audienceUrl}`)

    await presenter.keyboard.press('Shift+Slash')
    const help = presenter.locator('.r-overlay-help')
    await help.waitFor({ state: 'visible' })
    expect(await help.textContent()).toMatch(/Join code/)
    expect(await help.textContent()).toMatch(/Follow the presenter again/)
    await presenter.keyboard.press('Escape')
    await help.waitFor({ state: 'detached' })
  })

  it('the indicator, the Follow button and the join code pass axe-core in every theme', async () => {
    const page = followers[1]!
    await page.evaluate(readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'))
    await press(page, 'ArrowLeft')
    await waitForFollow(page, 'detached')
    const found: string[] = []
    for (const theme of ['light', 'dark', 'contrast']) {
      await page.evaluate(
        (t) =>
          t === 'light' ? document.documentElement.removeAttribute('data-theme') : document.documentElement.setAttribute('data-theme', t),
        theme,
      )
      for (const open of [false, true]) {
        if (open) await page.keyboard.press('j')
        await page.waitForFunction(
          (o) =>
            document.documentElement.dataset.followJoin === (o ? 'open' : 'closed') || (!o && !document.documentElement.dataset.followJoin),
          open,
        )
        const { violations } = (await page.evaluate(() =>
          (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe.run(
            { include: [['.deck-follow'], ['.deck-follow-join']] },
            { resultTypes: ['violations'] },
          ),
        )) as { violations: { id: string; nodes: { target: string[] }[] }[] }
        found.push(
          ...violations.flatMap((v) => v.nodes.map((n) => `${theme}${open ? ', join code' : ''}: ${v.id} at ${n.target.join(' ')}`)),
        )
        if (open) await page.keyboard.press('Escape')
      }
    }
    expect(found).toEqual([])
    await page.getByRole('button', { name: 'Follow' }).click()
    await waitForFollow(page, 'live')
  })

  it('a forged presenter link is an audience view: it follows and moves no one', async () => {
    const forged = await openReader(browser, `${server.audienceUrl}?presenter=${generateToken()}`)
    await waitForFollow(forged, 'live')
    expect(await forged.evaluate(() => document.documentElement.dataset.followToken)).toBe('rejected')
    expect(await forged.locator('.deck-follow-label').textContent()).toMatch(/^Audience view/)
    const live = await spot(presenter)
    await waitForSpot(forged, live)
    const moves = await recordMoves(followers[1]!)
    await press(forged, 'ArrowRight')
    await waitForFollow(forged, 'detached')
    await press(presenter, 'ArrowRight')
    const next = await spot(presenter)
    await waitForSpot(followers[1]!, next)
    expect((await moves()).filter((h) => h !== next.h)).toEqual([])
    await forged.context().close()
  })

  it.each([
    ['with a trailing full stop', (token: string) => `${token}.`],
    ['with a trailing space', (token: string) => `${token}%20`],
    ['over 128 characters', (token: string) => token.repeat(4)],
  ])('a presenter link %s is an audience view that follows, not a page that reconnects forever', async (_, spoil) => {
    const token = server.presenterUrl.split('presenter=')[1]!
    const page = await openReader(browser, `${server.audienceUrl}?presenter=${spoil(token)}`)
    await waitForFollow(page, 'live')
    expect(await page.locator('.deck-follow-label').textContent()).toMatch(/^Audience view/)
    await press(presenter, 'ArrowRight')
    await waitForSpot(page, await spot(presenter))
    await page.context().close()
  })

  it('forged, missing, malformed, oversize and flooding clients: followers unaffected, the server still serving', async () => {
    const watched = followers[2]!
    const moves = await recordMoves(watched)
    const hostile = (async () => {
      const forged = rawClient(server)
      await forged.opened
      forged.ws.send(encodeClientMessage({ type: 'hello', token: generateToken() }))
      forged.ws.send(encodeClientMessage({ type: 'position', position: { h: 0, v: 0, f: -1, paused: true, overview: false } }))
      const missing = rawClient(server)
      await missing.opened
      missing.ws.send(encodeClientMessage({ type: 'hello' }))
      missing.ws.send(encodeClientMessage({ type: 'position', position: { h: 0, v: 0, f: -1, paused: false, overview: true } }))
      const malformed = rawClient(server)
      await malformed.opened
      malformed.ws.send('{"type":"position","position":{"h":"<img src=x onerror=alert(1)>","v":0}}')
      const oversize = rawClient(server)
      await oversize.opened
      oversize.ws.send(JSON.stringify({ type: 'hello', token: 'x'.repeat(MAX_MESSAGE_BYTES * 4) }))
      // A flood, even from a client holding the token: the current position, far past the rate limit.
      const flood = rawClient(server)
      await flood.opened
      flood.ws.send(encodeClientMessage({ type: 'hello', token: server.presenterUrl.split('presenter=')[1] }))
      const same = encodeClientMessage({ type: 'position', position: server.hub.position! })
      for (let i = 0; i < 2000; i++) flood.ws.send(same)
      return Promise.all([forged.closed, missing.closed, malformed.closed, oversize.closed, flood.closed])
    })()
    expect(await hostile).toEqual([1008, 1008, 1008, 1009, 1008])

    // The next thing followers see is the presenter's real move.
    await press(presenter, 'ArrowRight')
    const live = await spot(presenter)
    for (const page of followers) await waitForSpot(page, live)
    expect((await moves()).filter((h) => h !== live.h)).toEqual([])
    expect(await watched.evaluate(() => window.Reveal.isPaused() || window.Reveal.isOverview())).toBe(false)

    // Still serving: a new reader joins at the live slide.
    const late = await openReader(browser, server.audienceUrl)
    await waitForFollow(late, 'live')
    await waitForSpot(late, live)
    await late.context().close()

    const kinds = log.map((l) => /rejected \(([a-z-]+)\)/.exec(l)?.[1]).filter(Boolean)
    expect(kinds).toEqual(expect.arrayContaining(['bad-token', 'not-presenter', 'malformed', 'oversize', 'flood']))
    expect(new Set(kinds).size).toBe(kinds.length)
  })

  it('refuses a WebSocket from another origin', async () => {
    const evil = rawClient(server, 'http://evil.example')
    await expect(evil.opened).rejects.toThrow(/403/)
  })

  it('the channel runs under the deck’s own CSP: same origin, no violation', async () => {
    const csp = await followers[0]!.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toMatch(/default-src 'self'/)
    expect(csp).not.toMatch(/connect-src/)
    for (const page of [presenter, ...followers, phone])
      expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([])
  })

  it('the speaker view opens from the presenter page, and its previews neither connect nor follow', async () => {
    const before = server.hub.stats().connections
    const [popup] = await Promise.all([presenter.waitForEvent('popup'), presenter.keyboard.press('s')])
    // Both previews are the deck itself (index.html?receiver…), started and drawn.
    const previews = await popup.waitForFunction(
      () => {
        const frames = [...document.querySelectorAll<HTMLIFrameElement>('#current-slide iframe, #upcoming-slide iframe')]
        const ready = frames.filter((f) => (f.contentWindow as (Window & { Reveal?: { isReady(): boolean } }) | null)?.Reveal?.isReady())
        if (frames.length !== 2 || ready.length !== 2) return false
        return frames.map((f) => ({
          receiver: /receiver/.test(f.contentWindow!.location.search),
          follow: f.contentDocument!.documentElement.dataset.follow ?? null,
          indicator: f.contentDocument!.querySelectorAll('.deck-follow').length,
        }))
      },
      undefined,
      { timeout: 20_000 },
    )
    expect(await previews.jsonValue()).toEqual([
      { receiver: true, follow: null, indicator: 0 },
      { receiver: true, follow: null, indicator: 0 },
    ])
    expect(server.hub.stats().connections).toBe(before)
    await popup.close()
  })

  it('the print view served by the present server is the plain deck', async () => {
    const print = await openReader(browser, `${server.audienceUrl}?print-pdf`)
    expect(await print.evaluate(() => [document.documentElement.dataset.follow, document.querySelectorAll('.deck-follow').length])).toEqual(
      [undefined, 0],
    )
    await print.context().close()
  })
})

describe('the static deck, without the present server', () => {
  it('loads no follow code, asks for no follow channel and shows no indicator', async () => {
    const session = await startDeck()
    try {
      const requests: string[] = []
      const page = await session.open()
      page.on('request', (r) => requests.push(r.url()))
      await page.reload()
      await page.waitForFunction(() => document.documentElement.dataset.deckState === 'ready')
      await page.keyboard.press('j')
      expect(requests.filter((u) => /follow/i.test(u))).toEqual([])
      expect(
        await page.evaluate(() => [
          document.documentElement.dataset.follow,
          document.querySelectorAll('.deck-follow, .deck-follow-join').length,
        ]),
      ).toEqual([undefined, 0])
      expect(session.consoleErrors).toEqual([])
    } finally {
      await session.close()
    }
  })
})
