/**
 * What a reader is told in two in-between moments: a follower refused because the talk is full
 * (close 1013) is told so, and keeps trying; the phone remote, before the server has told it where
 * the talk is, says it is connecting rather than showing a pace for a slide it guessed.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../../src/export/browser.ts'
import { encodeClientMessage } from '../../src/present/protocol.ts'
import { startPresentServer, type PresentServer } from '../../src/present/server.ts'
import { generateToken } from '../../src/present/token.ts'
import { PHONE, openReader, rawClient, waitForFollow } from './follow-harness.ts'

let browser: Browser
const servers: PresentServer[] = []
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  for (const s of servers) await s.close()
})

const start = async (maxConnections?: number) => {
  const server = await startPresentServer({
    distDir: inject('distDir'),
    token: generateToken(),
    port: 0,
    host: '127.0.0.1',
    publicHost: '127.0.0.1',
    maxConnections,
    log: () => undefined,
  })
  servers.push(server)
  return server
}

describe('in-between moments, said plainly', () => {
  it('a follower refused because the talk is full is told so, keeps trying, and follows once there is room', async () => {
    const server = await start(1)
    // The one place in the talk, taken.
    const taken = rawClient(server)
    await taken.opened
    const welcomed = new Promise<void>((ok) => taken.ws.once('message', () => ok()))
    taken.ws.send(encodeClientMessage({ type: 'hello' }))
    await welcomed

    const page = await openReader(browser, server.audienceUrl)
    const label = page.locator('.deck-follow-label')
    await expect.poll(() => label.textContent(), { timeout: 20_000 }).toMatch(/^The talk is full: .*keeps trying/)
    expect(await page.evaluate(() => document.documentElement.dataset.follow)).toBe('offline')
    expect(await label.textContent()).not.toMatch(/Offline/)

    // A place frees up: the page's next try gets in, without the reader doing anything.
    taken.ws.close()
    await taken.closed
    await waitForFollow(page, 'live')
    expect(await label.textContent()).toMatch(/^Live/)
    await page.context().close()
  })

  it('the phone remote says it is connecting until it has the talk’s position, not “backup: outside the talk’s time”', async () => {
    const server = await start()
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, reducedMotion: 'reduce' })
    await context.route(
      (u) => u.hostname !== '127.0.0.1' && !/^(data|blob|about):/.test(u.protocol),
      (route) => route.abort(),
    )
    // The follow channel opens but the server's welcome never comes: the remote is still loading.
    let answer = false
    await context.routeWebSocket(/\/follow$/, (ws) => {
      if (answer) ws.connectToServer()
    })
    const page = await context.newPage()
    await page.goto(server.presenterUrl)
    const pace = page.locator('.remote-pace')
    await expect.poll(() => pace.getAttribute('data-pace'), { timeout: 20_000 }).toBe('loading')
    expect(await pace.textContent()).toBe('Connecting: waiting for the talk’s position…')
    // One more clock tick (the line is redrawn every second) still says so.
    await page.waitForFunction(() => document.querySelector('.remote-clock')?.textContent !== '0:00', null, { timeout: 10_000 })
    expect(await pace.getAttribute('data-pace')).toBe('loading')

    // With the real channel the welcome comes, and the line shows the pace.
    answer = true
    await page.reload()
    await expect.poll(() => pace.getAttribute('data-pace'), { timeout: 20_000 }).not.toBe('loading')
    expect(await pace.textContent()).not.toMatch(/backup/)
    await context.close()
  })
})
