import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readRoomFile } from '../../src/present/room-store.ts'
import type { PresentServer } from '../../src/present/server.ts'
import { generateToken } from '../../src/present/token.ts'
import { DESKTOP, PHONE, spot, startLive, startTalk, step, waitForFollow, waitForSpot } from './follow-harness.ts'

const dir = mkdtempSync(join(tmpdir(), 'room-e2e-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The questions sheet, opened the way a reader opens it: its button. */
async function openSheet(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Questions/ }).click()
  await page.locator('#room-sheet').waitFor({ state: 'visible' })
}

async function ask(page: Page, text: string): Promise<void> {
  await page.getByLabel(/^Ask about this slide/).fill(text)
  await page.getByRole('button', { name: 'Send question' }).click()
}

const status = (page: Page) => page.locator('#room-sheet .room-status')

/** The speaker view (S) of the presenter's page, once the room panel is in it. */
async function speakerView(presenter: Page): Promise<Page> {
  const [popup] = await Promise.all([presenter.waitForEvent('popup'), presenter.keyboard.press('s')])
  await popup.locator('.room-queue').waitFor({ timeout: 20_000 })
  return popup
}

describe('the room: questions, votes and signals in real browsers', () => {
  let server: PresentServer
  let browser: Browser
  let presenter: Page
  let speaker: Page
  let phone: Page
  let laptop: Page
  const session = join(dir, 'talk.sqlite')

  beforeAll(async () => {
    let followers: Page[]
    ;({ server, browser, presenter, followers } = await startTalk({
      room: { session, moderate: false },
      beforeFollowers: async (p) => void (speaker = await speakerView(p)),
      followers: [PHONE, DESKTOP],
    }))
    ;[phone, laptop] = followers as [Page, Page]
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('a phone asks about the live slide with one thumb; a second reader votes; the speaker view lists it with its slide and votes and marks it answered', async () => {
    await step(presenter)
    await step(presenter)
    const { h } = await spot(presenter)
    await waitForSpot(phone, { h })
    const title = await presenter.evaluate(() => window.Reveal.getCurrentSlide().querySelector('h1, h2')!.textContent!.trim())

    // The button is where a thumb reaches it: inside the screen's bottom quarter, at least 44 px tall.
    const button = await phone.getByRole('button', { name: /^Questions/ }).boundingBox()
    expect(button!.y).toBeGreaterThan(PHONE.height * 0.75)
    expect(button!.y + button!.height).toBeLessThanOrEqual(PHONE.height)
    expect(button!.height).toBeGreaterThanOrEqual(44)
    await openSheet(phone)
    await expect.poll(() => phone.getByLabel(/^Ask about this slide/).getAttribute('id')).toBe('room-question')
    expect(await phone.locator('label[for="room-question"]').textContent()).toContain(title)
    await ask(phone, 'Which treaty shows this?')
    await expect.poll(() => status(phone).textContent()).toBe('Received: your question is in the list.')
    expect(await status(phone).getAttribute('aria-live')).toBe('polite')
    // The sheet fits the phone: nothing runs off to the side.
    expect(await phone.evaluate(() => document.getElementById('room-sheet')!.scrollWidth <= window.innerWidth)).toBe(true)

    await openSheet(laptop)
    const item = laptop.locator('.room-list li', { hasText: 'Which treaty shows this?' })
    await item.waitFor()
    expect(await item.getByRole('link').textContent()).toBe(title)
    const vote = item.getByRole('button', { name: /^Vote/ })
    await vote.click()
    await expect.poll(() => item.locator('.room-vote').getAttribute('aria-pressed')).toBe('true')
    expect(await item.locator('.room-vote').textContent()).toBe('▲ 1')

    const queued = speaker.locator('.room-queue li', { hasText: 'Which treaty shows this?' })
    await expect.poll(() => queued.locator('.room-meta').textContent(), { timeout: 10_000 }).toContain(`${title} · 1 vote · shown`)
    // The presenter is on that slide: it is among "the room on this slide" too.
    expect(await speaker.locator('.room-current').textContent()).toContain('Which treaty shows this?')
    await queued.getByRole('button', { name: /^Answered/ }).click()
    await expect.poll(() => queued.getAttribute('data-state')).toBe('answered')
    await expect.poll(() => item.locator('.room-meta').textContent()).toContain('answered')
  })

  it('signals reach the presenter as counts; the audience never sees them', async () => {
    await phone.getByRole('button', { name: 'Unclear' }).click()
    await expect.poll(() => phone.getByRole('button', { name: 'Unclear' }).getAttribute('aria-pressed')).toBe('true')
    await laptop.getByRole('button', { name: 'Source?' }).click()
    await expect.poll(() => speaker.locator('.room-counts').textContent(), { timeout: 10_000 }).toBe('Source? 1 · Unclear 1')
    // Changing one's mind moves the count.
    await phone.getByRole('button', { name: 'Source?' }).click()
    await expect.poll(() => speaker.locator('.room-counts').textContent(), { timeout: 10_000 }).toBe('Source? 2')
    expect(await phone.locator('#room-sheet').textContent()).not.toMatch(/\d+\s*(Source|Unclear)|Source\?\s*\d/)
  })

  it('markup in a question is shown as the text typed; a question over 280 characters is refused with a message', async () => {
    await ask(laptop, '<img src=x onerror="window.__pwned=1"> is <b>this</b> sourced?')
    await expect.poll(() => status(laptop).textContent()).toBe('Received: your question is in the list.')
    const shown = phone.locator('.room-list li .room-text', { hasText: 'onerror' })
    await expect.poll(() => shown.textContent(), { timeout: 10_000 }).toBe('<img src=x onerror="window.__pwned=1"> is <b>this</b> sourced?')
    expect(await phone.locator('.room-list img, .room-list b').count()).toBe(0)
    expect(await phone.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await speaker.locator('.room-queue img, .room-queue b').count()).toBe(0)

    await laptop.getByLabel(/^Ask about this slide/).fill('x'.repeat(1024))
    await laptop.getByRole('button', { name: 'Send question' }).click()
    await expect.poll(() => status(laptop).textContent()).toMatch(/^A question is at most 280 characters; this one has \d+\. Shorten it\.$/)
  })

  it('“go to slide” in the speaker view takes the talk there, followers too, and R in the speaker view brings it back', async () => {
    await step(presenter)
    await step(presenter)
    const from = await spot(presenter)
    const queued = speaker.locator('.room-queue li', { hasText: 'Which treaty shows this?' })
    await queued.getByRole('button', { name: /^Go to slide/ }).click()
    await waitForSpot(presenter, { h: from.h - 2 })
    await waitForSpot(phone, { h: from.h - 2 })
    await expect.poll(() => speaker.locator('.room-queue h4').textContent()).toMatch(/R returns to “/)
    await speaker.locator('body').press('r')
    await waitForSpot(presenter, { h: from.h, f: from.f })
    await waitForSpot(phone, { h: from.h })
  })

  it('after the talk the file holds the questions and votes the pages were told were received', async () => {
    await server.close()
    const saved = readRoomFile(session)
    expect(saved.questions.map((q) => [q.text, q.state])).toEqual([
      ['Which treaty shows this?', 'answered'],
      ['<img src=x onerror="window.__pwned=1"> is <b>this</b> sourced?', 'shown'],
    ])
    expect(saved.votes).toHaveLength(1)
  })
})

describe('the room under --moderate, and offline', () => {
  let server: PresentServer
  let browser: Browser
  let presenter: Page
  let speaker: Page
  let asker: Page
  let other: Page
  const session = join(dir, 'moderated.sqlite')
  const token = generateToken()

  beforeAll(async () => {
    let followers: Page[]
    ;({ server, browser, presenter, followers } = await startTalk({
      token,
      room: { session, moderate: true },
      beforeFollowers: async (p) => void (speaker = await speakerView(p)),
      followers: [PHONE, DESKTOP],
    }))
    ;[asker, other] = followers as [Page, Page]
    await openSheet(asker)
    await openSheet(other)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('an unapproved question is invisible to the audience until the presenter approves it', async () => {
    await ask(asker, 'Is the partner state a state?')
    await expect.poll(() => status(asker).textContent()).toBe('Received: your question waits for the presenter’s approval.')
    const queued = speaker.locator('.room-queue li', { hasText: 'Is the partner state a state?' })
    await expect.poll(() => queued.getAttribute('data-state'), { timeout: 10_000 }).toBe('pending')
    // The other reader has had the room's updates since (a signal of its own round-trips through it), and no question.
    await other.getByRole('button', { name: 'Agree', exact: true }).click()
    await expect.poll(() => speaker.locator('.room-counts').textContent(), { timeout: 10_000 }).toBe('Agree 1')
    expect(await other.locator('.room-list li').count()).toBe(0)
    expect(await other.locator('#room-sheet').textContent()).not.toContain('partner state a state')

    await queued.getByRole('button', { name: /^Approve/ }).click()
    await other.locator('.room-list li', { hasText: 'Is the partner state a state?' }).waitFor({ timeout: 10_000 })
    await queued.getByRole('button', { name: /^Hide/ }).click()
    await other.locator('.room-list li', { hasText: 'Is the partner state a state?' }).waitFor({ state: 'detached', timeout: 10_000 })
  })

  it('a question written while the server is gone is kept on the phone and sent when it is back', async () => {
    const port = server.port
    await server.close()
    await waitForFollow(asker, 'offline')
    await ask(asker, 'Written offline: does it arrive?')
    await expect.poll(() => status(asker).textContent()).toMatch(/^Not sent yet: you are offline\. Your question is kept on this device/)
    expect(await asker.evaluate(() => localStorage.getItem('deck-room-outbox'))).toContain('Written offline')

    server = await startLive({ port, token, room: { session, moderate: true } })
    await waitForFollow(asker, 'live')
    await expect
      .poll(() => status(asker).textContent(), { timeout: 15_000 })
      .toBe('Received: your question waits for the presenter’s approval.')
    expect(await asker.evaluate(() => localStorage.getItem('deck-room-outbox'))).toBe('[]')
    await waitForFollow(presenter, 'presenting')
    await speaker.locator('.room-queue li', { hasText: 'Written offline: does it arrive?' }).waitFor({ timeout: 15_000 })
  })
})
