import type { Browser, Page } from 'playwright-core'
import { inject } from 'vitest'
import { WebSocket } from 'ws'
import { startPresentServer, type PresentServer } from '../../src/present/server.ts'
import { generateToken } from '../../src/present/token.ts'
import type { FollowState } from '../../src/reveal/plugins/follow-state.ts'
import { testBrowser, waitForDeckState } from './harness.ts'

/** `npm run present` in-process on 127.0.0.1: a free port, or the given one (a restart). */
export function startLive(
  options: { port?: number; token?: string; log?: string[]; room?: { session: string; moderate: boolean } } = {},
): Promise<PresentServer> {
  return startPresentServer({
    room: options.room,
    distDir: inject('distDir'),
    token: options.token ?? generateToken(),
    port: options.port ?? 0,
    host: '127.0.0.1',
    publicHost: '127.0.0.1',
    log: (line) => options.log?.push(line),
  })
}

export const DESKTOP = { width: 1280, height: 720 }
export const PHONE = { width: 390, height: 844 }

export interface LiveTalk {
  server: PresentServer
  /** A connection to the run's one Chromium: closing it closes every page below. */
  browser: Browser
  /** The presenter's page, at data-follow="presenting". */
  presenter: Page
  /** One reader's page per viewport asked for, each at data-follow="live". */
  followers: Page[]
}

/**
 * A live talk: `npm run present` in-process (startLive), the presenter's page presenting, and a
 * follower per viewport in `followers`, each following. `beforeFollowers` runs in between (the
 * speaker view opens from the presenter's page).
 */
export async function startTalk(
  options: Parameters<typeof startLive>[0] & {
    followers?: { width: number; height: number }[]
    beforeFollowers?: (presenter: Page) => Promise<void>
  } = {},
): Promise<LiveTalk> {
  const { followers: viewports = [], beforeFollowers, ...live } = options
  const server = await startLive(live)
  const browser = await testBrowser()
  const presenter = await openReader(browser, server.presenterUrl)
  await waitForFollow(presenter, 'presenting')
  await beforeFollowers?.(presenter)
  const followers: Page[] = []
  for (const viewport of viewports) followers.push(await openReader(browser, server.audienceUrl, viewport))
  for (const page of followers) await waitForFollow(page, 'live')
  return { server, browser, presenter, followers }
}

/** A reader's own browser window (its own context: no shared storage), at data-deck-state="ready". */
export async function openReader(browser: Browser, url: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' })
  // Offline by construction: nothing but the local server.
  await context.route(
    (u) => u.hostname !== '127.0.0.1' && !/^(data|blob|about):/.test(u.protocol),
    (route) => route.abort(),
  )
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] }
    w.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  const page = await context.newPage()
  await page.goto(url)
  await waitForDeckState(page)
  return page
}

/** Wait for `<html data-follow>`: the indicator's state, the follow plugin's own signal. */
export async function waitForFollow(page: Page, state: FollowState): Promise<void> {
  await page.waitForFunction((want) => document.documentElement.dataset.follow === want, state, { timeout: 20_000 })
}

export interface Spot {
  h: number
  f: number
}

export function spot(page: Page): Promise<Spot> {
  return page.evaluate(() => {
    const { h, f } = window.Reveal.getIndices()
    return { h, f: f ?? -1 }
  })
}

/** Wait until the page shows slide h (and fragment f, where given). */
/** One key press that moves the page, waited for by its indices. */
export async function step(page: Page, key = 'ArrowRight'): Promise<Spot> {
  const before = await spot(page)
  await page.keyboard.press(key)
  await page.waitForFunction(
    (b) => {
      const { h, f } = window.Reveal.getIndices()
      return h !== b.h || (f ?? -1) !== b.f
    },
    before,
    { timeout: 10_000 },
  )
  return spot(page)
}

export async function waitForSpot(page: Page, want: { h: number; f?: number }): Promise<void> {
  await page
    .waitForFunction(
      (w) => {
        const { h, f } = window.Reveal.getIndices()
        return h === w.h && (w.f === undefined || (f ?? -1) === w.f)
      },
      want,
      { timeout: 15_000 },
    )
    .catch(async (e: unknown) => {
      const state = await page.evaluate(() => [document.documentElement.dataset.follow, JSON.stringify(window.Reveal.getIndices())])
      throw new Error(`${page.url()} did not reach ${JSON.stringify(want)}: follow state ${state[0]}, at ${state[1]} (${String(e)})`)
    })
}

/**
 * Every slide the page showed from now on (slide and fragment events), consecutive repeats and
 * the starting slide collapsed: to prove a follower never went anywhere it should not have.
 */
export async function recordMoves(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __moves: number[] }
    w.__moves = [window.Reveal.getIndices().h]
    const note = () => {
      const h = window.Reveal.getIndices().h
      if (w.__moves[w.__moves.length - 1] !== h) w.__moves.push(h)
    }
    for (const name of ['slidechanged', 'fragmentshown', 'fragmenthidden']) window.Reveal.on(name, note)
  })
  return () => page.evaluate(() => (window as unknown as { __moves: number[] }).__moves.slice(1))
}

/** A raw client of the follow channel (what a hostile script would use). */
export function rawClient(server: PresentServer, origin = `http://127.0.0.1:${server.port}`) {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/follow`, { origin })
  const opened = new Promise<void>((ok, fail) => {
    ws.once('open', () => ok())
    ws.once('error', fail)
  })
  const closed = new Promise<number>((ok) => ws.once('close', (code) => ok(code)))
  return { ws, opened, closed }
}
