import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PresentServer } from '../../src/present/server.ts'
import { generateToken } from '../../src/present/token.ts'
import { waitForDeckState } from './harness.ts'
import { DESKTOP, openReader, recordMoves, spot, startLive, startTalk, step, waitForFollow, waitForSpot } from './follow-harness.ts'

/** Past the slides with steps: `n` slide changes, however many key presses that takes. */
async function nextSlides(page: Page, n: number): Promise<{ h: number; f: number }> {
  const target = (await spot(page)).h + n
  let at = await spot(page)
  while (at.h < target) at = await step(page)
  return at
}

describe('a live talk when things go wrong', () => {
  // --token-file's use: the same token across a restart.
  const token = generateToken()
  let server: PresentServer
  let port: number
  let browser: Browser
  let presenter: Page
  let a: Page
  let b: Page

  beforeAll(async () => {
    let followers: Page[]
    ;({ server, browser, presenter, followers } = await startTalk({ token, followers: [DESKTOP, DESKTOP] }))
    ;[a, b] = followers as [Page, Page]
    port = server.port
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('the server killed and restarted: followers show offline, keep a working deck, and return to the live slide', async () => {
    const live = await nextSlides(presenter, 3)
    for (const page of [a, b]) await waitForSpot(page, live)

    await server.close()
    for (const page of [presenter, a, b]) await waitForFollow(page, 'offline')
    expect(await a.locator('.deck-follow-label').textContent()).toMatch(/Offline: the deck still works/)

    // Offline, the deck is the plain deck: b reads on; the presenter goes on talking.
    const own = await step(b)
    expect(own.h).toBeGreaterThanOrEqual(live.h)
    const moved = await nextSlides(presenter, 2)

    server = await startLive({ port, token })
    await waitForFollow(presenter, 'presenting')
    await waitForFollow(a, 'live')
    await waitForSpot(a, moved)
    // b browsed on while offline: it stays where it chose, detached, until it asks to follow.
    await waitForFollow(b, 'detached')
    expect(await spot(b)).toEqual(own)
    await b.getByRole('button', { name: 'Follow' }).click()
    await waitForSpot(b, moved)
    await waitForFollow(b, 'live')
  })

  it('the presenter’s page reloaded, or opened afresh: control resumes, both presenter pages follow each other, and followers never jump to the first slide', async () => {
    const movesA = await recordMoves(a)
    const movesB = await recordMoves(b)
    const before = await spot(presenter)

    await presenter.reload()
    await waitForDeckState(presenter)
    await waitForFollow(presenter, 'presenting')
    expect((await spot(presenter)).h).toBe(before.h)
    const next = await nextSlides(presenter, 1)
    for (const page of [a, b]) await waitForSpot(page, next)

    // The presenter link opened on another machine, without the slide in its address: it takes
    // up the talk where it is rather than sending everyone to slide 1.
    const fresh = await openReader(browser, server.presenterUrl)
    await waitForFollow(fresh, 'presenting')
    await waitForSpot(fresh, next)
    const after = await nextSlides(fresh, 1)
    // Both presenter pages hold the token: the first follows the second's moves, and back.
    for (const page of [a, b, presenter]) await waitForSpot(page, after)
    const last = await nextSlides(presenter, 1)
    for (const page of [a, b, fresh]) await waitForSpot(page, last)

    expect(await movesA()).toEqual([next.h, after.h, last.h])
    expect(await movesB()).toEqual([next.h, after.h, last.h])
    await fresh.context().close()
  })
})
