/**
 * `npm run bench -- --remote`: tap-to-follower delay. The present server (its own process, serving
 * the built deck) has 1,000 followers split over four client processes (bench/follow-clients.ts),
 * and two token holders in headless Chromium: the laptop's presenter page (1280×720) and the phone
 * remote (390×844, touch). They take turns: the laptop presses → (reveal.js's keys, the follow
 * plugin publishes), then the phone taps Previous (the remote sends "go to X"). The delay runs from
 * the input event in the page to each follower socket's receipt, on the machine's shared clock
 * (performance.timeOrigin + now() in page and processes alike). Bounded: every wait has a deadline.
 */
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { WebSocket } from 'ws'
import { launchBrowser } from '../src/export/browser.ts'
import { decodeServerMessage, encodeClientMessage } from '../src/present/protocol.ts'
import { ensureBuilt } from '../src/export/freshness.ts'
import type { ClientsReply, ClientsRequest } from './follow-clients.ts'
import type { ServerReply, ServerRequest } from './follow-server.ts'
import { percentile, spawnServer, spawnTs } from './follow.ts'
import { table } from './stats.ts'

const root = resolve(import.meta.dirname, '..')
const FOLLOWERS = Number(process.env.BENCH_REMOTE_FOLLOWERS ?? 1000)
const CLIENT_PROCESSES = 4
/** Moves per token holder, after WARMUP uncounted ones each. */
const MOVES = Number(process.env.BENCH_REMOTE_MOVES ?? 30)
const WARMUP = 3
/** Between moves: a presenter's pace is seconds; this only keeps the moves apart. */
const GAP_MS = 150
const STEP_DEADLINE_MS = 5000

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms))

/** Notes, in the page, when the next input event arrives (key or pointer), on the shared clock. */
async function noteInputs(page: Page): Promise<void> {
  // A string, not a function: tsx would wrap a named function in a helper the page does not have.
  await page.evaluate(`{
    const note = () => (window.__input = performance.timeOrigin + performance.now())
    window.addEventListener('keydown', note, true)
    window.addEventListener('pointerdown', note, true)
  }`)
}

/** The server's count of relayed moves, from a welcome. */
function currentSeq(port: number): Promise<number> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/follow`, { origin: `http://127.0.0.1:${port}` })
  return new Promise((ok, fail) => {
    ws.once('error', fail)
    ws.once('open', () => ws.send(encodeClientMessage({ type: 'hello' })))
    ws.once('message', (data) => {
      const decoded = decodeServerMessage(data.toString())
      ws.close()
      if (decoded.ok && decoded.message.type === 'welcome') ok(decoded.message.seq)
      else fail(new Error('no welcome from the server'))
    })
  })
}

const lastInput = (page: Page) => page.evaluate(() => (window as unknown as { __input: number }).__input)

export async function runRemoteBench(): Promise<void> {
  const distDir = resolve(root, 'dist')
  await ensureBuilt(root, distDir, (line) => console.log(line))
  const server = await spawnServer<ServerRequest, ServerReply>('bench/follow-server.ts', [], ['--dist', distDir])
  const { ready } = server
  const shares = Array.from(
    { length: CLIENT_PROCESSES },
    (_, i) => Math.floor(FOLLOWERS / CLIENT_PROCESSES) + (i < FOLLOWERS % CLIENT_PROCESSES ? 1 : 0),
  )
  const clients = shares.map(() => spawnTs<ClientsRequest, ClientsReply>('bench/follow-clients.ts'))
  const browser = await launchBrowser({ use: 'reader' })
  const inputAt = new Map<number, { who: 'laptop' | 'remote'; at: number }>()
  try {
    for (const c of clients) if ((await c.next()).type !== 'ready') throw new Error('a client process did not start')
    shares.forEach((followers, i) => clients[i]!.send({ type: 'connect', port: ready.port, followers }))
    for (const c of clients) if ((await c.next()).type !== 'connected') throw new Error('a client process could not connect')
    const presenterUrl = `http://127.0.0.1:${ready.port}/index.html?presenter=${ready.token}`
    const laptop = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await laptop.goto(presenterUrl)
    await laptop.waitForFunction(() => document.documentElement.dataset.follow === 'presenting', null, { timeout: 30_000 })
    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })).newPage()
    await phone.goto(presenterUrl)
    await phone.waitForFunction(() => document.documentElement.dataset.remote === 'open', null, { timeout: 30_000 })
    await noteInputs(laptop)
    await noteInputs(phone)
    const previous = (await phone.getByRole('button', { name: 'Previous step or slide' }).boundingBox())!

    // Where the server's count is now (the laptop published its position on connecting): ask it.
    let seq = await currentSeq(ready.port)
    for (let i = 0; i < 2 * (WARMUP + MOVES); i++) {
      const who = i % 2 === 0 ? 'laptop' : 'remote'
      const expected = seq + 1
      for (const c of clients) c.send({ type: 'expect', seq: expected })
      if (who === 'laptop') await laptop.keyboard.press('ArrowRight')
      else await phone.touchscreen.tap(previous.x + previous.width / 2, previous.y + previous.height / 2)
      const at = await lastInput(who === 'laptop' ? laptop : phone)
      await Promise.race([Promise.all(clients.map((c) => c.next(STEP_DEADLINE_MS))), sleep(STEP_DEADLINE_MS)]).catch(() => {})
      if (i >= 2 * WARMUP) inputAt.set(expected, { who, at })
      seq = expected
      await sleep(GAP_MS)
    }

    const delays = { laptop: [] as number[], remote: [] as number[] }
    let received = 0
    for (const c of clients) {
      c.send({ type: 'finish' })
      let r = await c.next()
      while (r.type !== 'results') r = await c.next()
      r.seqs.forEach((s, i) => {
        const input = inputAt.get(s)
        if (!input) return
        for (const arrival of r.arrivals[i]!) delays[input.who].push(arrival - input.at)
        received += r.arrivals[i]!.length
      })
    }
    const expected = FOLLOWERS * 2 * MOVES
    const row = (who: 'laptop' | 'remote', label: string) => {
      const sorted = Float64Array.from(delays[who]).sort()
      const f1 = (v: number) => `${v.toFixed(1)} ms`
      return [
        label,
        f1(percentile(sorted, 50)),
        f1(percentile(sorted, 95)),
        f1(sorted[sorted.length - 1] ?? NaN),
        `${sorted.length} of ${FOLLOWERS * MOVES}`,
      ]
    }
    console.log(
      `\nTap to follower, on loopback: ${FOLLOWERS} followers over ${CLIENT_PROCESSES} client processes, ${MOVES} moves each after ${WARMUP} uncounted, ${GAP_MS} ms apart; ${cpus().length} CPU, load average ${loadavg()[0]!.toFixed(1)} at the end\n`,
    )
    console.log(
      table([
        ['moved by', 'delay p50', 'p95', 'max', 'received'],
        row('laptop', 'laptop: → key (presenter page)'),
        row('remote', 'phone: tap (remote)'),
      ]),
    )
    console.log(`\nLost: ${expected - received} of ${expected}.`)
    console.log(
      'Delay: from the key or touch event in the page (performance.timeOrigin + now()) to each follower socket’s message event in the client processes. The laptop’s path includes reveal.js moving and the follow plugin publishing; the remote’s, its own tap handling. Both pages and the server share this machine’s 2 CPUs with the followers: absolute figures vary 2-3x with load.',
    )
  } finally {
    await browser.close()
    for (const c of clients) c.child.kill()
    server.send({ type: 'stop' })
    await new Promise((ok) => server.child.once('exit', ok))
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runRemoteBench()
