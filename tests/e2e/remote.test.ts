import { mkdtempSync } from 'node:fs'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSpeakerView, testBrowser } from './harness.ts'
import type { PresentServer } from '../../src/present/server.ts'
import { generateToken } from '../../src/present/token.ts'
import {
  DESKTOP,
  PHONE,
  rawClient,
  recordMoves,
  spot,
  startLive,
  startTalk,
  step,
  waitForFollow,
  waitForSpot,
  type Spot,
} from './follow-harness.ts'

/** `<html data-remote>`: the remote's connection as it shows it. */
async function waitForRemote(page: Page, state: 'open' | 'offline' | 'rejected'): Promise<void> {
  await page.waitForFunction((want) => document.documentElement.dataset.remote === want, state, { timeout: 20_000 })
}

/** Where the remote shows the talk: the slide's index among all slides, and the step. */
function remoteSpot(page: Page): Promise<Spot> {
  return page.evaluate(() => {
    const id = document.documentElement.dataset.remoteSlide
    const slides = [...document.querySelectorAll('.reveal .slides > section')]
    return { h: slides.findIndex((s) => s.id === id), f: Number(document.documentElement.dataset.remoteStep) }
  })
}

async function waitForRemoteSpot(page: Page, want: Spot): Promise<void> {
  await expect.poll(() => remoteSpot(page), { timeout: 15_000 }).toEqual(want)
}

/** A tap on the remote's big Next (or Previous), as a thumb makes it, and the server's answer. */
async function tap(page: Page, name: 'Next' | 'Previous'): Promise<void> {
  await page.getByRole('button', { name: name === 'Next' ? 'Next step or slide' : 'Previous step or slide' }).tap()
}

/** The remote's status has no move in flight: the server answered. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.remote-status')?.textContent?.includes('sending'), null, { timeout: 10_000 })
}

/** A phone: touch, a small window; the presenter link there opens the remote. */
async function openPhone(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, reducedMotion: 'reduce' })
  await context.route(
    (u) => u.hostname !== '127.0.0.1' && !/^(data|blob|about):/.test(u.protocol),
    (route) => route.abort(),
  )
  const page = await context.newPage()
  await page.goto(url)
  return page
}

const notesText = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const notes = document.querySelector(sel)
    if (!notes) return ''
    const copy = notes.cloneNode(true) as Element
    for (const pace of copy.querySelectorAll('.pace')) pace.remove()
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
  }, selector)

