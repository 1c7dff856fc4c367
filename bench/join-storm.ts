/**
 * The join storm (`npm run bench -- --follow`, after the follow channel's rounds; alone:
 * `npx tsx bench/join-storm.ts`): the QR code goes up and 2,000 followers open the page and the
 * channel within 10 seconds, on loopback. Each join fetches the files a real browser fetched for
 * the audience link (recorded once in Chromium), over six keep-alive connections, then says hello.
 * Meanwhile a presenter connects anew every 500 ms and moves, and a follower that joined before the
 * storm must see every move. Run twice: files as they are ("before": what the server sent until
 * now) and compressed. Bounded: every wait has a deadline.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { WebSocket } from 'ws'
import { launchBrowser } from '../src/export/browser.ts'
import { ensureBuilt } from '../src/export/freshness.ts'
import { decodeServerMessage, encodeClientMessage, type ServerMessage } from '../src/present/protocol.ts'
import { spawnServer, spawnTs } from './follow.ts'
import type { ServerReply, ServerRequest } from './follow-server.ts'
import type { StormReply, StormRequest } from './join-storm-clients.ts'
import { kb, ms, table } from './stats.ts'

const root = resolve(import.meta.dirname, '..')
const JOINS = Number(process.env.BENCH_STORM_JOINS ?? 2000)
const SPREAD_MS = 10_000
const CLIENT_PROCESSES = 4
const PRESENTER_EVERY_MS = 500
const DEADLINE_MS = 5000
/** What Chromium sends to a plain-HTTP LAN address (it offers br only over HTTPS and to localhost). */
const PHONE_ACCEPT_ENCODING = 'gzip, deflate'

const sleep = (t: number) => new Promise<void>((ok) => setTimeout(ok, t))
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN

/** The same-origin files the audience page fetches, in order, recorded from one real load. */
async function pageFiles(audienceUrl: string): Promise<string[]> {
  const browser = await launchBrowser({ use: 'reader' })
  try {
    const page = await browser.newPage()
    const paths: string[] = []
    page.on('request', (r) => {
      const url = new URL(r.url())
      if (url.origin === new URL(audienceUrl).origin && r.resourceType() !== 'websocket') paths.push(url.pathname + url.search)
    })
    await page.goto(audienceUrl)
    await page.waitForFunction(() => document.documentElement.dataset.follow === 'live', undefined, { timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    return [...new Set(paths)]
  } finally {
    await browser.close()
  }
}

/** A socket and its messages, for awaiting with a deadline. */
function channel(port: number) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/follow`, { origin: `http://127.0.0.1:${port}`, perMessageDeflate: false })
  const waiting: ((m: ServerMessage) => boolean)[] = []
  ws.on('message', (data) => {
    const d = decodeServerMessage(data.toString())
    if (d.ok) for (let i = waiting.length - 1; i >= 0; i--) if (waiting[i]!(d.message)) waiting.splice(i, 1)
  })
  ws.on('error', () => {})
  const until = (want: (m: ServerMessage) => boolean) =>
    Promise.race([new Promise<boolean>((ok) => waiting.push((m) => want(m) && (ok(true), true))), sleep(DEADLINE_MS).then(() => false)])
  const opened = new Promise<boolean>((ok) => (ws.once('open', () => ok(true)), ws.once('error', () => ok(false))))
  return { ws, until, opened }
}

interface Storm {
  mode: 'before (uncompressed)' | 'after (compressed)'
  joined: number
  failures: number
  firstFailure?: string
  bytesPerJoin: number
  seconds: number
  ttl: { p50: number; p95: number; max: number }
  presenter: { tries: number; welcomed: number; maxWelcomeMs: number; movesSeen: number }
}

async function storm(plain: boolean, dist: string, files: string[] | undefined): Promise<{ storm: Storm; files: string[] }> {
  // Starting tsx takes a while on a loaded machine.
  const server = await spawnServer<ServerRequest, ServerReply>(
    'bench/follow-server.ts',
    [],
    ['--dist', dist, ...(plain ? ['--plain'] : [])],
    180_000,
  )
  const { port, token } = server.ready
  try {
    const paths = files ?? (await pageFiles(`http://127.0.0.1:${port}/index.html`))
    const clients = Array.from({ length: CLIENT_PROCESSES }, () => spawnTs<StormRequest, StormReply>('bench/join-storm-clients.ts'))
    // Starting tsx takes a while on a loaded machine.
    for (const c of clients) if ((await c.next(180_000)).type !== 'ready') throw new Error('a client process did not start')
    const watcher = channel(port)
    await watcher.opened
    watcher.ws.send(encodeClientMessage({ type: 'hello' }))
    if (!(await watcher.until((m) => m.type === 'welcome'))) throw new Error('the watching follower got no welcome')

    const started = performance.now()
    const share = (i: number) => Math.floor(JOINS / CLIENT_PROCESSES) + (i < JOINS % CLIENT_PROCESSES ? 1 : 0)
    clients.forEach((c, i) =>
      c.send({ type: 'storm', port, paths, headers: { 'accept-encoding': PHONE_ACCEPT_ENCODING }, joins: share(i), spreadMs: SPREAD_MS }),
    )
    const results = Promise.all(clients.map((c) => c.next(SPREAD_MS + 120_000)))
    let done = false
    void results.finally(() => (done = true))

    // The presenter, throughout: a new connection every PRESENTER_EVERY_MS, each moving once.
    const presenter = { tries: 0, welcomed: 0, maxWelcomeMs: 0, movesSeen: 0 }
    while (!done) {
      const t = performance.now()
      presenter.tries++
      const p = channel(port)
      if (await p.opened) {
        p.ws.send(encodeClientMessage({ type: 'hello', token }))
        if (await p.until((m) => m.type === 'welcome' && m.role === 'presenter')) {
          presenter.welcomed++
          presenter.maxWelcomeMs = Math.max(presenter.maxWelcomeMs, performance.now() - t)
          const h = (presenter.tries % 20) + 1
          const seen = watcher.until((m) => m.type === 'position' && m.position.h === h)
          p.ws.send(encodeClientMessage({ type: 'position', position: { h, v: 0, f: -1, paused: false, overview: false } }))
          if (await seen) presenter.movesSeen++
        }
      }
      p.ws.terminate()
      await sleep(Math.max(0, PRESENTER_EVERY_MS - (performance.now() - t)))
    }
    const replies = await results
    const seconds = (performance.now() - started) / 1000
    watcher.ws.terminate()
    const bytes: number[] = []
    const ttl: number[] = []
    const failures: string[] = []
    for (const r of replies)
      if (r.type === 'done') {
        bytes.push(...r.bytes)
        ttl.push(...r.ttl)
        failures.push(...r.failures)
      }
    ttl.sort((a, b) => a - b)
    bytes.sort((a, b) => a - b)
    return {
      files: paths,
      storm: {
        mode: plain ? 'before (uncompressed)' : 'after (compressed)',
        joined: ttl.length,
        failures: failures.length,
        firstFailure: failures[0],
        bytesPerJoin: percentile(bytes, 50),
        seconds,
        ttl: { p50: percentile(ttl, 50), p95: percentile(ttl, 95), max: ttl[ttl.length - 1] ?? NaN },
        presenter,
      },
    }
  } finally {
    server.send({ type: 'stop' })
    await Promise.race([new Promise((ok) => server.child.once('exit', ok)), sleep(10_000)])
  }
}

export async function runJoinStorm(): Promise<void> {
  const dist = resolve(root, 'dist')
  await ensureBuilt(root, dist, (line) => console.log(line))
  console.log(`\nJoin storm: ${JOINS} followers opening the page and the channel within ${SPREAD_MS / 1000} s …`)
  const before = await storm(true, dist, undefined)
  console.log(`before: ${before.storm.joined} joined`)
  const after = await storm(false, dist, before.files)
  const storms = [before.storm, after.storm]
  console.log(
    `\nJoin storm on loopback: ${cpus().length} CPU (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end; ${before.files.length} files per join (as Chromium fetched them), Accept-Encoding "${PHONE_ACCEPT_ENCODING}", ${CLIENT_PROCESSES} client processes\n`,
  )
  console.log(
    table([
      [
        '',
        'joined',
        'failed',
        'bytes per join',
        'storm took',
        'time to live p50',
        'p95',
        'max',
        'presenter welcomed',
        'slowest welcome',
        'moves seen',
      ],
      ...storms.map((s) => [
        s.mode,
        `${s.joined} of ${JOINS}`,
        String(s.failures),
        kb(s.bytesPerJoin),
        `${s.seconds.toFixed(1)} s`,
        ms(s.ttl.p50),
        ms(s.ttl.p95),
        ms(s.ttl.max),
        `${s.presenter.welcomed} of ${s.presenter.tries}`,
        ms(s.presenter.maxWelcomeMs),
        `${s.presenter.movesSeen} of ${s.presenter.welcomed}`,
      ]),
    ]),
  )
  for (const s of storms) if (s.firstFailure) console.log(`${s.mode}: first failure: ${s.firstFailure}`)
  console.log(
    'Bytes per join: the median of the response bodies one join received (compressed as sent). Time to live: from the first request of the page to the channel’s welcome.',
  )
  const resultsDir = resolve(root, 'bench/results')
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(
    resolve(resultsDir, 'join-storm-latest.json'),
    JSON.stringify(
      { date: new Date().toISOString(), loadAverage: loadavg(), joins: JOINS, spreadMs: SPREAD_MS, files: before.files, storms },
      null,
      2,
    ),
  )
  console.log('Figures written to bench/results/join-storm-latest.json.')
}

if (import.meta.url === `file://${process.argv[1]}`) await runJoinStorm()
