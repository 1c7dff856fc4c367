/**
 * `npm run bench -- --follow`: the follow channel's capacity on loopback. The present server runs
 * in its own process; this one opens N follower sockets (1,000, then 2,000, 4,000, 8,000; it stops
 * stepping up at the first N whose p95 reaches the target) and a presenter that steps through a
 * 28-slide deck. Reports the propagation delay (presenter's send to each follower's receipt, both
 * timed here), messages lost, and the server's memory per follower. Bounded: every wait has a
 * deadline, and it stops by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { WebSocket } from 'ws'
import { decodeServerMessage, encodeClientMessage, type Position } from '../src/present/protocol.ts'
import type { ServerReply, ServerRequest } from './follow-server.ts'
import { ms, table } from './stats.ts'

const root = resolve(import.meta.dirname, '..')
const STEPS = Number(process.env.BENCH_FOLLOW_STEPS ?? 60)
/** Between the presenter's moves: 8 a second, a fast clicker, under the server's rate limit. */
const STEP_GAP_MS = 125
const SIZES = (process.env.BENCH_FOLLOW_SIZES ?? '1000,2000,4000,8000').split(',').map(Number)
const TARGET_P95_MS = 100
const STEP_DEADLINE_MS = 5000
const WARMUP = 5
const CONNECT_BATCH = 250
const SLIDES = 28

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms))

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/** The server process and a request/answer over IPC. */
async function startServer(): Promise<{ child: ChildProcess; port: number; token: string; ask(r: ServerRequest): Promise<ServerReply> }> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', resolve(root, 'bench/follow-server.ts')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const replies: ((r: ServerReply) => void)[] = []
  child.on('message', (m: ServerReply) => replies.shift()?.(m))
  const next = () =>
    new Promise<ServerReply>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error('the server process did not answer within 30 s')), 30_000)
      replies.push((r) => (clearTimeout(timer), ok(r)))
    })
  const ready = await next()
  if (ready.type !== 'ready') throw new Error('the server process did not start')
  return {
    child,
    port: ready.port,
    token: ready.token,
    ask(r) {
      const answer = next()
      child.send(r)
      return answer
    },
  }
}

interface Round {
  followers: number
  connectMs: number
  delays: { p50: number; p95: number; max: number }
  expected: number
  received: number
  lost: number
  outOfOrder: number
  rssPerFollower: number
  heapPerFollower: number
}

async function round(server: Awaited<ReturnType<typeof startServer>>, n: number, baseline: { rss: number; heap: number }): Promise<Round> {
  const origin = `http://127.0.0.1:${server.port}`
  const url = `ws://127.0.0.1:${server.port}/follow`
  const sentAt = new Map<number, number>()
  /** The first WARMUP moves warm up both processes (JIT, buffers) and are not counted. */
  let measuredFrom = Infinity
  const delays = new Float64Array(n * STEPS)
  let count = 0
  let outOfOrder = 0
  /** How many followers have each step; a step is done when all n have it. */
  const got = new Map<number, number>()
  let stepDone: (() => void) | undefined
  let waitingFor = -1

  const sockets: WebSocket[] = []
  const started = performance.now()
  for (let i = 0; i < n; i += CONNECT_BATCH) {
    const batch = Array.from({ length: Math.min(CONNECT_BATCH, n - i) }, () => {
      const ws = new WebSocket(url, { origin, perMessageDeflate: false })
      sockets.push(ws)
      let last = -1
      return new Promise<void>((ok, fail) => {
        ws.once('error', fail)
        ws.once('open', () => ws.send(encodeClientMessage({ type: 'hello' })))
        ws.on('message', (data) => {
          const now = performance.now()
          const decoded = decodeServerMessage(data.toString())
          if (!decoded.ok) return
          const m = decoded.message
          if (m.type === 'welcome') {
            last = m.seq
            ok()
            return
          }
          if (m.seq !== last + 1) outOfOrder++
          last = m.seq
          const t = sentAt.get(m.seq)
          if (t === undefined) return
          if (m.seq >= measuredFrom) delays[count++] = now - t
          const have = (got.get(m.seq) ?? 0) + 1
          got.set(m.seq, have)
          if (m.seq === waitingFor && have === n) stepDone?.()
        })
      })
    })
    await Promise.all(batch)
  }
  const connectMs = performance.now() - started

  const mem = await server.ask({ type: 'memory' })
  if (mem.type !== 'memory') throw new Error('no memory figures')

  const presenter = new WebSocket(url, { origin, perMessageDeflate: false })
  const welcome = await new Promise<number>((ok, fail) => {
    presenter.once('error', fail)
    presenter.once('open', () => presenter.send(encodeClientMessage({ type: 'hello', token: server.token })))
    presenter.once('message', (data) => {
      const d = decodeServerMessage(data.toString())
      if (d.ok && d.message.type === 'welcome' && d.message.role === 'presenter') ok(d.message.seq)
      else fail(new Error('the presenter was not accepted'))
    })
  })
  const firstSeq = welcome + 1
  measuredFrom = firstSeq + WARMUP
  for (let s = 0; s < WARMUP + STEPS; s++) {
    const seq = firstSeq + s
    const position: Position = { h: (seq % (SLIDES - 1)) + 1, v: 0, f: -1, paused: false, overview: false }
    const done = new Promise<void>((ok) => {
      stepDone = ok
      waitingFor = seq
    })
    sentAt.set(seq, performance.now())
    presenter.send(encodeClientMessage({ type: 'position', position }))
    await Promise.race([done, sleep(STEP_DEADLINE_MS)])
    await sleep(STEP_GAP_MS)
  }

  for (const ws of [...sockets, presenter]) ws.terminate()
  const expected = n * STEPS
  const sorted = delays.subarray(0, count).sort()
  return {
    followers: n,
    connectMs,
    delays: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? NaN },
    expected,
    received: count,
    lost: expected - count,
    outOfOrder,
    rssPerFollower: (mem.rss - baseline.rss) / n,
    heapPerFollower: (mem.heapUsed + mem.external - baseline.heap) / n,
  }
}