describe('the presenter’s phone as a remote', () => {
  const log: string[] = []
  const token = generateToken()
  let server: PresentServer
  let port: number
  let browser: Browser
  let laptop: Page
  let follower: Page
  let remote: Page

  beforeAll(async () => {
    let followers: Page[]
    ;({ server, browser, presenter: laptop, followers } = await startTalk({ log, token, followers: [DESKTOP] }))
    follower = followers[0]!
    port = server.port
    remote = await openPhone(browser, server.presenterUrl)
    await waitForRemote(remote, 'open')
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('shows the remote, not the deck: big Next and Previous, the slide’s title, notes and pictures, the clock', async () => {
    await expect.poll(() => remote.locator('.reveal').isVisible()).toBe(false)
    for (const name of ['Next step or slide', 'Previous step or slide', 'Blackout', 'Map'])
      expect(await remote.getByRole('button', { name }).isVisible()).toBe(true)
    const next = await remote.getByRole('button', { name: 'Next step or slide' }).boundingBox()
    expect(next!.height).toBeGreaterThanOrEqual(80)
    expect(await remote.locator('.remote-title').textContent()).toBe(
      await laptop.locator('.reveal .slides > section.present h1, .reveal .slides > section.present h2').first().textContent(),
    )
    expect(
      await remote.getByRole('img', { name: /^Now: / }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
    ).toBeGreaterThan(0)
    expect(await remote.locator('.remote-clock').textContent()).toMatch(/^\d+:\d\d$/)
    const fontSize = await remote.locator('.remote-notes').evaluate((e) => parseFloat(getComputedStyle(e).fontSize))
    expect(fontSize).toBeGreaterThanOrEqual(18)
  })

  it('Next on the phone moves the laptop and a follower to the same slide, step by step', async () => {
    const stepped = await laptop.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.querySelectorAll('.fragment').length >= 2),
    )
    expect(stepped).toBeGreaterThan(0)
    await laptop.evaluate((h) => window.Reveal.slide(h, 0, -1), stepped)
    await waitForRemoteSpot(remote, { h: stepped, f: -1 })

    await tap(remote, 'Next')
    for (const page of [laptop, follower]) await waitForSpot(page, { h: stepped, f: 0 })
    await tap(remote, 'Next')
    for (const page of [laptop, follower]) await waitForSpot(page, { h: stepped, f: 1 })
    await tap(remote, 'Previous')
    for (const page of [laptop, follower]) await waitForSpot(page, { h: stepped, f: 0 })
    await waitForRemoteSpot(remote, { h: stepped, f: 0 })
  })

  it('the laptop moves and the remote shows the new slide’s notes', async () => {
    let at = await spot(laptop)
    const from = at.h
    while (at.h === from) at = await step(laptop)
    await waitForRemoteSpot(remote, at)
    // The laptop's page carries no notes (src/reveal/asides.ts) until its speaker view opens.
    await (await openSpeakerView(laptop)).close()
    const want = await notesText(laptop, '.reveal .slides > section.present aside.notes')
    expect(want.length).toBeGreaterThan(20)
    await expect.poll(() => notesText(remote, '.remote-notes')).toBe(want)
  })

  it('laptop and phone pressed within the same 50 ms: every screen ends on the same position', async () => {
    // Both presses are scheduled for the same instant on the machine's shared clock: a key on the
    // laptop (through reveal.js's keyboard handler, as a clicker's key goes), a tap on the phone's
    // Previous. Each page notes when its press actually ran.
    const pressAt = (page: Page, at: number, what: 'key' | 'tap') =>
      page.evaluate(
        ({ at, what }) =>
          new Promise<number>((done) => {
            setTimeout(
              () => {
                const t = performance.timeOrigin + performance.now()
                if (what === 'key')
                  document.dispatchEvent(
                    new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39, which: 39, bubbles: true }),
                  )
                // The other way, so the two moves differ and the server's order decides where the talk ends.
                else document.querySelector<HTMLButtonElement>('.remote-previous')!.click()
                done(t)
              },
              Math.max(0, at - (performance.timeOrigin + performance.now())),
            )
          }),
        { at, what },
      )
    const gaps: number[] = []
    for (let round = 0; round < 6; round++) {
      // The phone's tap 0 to 25 ms after the laptop's key: the server sees them in either order.
      const at = Date.now() + 300
      const [onLaptop, onPhone] = await Promise.all([pressAt(laptop, at, 'key'), pressAt(remote, at + 5 * round, 'tap')])
      gaps.push(Math.abs(onLaptop - onPhone))
      await settled(remote)
      // Whichever the server took last, everyone is there.
      await expect
        .poll(
          async () => {
            const [a, b, c] = await Promise.all([spot(laptop), spot(follower), remoteSpot(remote)])
            return JSON.stringify(a) === JSON.stringify(b) && JSON.stringify(b) === JSON.stringify(c)
          },
          { timeout: 10_000 },
        )
        .toBe(true)
    }
    expect(gaps.filter((gap) => gap < 50).length, `gaps between the presses: ${gaps.map(Math.round).join(', ')} ms`).toBeGreaterThanOrEqual(
      3,
    )
    // The laptop's own keys still drive everyone.
    const moved = await step(laptop)
    await waitForSpot(follower, moved)
    await waitForRemoteSpot(remote, moved)
  })

  it('server restarted mid-talk: a tap while offline is not sent nor replayed; the remote resumes where the talk is', async () => {
    const before = await spot(laptop)
    await server.close()
    await waitForRemote(remote, 'offline')
    await waitForFollow(laptop, 'offline')
    const moves = await recordMoves(follower)

    await tap(remote, 'Next')
    await remote.getByRole('alert').filter({ hasText: 'Not sent' }).waitFor({ state: 'visible' })
    expect(await remote.evaluate(() => document.documentElement.dataset.remoteUnsent)).toBe('1')
    expect(await remoteSpot(remote)).toEqual(before)

    server = await startLive({ port, token, log })
    await waitForFollow(laptop, 'presenting')
    await waitForRemote(remote, 'open')
    await waitForFollow(follower, 'live')
    // Where the laptop was: the phone's offline tap never arrived late.
    await waitForRemoteSpot(remote, before)
    expect(await spot(follower)).toEqual(before)
    expect(await moves()).toEqual([])

    await tap(remote, 'Next')
    await settled(remote)
    const after = await remoteSpot(remote)
    expect(after).not.toEqual(before)
    for (const page of [laptop, follower]) await waitForSpot(page, after)
  })

  it('blackout from the phone blacks out the laptop and the room; the map jumps anywhere', async () => {
    await remote.getByRole('button', { name: 'Blackout' }).tap()
    for (const page of [laptop, follower]) await page.waitForFunction(() => window.Reveal.isPaused(), null, { timeout: 10_000 })
    await remote.getByRole('button', { name: 'Show slide' }).tap()
    for (const page of [laptop, follower]) await page.waitForFunction(() => !window.Reveal.isPaused(), null, { timeout: 10_000 })

    await remote.getByRole('button', { name: 'Map' }).tap()
    const target = remote
      .getByRole('dialog')
      .getByRole('button')
      .filter({ hasText: /^3(?!\d)/ })
    await target.tap()
    for (const page of [laptop, follower]) await waitForSpot(page, { h: 2, f: -1 })
  })

  it('a wrong token says so and controls nothing; the token reaches no other client and no log', async () => {
    // Another reader joins, and everything the server sends it is kept.
    const frames: string[] = []
    const reader = await browser.newPage({ viewport: PHONE })
    reader.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(String(f.payload))))
    await reader.goto(server.audienceUrl)
    await waitForFollow(reader, 'live')
    const wrong = await openPhone(browser, `${server.audienceUrl}?presenter=${generateToken()}`)
    await waitForRemote(wrong, 'rejected')
    expect(await wrong.locator('.remote-status').textContent()).toMatch(/not accepted: this remote controls nothing/)
    const moves = await recordMoves(follower)
    const before = await spot(laptop)
    await tap(wrong, 'Next')
    await wrong.getByRole('alert').filter({ hasText: 'not accepted' }).waitFor({ state: 'visible' })
    // A move the laptop makes afterwards arrives alone: the wrong remote sent nothing before it.
    const moved = await step(laptop)
    await waitForSpot(follower, moved)
    expect(await moves()).toEqual([moved.h].filter((h) => h !== before.h))
    await wrong.context().close()
    await waitForSpot(reader, moved)
    await reader.close()

    expect(frames.length).toBeGreaterThan(1)
    for (const text of [...frames, ...log]) expect(text).not.toContain(token)
  })

  it('an audience page cannot open the remote; presenter pages send no referrer', async () => {
    const audience = await openPhone(browser, `${server.audienceUrl}?remote`)
    await waitForFollow(audience, 'live')
    expect(await audience.locator('.remote').count()).toBe(0)
    await audience.context().close()

    const headers = await new Promise<Record<string, string | string[] | undefined>>((ok, fail) =>
      get(server.presenterUrl, (res) => {
        res.resume()
        ok(res.headers)
      }).on('error', fail),
    )
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(await remote.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer')
  })

  it('keeps the screen awake, or says that it cannot', async () => {
    expect(['on', 'unavailable']).toContain(await remote.evaluate(() => document.documentElement.dataset.remoteWake))
    const page = await browser.newPage({ viewport: PHONE })
    await page.addInitScript(() => delete (Navigator.prototype as { wakeLock?: unknown }).wakeLock)
    await page.goto(server.presenterUrl)
    await waitForRemote(page, 'open')
    await expect.poll(() => page.locator('.remote-wake').textContent()).toMatch(/auto-lock/)
    expect(await page.locator('.remote-wake').isVisible()).toBe(true)
    await page.close()
  })
})

describe('the room on the presenter’s phone', () => {
  let server: PresentServer
  let browser: Browser
  let remote: Page

  beforeAll(async () => {
    const session = join(mkdtempSync(join(tmpdir(), 'remote-room-')), 'talk.db')
    server = await startLive({ room: { session, moderate: false } })
    browser = await testBrowser()
    remote = await openPhone(browser, server.presenterUrl)
    await waitForRemote(remote, 'open')
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('shows the room’s questions and signals on the slide; “Go to slide” moves the talk and Back returns', async () => {
    const slide = await remote.evaluate(() => document.documentElement.dataset.remoteSlide!)
    const other = await remote.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')][4]!.id)
    // Someone in the room asks about another slide, and flags this one.
    const { ws, opened } = rawClient(server)
    await opened
    for (const m of [
      { type: 'hello' },
      { type: 'join', ref: 'a', device: 'device-aaaaaaaaaaaaaaaa' },
      { type: 'ask', ref: 'b', slide: other, text: 'Where does the partner state come from?', name: 'Ana' },
      { type: 'signal', ref: 'c', slide, kind: 'source' },
    ])
      ws.send(JSON.stringify(m))
    const room = remote.getByRole('region', { name: 'The room: questions and signals' })
    await room.getByText('Where does the partner state come from?').first().waitFor({ state: 'visible' })
    await expect.poll(() => room.textContent()).toMatch(/Source\? 1/)
    expect(await remote.getByRole('button', { name: 'Questions · 1' }).isVisible()).toBe(true)

    await room
      .getByRole('button', { name: /Go to slide/ })
      .first()
      .tap()
    await expect.poll(() => remote.evaluate(() => document.documentElement.dataset.remoteSlide)).toBe(other)
    await remote.getByRole('button', { name: 'Back to talk' }).tap()
    await expect.poll(() => remote.evaluate(() => document.documentElement.dataset.remoteSlide)).toBe(slide)
    ws.close()
  })
})