export async function runFollowBench(): Promise<void> {
  const server = await startServer()
  const rounds: Round[] = []
  try {
    const base = await server.ask({ type: 'memory' })
    if (base.type !== 'memory') throw new Error('no memory figures')
    for (const n of SIZES) {
      // Each round from an idle server: the previous round's sockets closed and collected.
      for (let i = 0; i < 100; i++) {
        const m = await server.ask({ type: 'memory' })
        if (m.type === 'memory' && m.connections === 0) break
        await sleep(50)
      }
      process.stdout.write(`${n} followers … `)
      const r = await round(server, n, { rss: base.rss, heap: base.heapUsed + base.external })
      rounds.push(r)
      console.log(`p95 ${ms(r.delays.p95)}, lost ${r.lost}`)
      if (r.delays.p95 >= TARGET_P95_MS || r.lost > 0) break
    }
  } finally {
    server.child.send({ type: 'stop' } satisfies ServerRequest)
    await new Promise((ok) => server.child.once('exit', ok))
  }
  const held = rounds.filter((r) => r.delays.p95 < TARGET_P95_MS && r.lost === 0)
  const largest = held.length ? Math.max(...held.map((r) => r.followers)) : 0
  const f1 = (v: number) => `${v.toFixed(1)} ms`
  console.log(
    `\nFollow channel on loopback: ${cpus().length} CPU (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end; ${STEPS} presenter moves ${STEP_GAP_MS} ms apart per round, after ${WARMUP} uncounted\n`,
  )
  console.log(
    table([
      ['followers', 'connect all', 'delay p50', 'p95', 'max', 'lost', 'out of order', 'server RSS / follower', 'server heap / follower'],
      ...rounds.map((r) => [
        String(r.followers),
        ms(r.connectMs),
        f1(r.delays.p50),
        f1(r.delays.p95),
        f1(r.delays.max),
        `${r.lost} of ${r.expected}`,
        String(r.outOfOrder),
        `${(r.rssPerFollower / 1024).toFixed(1)} KB`,
        `${(r.heapPerFollower / 1024).toFixed(1)} KB`,
      ]),
    ]),
  )
  console.log(
    `\nLargest N with p95 < ${TARGET_P95_MS} ms and nothing lost: ${largest || 'none'}${largest === SIZES[SIZES.length - 1] ? ' (the largest tried)' : ''}. Target: 1000 (${largest >= 1000 ? 'met' : 'MISSED'}).`,
  )
  console.log(
    'Delay: from the presenter socket’s send to each follower socket’s message event, both in this process (so it includes this process’s own queueing). Memory: the server process after gc, all followers connected, minus the idle server; heap includes external buffers.',
  )
  const resultsDir = resolve(root, 'bench/results')
  mkdirSync(resultsDir, { recursive: true })
  const result = {
    date: new Date().toISOString(),
    loadAverage: loadavg(),
    steps: STEPS,
    warmup: WARMUP,
    stepGapMs: STEP_GAP_MS,
    targetP95Ms: TARGET_P95_MS,
    largest,
    rounds,
  }
  writeFileSync(resolve(resultsDir, 'follow-latest.json'), JSON.stringify(result, null, 2))
  console.log('Figures written to bench/results/follow-latest.json.')
}

if (import.meta.url === `file://${process.argv[1]}`) await runFollowBench()
